/**
 * `dabir search [QUERY] [--limit N] [--offset N] [--desk D] [--status S] [--from DAY] [--to DAY] [--tag T]...
 * [--order relevance|date]`: the query language, normalisation, ranking and snippets live in
 * db/search, reached through the API contract; this checks the command line, keeps the index
 * current, and prints the answer.
 * Whatever the query holds, a search that ran exits 0; what it made of an odd query is said
 * in a notice.
 */
import {
  ARTICLE_STATUSES,
  SEARCH_ORDERS,
  type ArticleStatus,
  type SearchFilters,
  type SearchHit,
  type SearchNotice,
  type SearchOrder,
  type SearchResults,
  type SearchTotalKind,
} from '../../common/contract';
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from '../../db/search/query';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions, SEARCH_OPTIONS, type CliArgs } from '../args';
import type { CommandContext } from '../command';
import { parseDay } from '../dates';
import { markRanges, plural, printJson, shorten, terminalSafe, type Marks } from '../format';
import { EXIT_OK, printProblem, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { pageFooter, parseLimit, parseOffset } from '../options';
import { rebuildSearchIndexIfNeeded } from '../rebuild-index';

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = contractLimitOf('searchArticles');
/** The query as echoed in the text output's first line. */
const QUERY_ECHO_CHARS = 80;

const BRACKETS: Marks = { open: '[', close: ']' };
const BOLD: Marks = { open: '\u001b[1m', close: '\u001b[22m' };

/** Each notice in plain English, for the text output (JSON keeps the codes). */
export const NOTICE_TEXT: Record<SearchNotice, string> = {
  blank_input: 'The query is empty; type a word to search for.',
  nothing_searchable: 'The query has no letters or digits to search for.',
  only_exclusions: 'The query has only exclusions (-word); add a word to search for.',
  truncated: `The query was too long, so only its first ${MAX_QUERY_CHARS} characters and ${MAX_QUERY_TERMS} words were searched.`,
  unbalanced_quote: 'A quotation mark was not closed, so the rest of the query was searched as one phrase.',
  operator_ignored: 'AND, OR and NEAR were ignored (every word must appear anyway); NOT works like -word.',
  unsearchable_term_dropped: 'Parts of the query with no letters or digits (such as * - : or a lone quote) were skipped.',
  index_rebuilding: 'The search index is being rebuilt, so some articles may be missing from the results.',
  index_incomplete: 'The search index was not fully rebuilt, so some articles may be missing from the results.',
  ranked_recent:
    'So many articles match that only the most recent of them were ranked by relevance; add words or filters to narrow the search.',
  // Said on stderr instead, with the archive's desks (see searchCommand).
  unknown_desk: '',
};

/** An exact total is printed bare; a capped or estimated one says so. */
const TOTAL_PREFIX: Record<SearchTotalKind, string> = { exact: '', more_than: 'More than ', about: 'About ' };

interface SearchOptions {
  query: string;
  limit: number;
  offset: number;
  order: SearchOrder;
  filters: SearchFilters;
}

export function searchCommand({ args, io, location }: CommandContext): number {
  const options = parseSearchOptions(args);

  const { results, unknownDesk } = withArchive(location, 'read', (archive) => {
    rebuildSearchIndexIfNeeded(archive, io);
    const answer = callApi(archive, 'searchArticles', options);
    const unknown = answer.notices.includes('unknown_desk') ? describeUnknownDesk(options.filters.desk!, callApi(archive, 'listDesks', {})) : undefined;
    return { results: answer, unknownDesk: unknown };
  });

  if (args.json) printJson(io.stdout, toSearchJson(results));
  else printResults(io, results, { ...options, filters: results.filters ?? options.filters });
  // Said after the answer, on stderr: the search ran, it just can't find anything on that desk.
  if (unknownDesk) printProblem(io, unknownDesk);
  return EXIT_OK;
}

function describeUnknownDesk(desk: string, desks: readonly string[]): string {
  const known = desks.length > 0 ? `its desks are ${desks.map((name) => `"${name}"`).join(', ')}` : 'no article has a desk yet';
  return `the archive has no desk "${desk}" (${known})`;
}

function parseSearchOptions(args: CliArgs): SearchOptions {
  acceptOnlyOptions(args, 'search', ['json', 'limit', 'offset', ...SEARCH_OPTIONS]);
  const filters: SearchFilters = {};
  if (args.tag !== undefined) {
    const tags = args.tag.map((tag) => tag.trim());
    if (tags.some((tag) => tag === '')) throw new UsageError('--tag needs the name of a tag');
    filters.tags = tags;
  }
  if (args.desk !== undefined) {
    const desk = args.desk.trim();
    if (desk === '') throw new UsageError('--desk needs the name of a desk');
    filters.desk = desk;
  }
  if (args.status !== undefined) filters.status = parseStatus(args.status);
  if (args.from !== undefined) filters.from = parseDay(args.from, '--from').iso;
  if (args.to !== undefined) filters.to = parseDay(args.to, '--to').iso;
  if (filters.from && filters.to && filters.from > filters.to) {
    const shown = (typed: string, iso: string) => (typed.trim() === iso ? iso : `${typed.trim()} (${iso})`);
    throw new UsageError(`--from ${shown(args.from!, filters.from)} is after --to ${shown(args.to!, filters.to)}: no day is in between`);
  }
  // Filters alone list what they select, newest first (the archive by tag, by desk…).
  if (args.operands.length === 0 && Object.keys(filters).length === 0) {
    throw new UsageError('search needs a query or a filter: dabir search QUERY, or dabir search --tag TAG');
  }
  return {
    // The shell splits an unquoted query into words; they are one query again.
    query: args.operands.join(' '),
    limit: parseLimit(args.limit, DEFAULT_LIMIT, MAX_LIMIT),
    offset: parseOffset(args.offset),
    order: parseOrder(args.order),
    filters,
  };
}

function parseStatus(value: string): ArticleStatus {
  const status = value.trim().toLowerCase();
  if (!(ARTICLE_STATUSES as readonly string[]).includes(status)) {
    throw new UsageError(`--status must be one of ${ARTICLE_STATUSES.join(', ')}, not "${value}"`);
  }
  return status as ArticleStatus;
}

function parseOrder(value: string | undefined): SearchOrder {
  if (value === undefined) return 'relevance';
  const order = value.trim().toLowerCase();
  if (!(SEARCH_ORDERS as readonly string[]).includes(order)) {
    throw new UsageError(`--order must be ${SEARCH_ORDERS.join(' or ')}, not "${value}"`);
  }
  return order as SearchOrder;
}

/** The documented JSON: query, total and results (id, headline, snippet, score) first. */
function toSearchJson(results: SearchResults) {
  return {
    query: results.query,
    total: results.total,
    results: results.results.map((hit) => ({
      id: hit.id,
      headline: hit.headline,
      snippet: hit.snippet,
      score: hit.score,
      desk: hit.desk,
      status: hit.status,
      date: hit.day,
      headlineHighlights: hit.headlineHighlights,
      snippetHighlights: hit.snippetHighlights,
    })),
    totalKind: results.totalKind,
    notices: results.notices,
  };
}

function printResults(io: CliIO, results: SearchResults, options: SearchOptions): void {
  // https://no-color.org: a set, non-empty NO_COLOR turns colour off; so does a dumb terminal.
  const marks = io.stdoutIsTTY && !io.env.NO_COLOR && io.env.TERM !== 'dumb' ? BOLD : BRACKETS;
  const echo = terminalSafe(shorten(results.query, QUERY_ECHO_CHARS));
  const count = `${TOTAL_PREFIX[results.totalKind]}${plural(results.total, 'result')}`;
  // Filters alone (no query) list articles rather than answer words.
  const subject = results.query.trim() === '' ? plural(results.total, 'article') : `${count} for «${echo}»`;
  io.stdout(`${subject}${describeFilters(options)}\n`);
  for (const notice of results.notices) if (NOTICE_TEXT[notice] !== '') io.stdout(`${NOTICE_TEXT[notice] ?? notice}\n`);
  for (const hit of results.results) io.stdout(`\n${describeHit(hit, marks)}`);
  const { limit, offset } = options;
  const shown = results.results.length;
  // A full page may have more after it; a short one is the last (when relevance was ranked
  // among the newest matches only, the last page ends there, short of the total).
  const more = shown === limit && offset + shown < results.total;
  const footer = pageFooter({ shown, offset, limit, max: MAX_LIMIT, whole: count.toLowerCase(), more });
  if (footer && results.total > 0) io.stdout(`\n${footer}\n`);
}

function describeFilters({ order, filters }: SearchOptions): string {
  const parts: string[] = [];
  if (filters.desk) parts.push(`desk "${terminalSafe(filters.desk)}"`);
  if (filters.status) parts.push(`status ${filters.status}`);
  if (filters.from) parts.push(`from ${filters.from}`);
  if (filters.to) parts.push(`to ${filters.to}`);
  for (const tag of filters.tags ?? []) parts.push(`tag "${terminalSafe(tag)}"`);
  if (order === 'date') parts.push('newest first');
  return parts.length > 0 ? ` (${parts.join(', ')})` : '';
}

/**
 * Headline, then the story's day (the day --from/--to compare, as `list` shows it), status,
 * id and desk (the desk last: it is usually right-to-left, and a terminal keeps a line's
 * columns in order only up to the first stretch of Persian), then the snippet. Control
 * characters become spaces one for one, so highlight offsets hold.
 */
function describeHit(hit: SearchHit, marks: Marks): string {
  const headline = hit.headline ? markRanges(terminalSafe(hit.headline), hit.headlineHighlights, marks) : '(no headline)';
  const details = [hit.day, hit.status, hit.id, hit.desk ? terminalSafe(hit.desk) : 'no desk'].join('  ');
  const lines = [headline, `  ${details}`];
  if (hit.snippet) lines.push(`  ${markRanges(terminalSafe(hit.snippet), hit.snippetHighlights, marks)}`);
  return `${lines.join('\n')}\n`;
}
