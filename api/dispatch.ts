/**
 * The transport-independent core of every front door: checks that the method exists,
 * validates the arguments against the contract, runs the service, and turns every failure
 * into a `Result` with a code. Electron's IPC handlers and the browser shell's HTTP handler
 * are thin wrappers around this.
 */
import type { z } from 'zod';
import { apiContract, type ApiMethod, type ArchiveServices, type ArgsOf, type ResultOf } from '../common/contract';
import { toApiFailure } from '../common/api/failures';
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
