/**
 * Long text in pieces the normaliser can take one at a time. The key of a whole body is built
 * token by token, each token an object: an 8 MiB story costs hundreds of megabytes at once.
 * Cut where no token and no affix rule reaches across, the pieces' keys joined are the whole
 * text's key, and only one piece's tokens are alive at a time.
 *
 * Such a place is a line break, or a space after sentence punctuation: both are a "hard" gap
 * for the normaliser (pieces.ts), across which it joins nothing. A line longer than a chunk
 * with neither (a hostile import) is cut at a space, or, failing that, anywhere; only such
 * text can come out differently than in one go.
 */

import { normalizeSearchKey } from './normalize';

/** Most paragraphs are far shorter: they are cut only at their line breaks. */
export const CHUNK_CHARS = 64 * 1024;

const SENTENCE_END = new Set(['.', '!', '?', '؟', '؛', '،', ':', ';', ',']);

/** Where to end a chunk that starts at `start` of a line that runs past `limit`. */
function cutPoint(text: string, start: number, limit: number): number {
  let space = -1;
  for (let i = limit; i > start + 1; i -= 1) {
    if (text[i] !== ' ') continue;
    if (SENTENCE_END.has(text[i - 1])) return i;
    if (space === -1) space = i;
  }
  if (space !== -1) return space;
  // Not inside a surrogate pair, at least.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/** `[start, end)` ranges covering `text` in order, each at most `maxChars` long. */
export function chunkRanges(text: string, maxChars = CHUNK_CHARS): Array<[number, number]> {
  if (text.length <= maxChars) return [[0, text.length]];
  const ranges: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      const lineBreak = text.lastIndexOf('\n', end);
      end = lineBreak > start ? lineBreak + 1 : cutPoint(text, start, end);
    }
    ranges.push([start, end]);
    start = end;
  }
  return ranges;
}

/** The search key of a text of any length (see normalizeSearchKey), a chunk at a time. */
export function searchKeyInChunks(text: string, maxChars = CHUNK_CHARS): { spaced: string; joined: string } {
  const ranges = chunkRanges(text, maxChars);
  if (ranges.length === 1) {
    const { spaced, joined } = normalizeSearchKey(text);
    return { spaced, joined };
  }
  const spaced: string[] = [];
  const joined: string[] = [];
  for (const [start, end] of ranges) {
    const key = normalizeSearchKey(text.slice(start, end));
    if (key.spaced !== '') spaced.push(key.spaced);
    if (key.joined !== '') joined.push(key.joined);
  }
  return { spaced: spaced.join(' '), joined: joined.join(' ') };
}
