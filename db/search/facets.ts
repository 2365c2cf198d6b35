/**
 * Filter values as index tokens. Each article's row in `article_search` carries a token for
 * its desk, its status, its year and its month in the `facets` column, so a filter becomes
 * one more term of the MATCH and FTS5 intersects doclists instead of the search joining
 * every match to its article (a filtered search for a common word was the slow case).
 *
 * Every token starts with FACET_MARK, a private-use character the query parser removes from
 * whatever a user types, so no query can ever match a facet. Desks are free text, so their
 * token is a hash.
 */
import { createHash } from 'node:crypto';
import type { ArticleStatus, SearchFilters } from '../../common/contract';
import { FACET_MARK as MARK } from './facet-mark';
export const FACETS_COLUMN = 'facets';

export interface FacetSource {
  desk: string;
  status: ArticleStatus;
  /** The story's day (YYYY-MM-DD): dateline date, else the day it was written. */
  day: string;
}

export function deskToken(desk: string): string {
  return `${MARK}d${createHash('sha256').update(desk).digest('hex').slice(0, 16)}`;
}

export function statusToken(status: string): string {
  return `${MARK}s${status}`;
}

const yearToken = (year: number) => `${MARK}y${year}`;
const monthToken = (year: number, month: number) => `${MARK}m${year}${String(month).padStart(2, '0')}`;

/** The `facets` column of one article. */
export function facetText({ desk, status, day }: FacetSource): string {
  const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
  return [deskToken(desk), statusToken(status), yearToken(year), monthToken(year, month)].join(' ');
}

/** Past this many tokens a date range is left to the SQL condition alone. */
const MAX_RANGE_TOKENS = 64;

/**
 * The year and month tokens that cover [from, to]: whole years as one token, the months of
 * a partial year one by one. The cover may be wider than the range (whole months); the SQL
 * condition beside it keeps the exact days. Null when one end is open or the cover is long.
 */
export function dayRangeTokens(from: string | undefined, to: string | undefined): string[] | null {
  if (!from || !to || to < from) return null;
  const start = { year: Number(from.slice(0, 4)), month: Number(from.slice(5, 7)) };
  const end = { year: Number(to.slice(0, 4)), month: Number(to.slice(5, 7)) };
  const tokens: string[] = [];
  for (let year = start.year; year <= end.year; year += 1) {
    const first = year === start.year ? start.month : 1;
    const last = year === end.year ? end.month : 12;
    if (first === 1 && last === 12) tokens.push(yearToken(year));
    else for (let month = first; month <= last; month += 1) tokens.push(monthToken(year, month));
    if (tokens.length > MAX_RANGE_TOKENS) return null;
  }
  return tokens;
}

/**
 * Whether [from, to] runs from the first day of a month to the last day of a month, with a
 * token cover: then the year and month tokens select exactly those days (a token is the
 * story's day, as the SQL condition reads it), and the condition beside them has nothing left
 * to do. A date filter that needs no SQL condition keeps a search on FTS5's fast paths.
 */
export function dayRangeIsWholeMonths(from: string | undefined, to: string | undefined): boolean {
  if (!from || !to || !from.endsWith('-01')) return false;
  const [year, month, day] = [Number(to.slice(0, 4)), Number(to.slice(5, 7)), Number(to.slice(8, 10))];
  const lastDayOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day === lastDayOfMonth && (dayRangeTokens(from, to)?.length ?? 0) > 0;
}

/**
 * The filters FTS5 can apply, as a MATCH clause on the facets column (null when none). Tags
 * stay SQL conditions: a tag rename changes no article row, so the index would not hear of it.
 */
export function facetMatch(filters: SearchFilters = {}): string | null {
  const clauses: string[] = [];
  if (filters.desk) clauses.push(quote(deskToken(filters.desk)));
  if (filters.status) clauses.push(quote(statusToken(filters.status)));
  const range = dayRangeTokens(filters.from, filters.to);
  if (range !== null && range.length > 0) clauses.push(`(${range.map(quote).join(' OR ')})`);
  return clauses.length === 0 ? null : `${FACETS_COLUMN} : (${clauses.join(' AND ')})`;
}

/** A MATCH clause keeping the articles of one month (by the story's day). */
export function monthMatch(year: number, month: number): string {
  return `${FACETS_COLUMN} : ${quote(monthToken(year, month))}`;
}

function quote(token: string): string {
  return `"${token}"`;
}
