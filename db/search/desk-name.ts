/**
 * Which desk a desk filter means. Filters compare desk names exactly (the index holds a
 * token per desk), but a desk typed with another keyboard's letters or spacing («بين الملل»
 * for «بین‌الملل») is taken as the one archive desk it folds to, for the app and the command
 * line alike.
 */
import { normalizeSearchKey } from './normalize';

/** A desk name with its letters folded and its spaces and half-spaces gone. */
function deskKey(desk: string): string {
  return normalizeSearchKey(desk).joined.replace(/ /g, '');
}

/**
 * The archive desk `typed` names: itself when some article has it, else the one desk it
 * folds to; undefined when no desk, or more than one, does.
 */
export function resolveDeskName(typed: string, desks: readonly string[]): string | undefined {
  if (desks.includes(typed)) return typed;
  const wanted = deskKey(typed);
  if (wanted === '') return undefined;
  const same = desks.filter((desk) => deskKey(desk) === wanted);
  return same.length === 1 ? same[0] : undefined;
}
