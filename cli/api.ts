/**
 * The command line's one way into the archive: each call is checked against the API contract
 * and answered by the same services as the app's two shells (api/dispatch.ts), so a limit or
 * a rule lives in one place. What fails is thrown, for run.ts to say in one line.
 */
import type { z } from 'zod';
import { apiContract, type ApiMethod, type ArgsOf, type ResultOf } from '../common/contract';
import type { Archive } from '../db/archive';
import { invokeApiMethod } from '../api/dispatch';

export function callApi<M extends ApiMethod>(archive: Archive, method: M, args: ArgsOf<M>): ResultOf<M> {
  return invokeApiMethod(archive.services, method, args);
}

/** Methods whose arguments take a `limit`. */
type PagedMethod = { [M in ApiMethod]: 'limit' extends keyof ArgsOf<M> ? M : never }[ApiMethod];

/**
 * The most `method` may be asked for at once, read from its schema in the contract, so
 * `--limit` is refused above the same bound the app's calls are, and never drifts from it.
 */
export function contractLimitOf(method: PagedMethod): number {
  const args = apiContract[method].args as unknown as z.ZodObject<{ limit: z.ZodOptional<z.ZodNumber> }>;
  const max = args.shape.limit.unwrap().maxValue;
  if (max === null || !Number.isFinite(max)) throw new Error(`${method}: the contract sets no bound on limit`);
  return max;
}
