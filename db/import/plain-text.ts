/**
 * `.txt` import: one article per file, one paragraph per line. A short first line is the
 * headline; a long one is the story's opening paragraph, so it stays in the body and a
 * headline is derived from it.
 */
import { forbiddenControlCharacter } from '../../common/text-limits';
import type { ParsedFile } from './article-draft';
import { deriveHeadline } from './derive-headline';
import { characterCount, decodeUtf8File, splitLines } from './text-lines';

/** Longer than this, a first line is a paragraph, not a headline. */
export const HEADLINE_LINE_MAX_CHARS = 120;

export function parsePlainText(bytes: Uint8Array): ParsedFile {
  const decoded = decodeUtf8File(bytes);
  if (!decoded.ok) return decoded;
  const lines = splitLines(decoded.text);
  const controlLine = lines.findIndex((line) => forbiddenControlCharacter(line) !== null);
  if (controlLine !== -1) {
    const character = forbiddenControlCharacter(lines[controlLine]);
    return { ok: false, message: `line ${controlLine + 1} holds a control character (${character}); only tab and line feed may appear in text` };
  }
  const firstTextLine = lines.findIndex((line) => line.trim() !== '');
  if (firstTextLine === -1) return { ok: false, message: 'the file is empty' };

  const opening = lines[firstTextLine].trim();
  if (characterCount(opening) <= HEADLINE_LINE_MAX_CHARS) {
    const rest = lines.slice(firstTextLine + 1);
    // Blank lines between a headline and the story only separate them; they are no paragraph.
    const bodyStart = rest.findIndex((line) => line.trim() !== '');
    const body = bodyStart === -1 ? [] : rest.slice(bodyStart);
    return { ok: true, entries: [{ line: 1, ok: true, draft: { fields: { headline: opening }, bodyText: body.join('\n') } }] };
  }
  return {
    ok: true,
    entries: [{ line: 1, ok: true, draft: { fields: { headline: deriveHeadline(opening) }, bodyText: lines.join('\n') } }],
  };
}
