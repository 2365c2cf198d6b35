/** How the contract names a method: a schema for its arguments and, as a phantom, its result type. */
import type { z } from 'zod';
import { findControlCharacter } from '../text-limits';

export interface MethodSpec<Args extends z.ZodType, Res> {
  args: Args;
  /** Never read at run time; carries the result type for the typed clients. */
  result?: Res;
}

/** Every text of every call, however deep (a body's text nodes too), is free of control characters. */
function refuseControlCharacters(args: unknown, context: z.RefinementCtx): void {
  const found = findControlCharacter(args);
  if (found) {
    context.addIssue({
      code: 'custom',
      path: found.path,
      message: `holds a control character (${found.character}); only tab and line feed may appear in text`,
    });
  }
}

export const method =
  <Res>() =>
  <Args extends z.ZodType>(args: Args): MethodSpec<Args, Res> => ({ args: args.superRefine(refuseControlCharacters) as Args });
