/**
 * `.txt` import: one article per file, one paragraph per line. A short first line is the
 * headline; a long one is the story's opening paragraph, so it stays in the body and a
 * headline is derived from it. The text may be UTF-8, UTF-16 or Windows-1256 (decode-text).
 */
import type { ArticleDraft } from './article-draft';
import { checkControlCharacters, decodeText } from './decode-text';
import { deriveHeadline } from './derive-headline';
import { FileRefusedError } from './import-problem';
import { characterCount, splitLines } from './text-lines';

/** Longer than this, a first line is a paragraph, not a headline. */
export const HEADLINE_LINE_MAX_CHARS = 120;

export function parsePlainText(bytes: Uint8Array): ArticleDraft {
  const text = checkControlCharacters(decodeText(bytes).text);
  const lines = splitLines(text);
  const firstTextLine = lines.findIndex((line) => line.trim() !== '');
  if (firstTextLine === -1) throw new FileRefusedError('empty', 'the file is empty');

  const opening = lines[firstTextLine].trim();
  if (characterCount(opening) <= HEADLINE_LINE_MAX_CHARS) {
    const rest = lines.slice(firstTextLine + 1);
    // Blank lines between a headline and the story only separate them; they are no paragraph.
    const bodyStart = rest.findIndex((line) => line.trim() !== '');
    const body = bodyStart === -1 ? [] : rest.slice(bodyStart);
    return { fields: { headline: opening }, bodyText: body.join('\n') };
  }
  return { fields: { headline: deriveHeadline(opening) }, bodyText: lines.join('\n') };
}
