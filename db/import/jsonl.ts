/**
 * `.jsonl` import: one article per line. Each line is judged alone, so one broken line costs
 * only itself; line numbers count every line of the file, blank ones included, so they match
 * what an editor shows.
 */
import type { z } from 'zod';
import type { ArticleDraft, ParsedEntry, ParsedFile } from './article-draft';
import { jsonlArticleSchema, type JsonlArticle, type JsonlLink } from './jsonl-article-schema';
import { readFileLines } from './file-lines';
import { MAX_JSONL_LINE_BYTES, megabytes } from './import-limits';
import { decodeUtf8Line, splitByteLines } from './text-lines';

/**
 * The entries of a `.jsonl` file as it is read, with how far into the file each one ends (for
 * progress). Nothing of the file is held but the line being parsed.
 */
export async function* streamJsonl(path: string): AsyncGenerator<{ entry: ParsedEntry; endOffset: number }> {
  for await (const read of readFileLines(path, MAX_JSONL_LINE_BYTES)) {
    const { line, endOffset } = read;
    if ('tooLong' in read) {
      const message = `the line is longer than ${megabytes(MAX_JSONL_LINE_BYTES)}, more than an article may hold`;
      yield { entry: { line, ok: false, message }, endOffset };
      continue;
    }
    let text = decodeUtf8Line(read.bytes);
    if (text === undefined) {
      yield { entry: { line, ok: false, message: 'the line is not UTF-8 text' }, endOffset };
      continue;
    }
    if (line === 1) text = text.replace(/^\uFEFF/, '');
    if (text.trim() === '') continue;
    yield { entry: parseJsonlLine(text.replace(/\r$/, ''), line), endOffset };
  }
}

export function parseJsonl(bytes: Uint8Array): ParsedFile {
  const entries: ParsedEntry[] = [];
  splitByteLines(bytes).forEach((lineBytes, index) => {
    const line = index + 1;
    const text = decodeUtf8Line(lineBytes);
    if (text === undefined) {
      entries.push({ line, ok: false, message: 'the line is not UTF-8 text' });
      return;
    }
    // Blank lines (a trailing one especially) carry no article and are no mistake.
    if (text.trim() === '') return;
    entries.push(parseJsonlLine(text, line));
  });
  if (entries.length === 0) return { ok: false, message: 'the file is empty' };
  return { ok: true, entries };
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
  return { line, ok: true, draft: toDraft(parsed.data) };
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

function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
