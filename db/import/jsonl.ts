/**
 * `.jsonl` import: one article per line. Each line is judged alone, so one broken line costs
 * only itself; line numbers count every line of the file, blank ones included, so they match
 * what an editor shows.
 */
import type { z } from 'zod';
import { LIMITS } from '../../common/constants';
import { describeBytes, findControlCharacter } from '../../common/text-limits';
import type { ArticleDraft, ParsedEntry, ParsedFile } from './article-draft';
import { jsonlArticleSchema, type JsonlArticle, type JsonlLink } from './jsonl-article-schema';
import { decodeUtf8Line, splitByteLines, type OversizedLine } from './text-lines';

export function parseJsonl(bytes: Uint8Array): ParsedFile {
  return parseJsonlLines(() => splitByteLines(bytes));
}

/**
 * The same, from a source of line bytes read afresh on each call (a file read a piece at a
 * time: a .jsonl of thousands of articles is never in memory whole).
 */
export function parseJsonlLines(lines: () => Iterable<Uint8Array | OversizedLine>): ParsedFile {
  // Blank lines (a trailing one especially) carry no article and are no mistake.
  let hasText = false;
  for (const lineBytes of lines()) {
    if (!(lineBytes instanceof Uint8Array) || decodeUtf8Line(lineBytes)?.trim() !== '') {
      hasText = true;
      break;
    }
  }
  if (!hasText) return { ok: false, message: 'the file is empty' };
  return {
    ok: true,
    entries: {
      *[Symbol.iterator]() {
        let line = 0;
        for (const lineBytes of lines()) {
          line += 1;
          const entry = parseJsonlBytes(lineBytes, line);
          if (entry) yield entry;
        }
      },
    },
  };
}

/** One line's bytes as an entry, or undefined for a blank line. */
function parseJsonlBytes(lineBytes: Uint8Array | OversizedLine, line: number): ParsedEntry | undefined {
  // An article's line can't be larger than its body may be: not even decoded.
  const length = lineBytes instanceof Uint8Array ? lineBytes.length : lineBytes.oversizedBytes;
  if (length > LIMITS.bodyJsonBytes || !(lineBytes instanceof Uint8Array)) {
    return { line, ok: false, message: `the line is ${describeBytes(length)}; an article may be at most ${describeBytes(LIMITS.bodyJsonBytes)}` };
  }
  const text = decodeUtf8Line(lineBytes);
  if (text === undefined) return { line, ok: false, message: 'the line is not UTF-8 text' };
  return text.trim() === '' ? undefined : parseJsonlLine(text, line);
}

export function parseJsonlLine(text: string, line: number): ParsedEntry {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { line, ok: false, message: `the line is not valid JSON (${(error as Error).message})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { line, ok: false, message: `each line must be a JSON object like {"headline": "…"}, not ${describeJsonType(value)}` };
  }
  const parsed = jsonlArticleSchema.safeParse(value);
  if (!parsed.success) return { line, ok: false, message: describeIssues(parsed.error) };
  const draft = toDraft(parsed.data);
  // After the body's line ends are made \n: a Windows \r\n is a line end, not a control character.
  const control = findControlCharacter({ ...draft.fields, body: draft.bodyText });
  if (control) {
    return { line, ok: false, message: `${fieldName(control.path[0])} holds a control character (${control.character}); only tab and line feed may appear in text` };
  }
  return { line, ok: true, draft };
}

function toDraft(article: JsonlArticle): ArticleDraft {
  const draft: ArticleDraft = { fields: { headline: article.headline }, bodyText: normaliseBody(article.body ?? '') };
  // Ids the app makes are lower case; a source's upper-case UUID must match them when looked up.
  if (article.id) draft.id = article.id.toLowerCase();
  if (article.kicker) draft.fields.kicker = article.kicker;
  if (article.lead) draft.fields.lead = article.lead;
  if (article.byline) draft.fields.byline = article.byline;
  if (article.desk) draft.fields.desk = article.desk;
  if (article.status) draft.fields.status = article.status;
  if (article.dateline) draft.fields.datelinePlace = article.dateline;
  if (article.tags && article.tags.length > 0) draft.fields.tags = article.tags;
  if (article.links && article.links.length > 0) draft.links = uniqueLinks(article.links);
  if (article.date) {
    // The dateline's day is the day where the story was filed, as written, not in UTC.
    draft.fields.datelineDate = article.date.slice(0, 'YYYY-MM-DD'.length);
    draft.at = article.date.length === 'YYYY-MM-DD'.length ? `${article.date}T00:00:00.000Z` : new Date(article.date).toISOString();
  }
  return draft;
}

/** The same link given twice (an id and {"id", "type": "related"}, say) is one link. */
function uniqueLinks(links: readonly JsonlLink[]): JsonlLink[] {
  const seen = new Map(links.map((link) => [`${link.id} ${link.type}`, link]));
  return [...seen.values()];
}

/** Same line rules as a `.txt` file: any line-end style, and a final one adds no paragraph. */
function normaliseBody(body: string): string {
  return body.replace(/\r\n|\r/g, '\n').replace(/\n$/, '');
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const item = issue.path.find((part) => typeof part === 'number');
      return item === undefined ? issue.message : `${issue.message} (item ${item + 1})`;
    })
    .join('; ');
}

/** The .jsonl field a draft field came from (the dateline's place is `dateline` there). */
function fieldName(field: string | number | undefined): string {
  return field === 'datelinePlace' ? 'dateline' : String(field);
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
