/**
 * Which door to the archive this page uses. A page served from Electron's `app:` origin
 * must have the preload's `window.dabir`: if it is missing, the preload failed (as it did when
 * it required a module the sandbox refuses), and an HTTP fallback there would only fail every
 * call and make every close warn about unsaved text. So that case is named, not papered over.
 */
import { API_METHODS } from '../../common/constants';
import type { DabirApi } from '../../common/contract';
import { fail } from '../../common/result';
import { createHttpApi } from './httpTransport';

export const APP_PROTOCOL = 'app:';

export type ApiTransport =
  | { kind: 'ipc' | 'http'; api: DabirApi }
  /** Served by Electron but without its bridge: the app shows an error screen instead of the desk. */
  | { kind: 'missing-bridge'; api: DabirApi };

/** An API whose every call fails, so nothing that asks before the error screen shows can hang. */
function unreachableApi(message: string): DabirApi {
  const api = Object.fromEntries(API_METHODS.map((method) => [method, async () => fail('unavailable', message)]));
  return Object.freeze(api) as unknown as DabirApi;
}

export function chooseApiTransport(pageProtocol: string, bridge: DabirApi | undefined): ApiTransport {
  if (bridge) return { kind: 'ipc', api: bridge };
  if (pageProtocol === APP_PROTOCOL) {
    return { kind: 'missing-bridge', api: unreachableApi('window.dabir is missing: the Electron preload did not run') };
  }
  return { kind: 'http', api: createHttpApi() };
}
