/**
 * The name an exported file is offered under, from its headline: letters of any script (so a
 * Persian headline stays Persian), digits and the half-space kept; what a file system or a
 * shell chokes on (`/ \ : * ? " < > |`, control and bidi characters) removed; words joined by
 * hyphens. Short enough for every file system (Persian letters take two bytes each).
 */
import { UNTITLED } from './exportable-article';

const MAX_NAME_CHARACTERS = 80;
const ZWNJ = '\u200c';

/** Letters, combining marks (harakat) and digits of any script, and the Persian half-space. */
const KEPT = new RegExp(`[\\p{L}\\p{M}\\p{Nd}${ZWNJ}]+`, 'gu');

/** Windows refuses these as names whatever their extension. */
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFilename(headline: string, extension: string): string {
  const words = (headline.normalize('NFC').match(KEPT) ?? [])
    // A half-space belongs inside a word; at its edge it is left over from removed punctuation.
    .map((word) => word.replace(/^\u200c+|\u200c+$/g, ''))
    .filter((word) => word !== '');
  let name = '';
  for (const word of words) {
    const longer = name === '' ? word : `${name}-${word}`;
    if (Array.from(longer).length > MAX_NAME_CHARACTERS) {
      // A first word longer than the limit is cut; a later one is left out whole.
      if (name === '') name = Array.from(word).slice(0, MAX_NAME_CHARACTERS).join('');
      break;
    }
    name = longer;
  }
  if (name === '' || RESERVED_ON_WINDOWS.test(name)) name = name === '' ? UNTITLED : `${name}-article`;
  return `${name}.${extension}`;
}
