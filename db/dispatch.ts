/**
 * The transport-independent core of every front door: checks that the method exists,
 * validates the arguments against the contract, runs the service, and turns every failure
 * into a `Result` with a code. Electron's IPC handlers and the browser shell's HTTP handler
 * are thin wrappers around this.
 */
import type { z } from 'zod';
import { apiContract, type ApiMethod, type ArchiveServices, type ArgsOf, type ResultOf } from '../common/contract';
import { ArchiveError, fail, ok, type Result } from '../common/result';

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiContract, name);
}

/** "fields.status: Invalid option…; id: id must be a UUID" — short enough for a log line. */
export function describeValidationError(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => (issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/** Maps SQLite's and our own failures to codes the UI can explain. */
export function toApiFailure(error: unknown): Result<never> {
  if (error instanceof ArchiveError) return fail(error.code, error.message);
  const code = (error as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL') {
    return fail('disk_full', 'The disk is full; the change was not saved and the archive is unchanged.');
  }
  // The schema's CHECKs (json_valid, a known status, a date's shape) guard what callers send:
  // a value one refuses is the caller's to fix, not a fault of the archive.
  if (code === 'SQLITE_CONSTRAINT_CHECK') {
    return fail('invalid_argument', `The archive refused a value it cannot store (${(error as Error).message}).`);
  }
  if (isDamageCode(code)) {
    return fail('damaged', `The archive file is damaged (${code}); nothing was changed.`);
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_READONLY')) {
    return fail('read_only', 'The archive is read-only; the change was not saved.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_BUSY')) {
    return fail('busy', 'Another program is writing to the archive; the change was not saved. Try again in a moment.');
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_')) {
    return fail('storage', `The archive could not complete the operation (${code}).`);
  }
  return fail('internal', error instanceof Error ? error.message : String(error));
}

/** SQLite's words for a file that is not (or no longer) a whole database. */
export function isDamageCode(code: unknown): boolean {
  return typeof code === 'string' && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

/**
 * Validates the arguments against the contract and runs the service, throwing what fails
 * (arguments the contract refuses as an `invalid_argument` ArchiveError). For a caller in
 * this process that reports thrown errors itself, as the command line does.
 */
export function invokeApiMethod<M extends ApiMethod>(services: Partial<ArchiveServices>, method: M, args: ArgsOf<M>): ResultOf<M> {
  // Checked against the contract first: malformed arguments are refused the same wherever
  // they are sent, even to services that answer only some methods.
  const parsed = apiContract[method].args.safeParse(args ?? {});
  if (!parsed.success) throw new ArchiveError('invalid_argument', `${method}: ${describeValidationError(parsed.error)}`);
  const service = services[method] as ((args: unknown) => ResultOf<M>) | undefined;
  if (!service) throw new ArchiveError('unknown_method', `Unknown API method: ${method}`);
  return service(parsed.data);
}

/** An HTTP body's JSON as a call's arguments; an empty body is no arguments. */
export function parseBody(text: string): Result<unknown> {
  try {
    return ok(text.length > 0 ? JSON.parse(text) : {});
  } catch (error) {
    return fail('invalid_argument', `Request body is not JSON: ${(error as Error).message}`);
  }
}

/** `services` may answer only some methods (the worker host answers a few itself); the rest are unknown to it. */
export function dispatchApiCall(services: Partial<ArchiveServices>, methodName: string, rawArgs: unknown): Result<unknown> {
  if (!isApiMethod(methodName)) return fail('unknown_method', `Unknown API method: ${methodName}`);
  try {
    return ok(invokeApiMethod(services, methodName, rawArgs as ArgsOf<typeof methodName>));
  } catch (error) {
    return toApiFailure(error);
  }
}
