/** How the contract names a method: a schema for its arguments and, as a phantom, its result type. */
import type { z } from 'zod';

export interface MethodSpec<Args extends z.ZodType, Res> {
  args: Args;
  /** Never read at run time; carries the result type for the typed clients. */
  result?: Res;
}

export const method =
  <Res>() =>
  <Args extends z.ZodType>(args: Args): MethodSpec<Args, Res> => ({ args });
