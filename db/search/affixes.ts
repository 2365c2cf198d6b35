/**
 * Half-space and affix rules (rulebook: "Half-spaces and affixes"). The same word is typed
 * `می‌شود`, `می شود` and `میشود`; these rules make all three one piece before stemming.
 * Only what was typed apart is joined or dropped: an attached `می…` is never split by
 * guesswork (`میزبان` is "host", not `می` + `زبان`).
 */
import { isArabicScriptLetter } from './fold';
import { MAY_CONTEXT_AFTER, MAY_CONTEXT_BEFORE, SEPARABLE_PREFIXES, SEPARATED_SUFFIXES } from './lexicon';
import type { Piece } from './pieces';

const MI = 'می';
const EZAFE_YEH = 'ی';
const HEH = 'ه';

export function applyAffixRules(pieces: readonly Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i];
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    if (previous !== undefined && piece.gapBefore !== 'hard' && isDetachedSuffixOf(piece, previous)) {
      // The word keeps its key; its highlight grows to cover the suffix the writer typed.
      previous.end = piece.end;
      continue;
    }
    const next = pieces[i + 1];
    if (next !== undefined && next.gapBefore !== 'hard' && SEPARABLE_PREFIXES.has(piece.text) && takesPrefix(piece, next, previous)) {
      out.push({ text: piece.text + next.text, start: piece.start, end: next.end, gapBefore: piece.gapBefore });
      i++;
      continue;
    }
    out.push({ ...piece });
  }
  return out;
}

/** `ها/های/هایی/تر/تری/ترین` standing apart, or the ezafe `ی` after a word in ـه. */
function isDetachedSuffixOf(piece: Piece, previous: Piece): boolean {
  return SEPARATED_SUFFIXES.has(piece.text) || (piece.text === EZAFE_YEH && previous.text.endsWith(HEH));
}

function takesPrefix(prefix: Piece, next: Piece, previous: Piece | undefined): boolean {
  // Verbs and adjectives start with a letter: `بی ۵۲` (B-52) and `می ۲۰۱۹` (May) do not join.
  if (!isArabicScriptLetter(next.text.charCodeAt(0))) return false;
  if (prefix.text !== MI) return true;
  if (MAY_CONTEXT_AFTER.has(next.text)) return false;
  // `۲۵ می در ژنو`, `ماه می گذشته`: a day number or ماه before a spaced می makes it May.
  // A ZWNJ after می is never May, so only the spaced form is held back.
  const mayDate =
    previous !== undefined &&
    prefix.gapBefore === 'space' &&
    next.gapBefore === 'space' &&
    (endsWithDigit(previous.text) || MAY_CONTEXT_BEFORE.has(previous.text));
  return !mayDate;
}

function endsWithDigit(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0x30 && last <= 0x39;
}
