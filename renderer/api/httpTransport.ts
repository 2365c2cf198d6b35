import { API_CALL_HEADER, API_CALL_HEADER_VALUE, API_PATH_PREFIX } from '../../common/browser-shell-api';
import { API_METHODS } from '../../common/constants';
import type { ApiMethod, DabirApi } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';

/**
 * Requests under this size go out with `keepalive`, so a save started while the window is
 * closing still reaches the shell. Browsers cap keepalive bodies at 64 KiB in total.
 */
const KEEPALIVE_MAX_BYTES = 60_000;

const failure = (code: ApiError['code'], message: string): Result<never> => ({
  ok: false,
  error: { code, message },
});

function isResult(body: unknown): body is Result<unknown> {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return false;
  const { ok } = body as { ok: unknown };
  if (ok === true) return 'value' in body;
  if (ok !== false || !('error' in body)) return false;
  const { error } = body as { error: unknown };
  return typeof error === 'object' && error !== null && typeof (error as ApiError).code === 'string';
}

async function call(method: ApiMethod, args: unknown): Promise<Result<unknown>> {
  const body = JSON.stringify(args ?? {});
  let response: Response;
  try {
    // The session is the shell's HttpOnly cookie, which the browser adds on its own.
    response = await fetch(`${API_PATH_PREFIX}${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [API_CALL_HEADER]: API_CALL_HEADER_VALUE },
      body,
      keepalive: body.length < KEEPALIVE_MAX_BYTES,
      cache: 'no-store',
    });
  } catch (error) {
    return failure('unavailable', `The archive could not be reached: ${String(error)}`);
  }
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    if (response.status === 401 || response.status === 403) {
      return failure('unauthorized', `HTTP ${response.status}`);
    }
    return failure(response.status >= 500 ? 'unavailable' : 'internal', `HTTP ${response.status} without a JSON result`);
  }
  return isResult(parsed) ? parsed : failure('internal', `HTTP ${response.status}: the reply is not a Result`);
}

/** The same API object the preload exposes, built from `POST /api/<method>` calls. */
export function createHttpApi(): DabirApi {
  const api = {} as Record<ApiMethod, (args: unknown) => Promise<Result<unknown>>>;
  for (const method of API_METHODS) {
    api[method] = (args) => call(method, args);
  }
  return api as unknown as DabirApi;
}
