/**
 * The name an exported file is offered under, from its headline: letters of any script (so a
 * Persian headline stays Persian) and digits kept; what a file system or a shell chokes on
 * (`/ \ : * ? " < > |`, control and bidi characters) removed; words joined by hyphens. Short
 * enough for every file system (Persian letters take two bytes each).
 *
 * The half-space (ZWNJ) is dropped too, joining its word: Chromium, and so Electron, turns it
 * into `_` in a download's name («گفت_وگو»), and `گفتوگو` reads better than that.
 */
/** The title of an article without a headline, as the archive list shows it. */
export const UNTITLED = 'بی‌تیتر';

const MAX_NAME_CHARACTERS = 80;

/** Letters, combining marks (harakat) and digits of any script. */
const KEPT = /[\p{L}\p{M}\p{Nd}]+/gu;
const ZWNJ = /\u200c/g;

/** Windows refuses these as names whatever their extension. */
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

export function exportFilename(headline: string, extension: string): string {
  const words = headline.normalize('NFC').replace(ZWNJ, '').match(KEPT) ?? [];
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
  if (name === '') name = UNTITLED.replace(ZWNJ, '');
  else if (RESERVED_ON_WINDOWS.test(name)) name = `${name}-article`;
  return `${name}.${extension}`;
}
