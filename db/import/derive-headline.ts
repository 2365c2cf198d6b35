/**
 * A headline made from the start of a story when the source has none: whole words only, so a
 * Persian word is never cut in half (a ZWNJ joins parts of one word, so it is no boundary).
 */
import { characterCount } from './text-lines';

export const DERIVED_HEADLINE_MAX_CHARS = 80;
const ELLIPSIS = '…';
// Punctuation left dangling before the ellipsis reads as a typo: Persian and Latin commas,
// semicolons, colons, dashes and full stops.
const TRAILING_PUNCTUATION = /[\s،؛,;:.\-–—]+$/u;

export function deriveHeadline(text: string, maxChars: number = DERIVED_HEADLINE_MAX_CHARS): string {
  const words = text.trim().split(/\s+/u).filter((word) => word.length > 0);
  const whole = words.join(' ');
  if (characterCount(whole) <= maxChars) return whole;

  const room = maxChars - characterCount(ELLIPSIS);
  let kept = '';
  for (const word of words) {
    const next = kept === '' ? word : `${kept} ${word}`;
    if (characterCount(next) > room) break;
    kept = next;
  }
  // A first word longer than the room (a URL, say) is cut by characters: better than nothing.
  if (kept === '') kept = Array.from(words[0]).slice(0, room).join('');
  return `${kept.replace(TRAILING_PUNCTUATION, '')}${ELLIPSIS}`;
}
