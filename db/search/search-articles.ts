/**
 * Search over the archive: the user's query through the parser and the normaliser into an
 * FTS5 MATCH, the filters beside it, bm25 or date order, and snippets of the original text.
 * Never throws on what the user typed: an unsearchable query answers with a notice.
 */
import type { SearchFilters, SearchHit, SearchNotice, SearchOrder, SearchResults, SearchTotalKind } from '../../common/contract';
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement, type CachedStatement } from '../statement-cache';
import { tagKey } from '../tags';
import { dayRangeIsWholeMonths, facetMatch, monthMatch } from './facets';
import { buildFts5Match, highlightTermsOf, parseSearchQuery, type HighlightTerm } from './query';
import { RECENT_SEARCH_TABLE, SEARCH_COLUMNS, SEARCH_TABLE, weightedBm25, type SearchIndex, type SearchTable } from './search-index';
import { buildSnippet, highlightIn } from './snippet';
import { resolveDeskName } from './desk-name';
import { storyDay } from '../dating/story-day';

export interface SearchRequest {
  query: string;
  limit?: number;
  offset?: number;
  order?: SearchOrder;
  filters?: SearchFilters;
}

interface HitRow {
  id: string;
  headline: string;
  lead: string;
  body_text: string;
  desk: string;
  status: SearchHit['status'];
  dateline_date: string | null;
  day: string;
  updated_at: string;
  score: number;
}

/** The day a story belongs to: its dateline, else the day it was written. */
const STORY_DAY = storyDay('a');
const HIT_COLUMNS = `a.id, a.headline, a.lead, a.body_text, a.desk, a.status, a.dateline_date, ${STORY_DAY} AS day, a.updated_at`;
const HIT_BY_SEQ = `SELECT ${HIT_COLUMNS} FROM articles a WHERE a.seq = ?`;

interface PageRow {
  seq: number;
  score: number;
}

interface Total {
  count: number;
  kind: SearchTotalKind;
}

interface Matches {
  total: Total;
  rows: HitRow[];
}

/** Up to this many matches, date order sorts them all at once (see matchesByDate). */
const DATE_SORT_AT_ONCE = 3000;

/** Past this many matches the total is reported as "more than". */
export const COUNT_CAP = 10_000;

/**
 * Estimating a total (see estimateTotal): below this many older articles their matches are
 * counted; above, this share of them is sampled, in this many slices. Each slice is one more
 * MATCH to set up (a third of a millisecond for a query of several words at 100k articles),
 * while a wider slice costs little more, so the slices are few and wide.
 */
const ESTIMATE_COUNT_ALL_BELOW = 2000;
const ESTIMATE_SAMPLED_SHARE = 0.08;
/**
 * At most this many older articles are sampled, however large the archive: a share of a
 * million articles would read tens of thousands of a common word's matches, and a sample of
 * this size already puts the estimate within its two significant figures.
 */
const ESTIMATE_SAMPLED_MAX = 8000;
const ESTIMATE_SLICES = 4;

interface FilterSql {
  sql: string;
  params: string[];
}

const FTS = 'article_search';
/** Above this many matches, relevance is ranked among the newest this many (see matchesByRelevance). */
export const RANK_WINDOW = 4000;

/**
 * The filters as SQL conditions on the joined article. With `facetsMatched`, desk and status
 * are left out: the MATCH already applies them exactly (facets.ts); dates stay unless they
 * run from a month's first day to a month's last (the facet tokens cover whole months), and
 * tags stay, because tags are not in the index.
 */
function filterClauses(filters: SearchFilters = {}, facetsMatched = false): FilterSql {
  const clauses: string[] = ['a.deleted_at IS NULL'];
  const params: string[] = [];
  if (filters.status && !facetsMatched) {
    clauses.push('a.status = ?');
    params.push(filters.status);
  }
  if (filters.desk && !facetsMatched) {
    clauses.push('a.desk = ?');
    params.push(filters.desk);
  }
  const datesMatched = facetsMatched && dayRangeIsWholeMonths(filters.from, filters.to);
  if (filters.from && !datesMatched) {
    clauses.push(`${STORY_DAY} >= ?`);
    params.push(filters.from);
  }
  if (filters.to && !datesMatched) {
    clauses.push(`${STORY_DAY} <= ?`);
    params.push(filters.to);
  }
  for (const tag of filters.tags ?? []) {
    clauses.push('a.id IN (SELECT at.article_id FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.name_key = ?)');
    params.push(tagKey(tag));
  }
  return { sql: clauses.join(' AND '), params };
}

/** One quoted FTS5 string: a token of the query. */
const FTS5_STRING = /"(?:[^"]|"")*"/g;

/**
 * The ranking window for a MATCH: `base` for one token, smaller for more, at least base/4.
 * bm25 reads, for every row it scores, each token's positions, and a phrase («"a" + "b"»)
 * must line up the positions of all of its tokens, so tokens measure the work, not phrases.
 */
export function rankWindowFor(match: string, base: number): number {
  const tokens = Math.max(1, match.match(FTS5_STRING)?.length ?? 1);
  return Math.max(Math.ceil(base / 4), Math.floor(base / tokens));
}

/** A day's month counted from year 0 (year × 12 + month − 1), so months step back across years. */
function monthNumber(day: string): number {
  return Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;
}

/**
 * A prefix term («تحری*») in an FTS5 query string: a quoted token followed by `*`. FTS5
 * merges every indexed term that starts with it each time such a MATCH starts, whatever
 * rowids it is limited to, so one such MATCH costs the same over a slice or the whole index.
 */
const PREFIX_TERM = /"\s*\*/;

function toHit(row: HitRow, terms: readonly HighlightTerm[], score: number): SearchHit {
  const snippet = buildSnippet([row.lead, ...row.body_text.split('\n')], terms);
  return {
    id: row.id,
    headline: row.headline,
    headlineHighlights: highlightIn(row.headline, terms),
    snippet: snippet.text,
    snippetHighlights: snippet.highlights,
    score,
    desk: row.desk,
    status: row.status,
    datelineDate: row.dateline_date,
    day: row.day,
    updatedAt: row.updated_at,
  };
}

export class ArticleSearch {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly index: SearchIndex,
    private readonly rankWindow: number = RANK_WINDOW,
    private readonly dateSortAtOnce: number = DATE_SORT_AT_ONCE,
  ) {}

  /** Statements differ only by which filters are present: one is kept per shape. */
  private statement(sql: string): CachedStatement<unknown[]> {
    return cachedStatement(this.db, sql);
  }

  /** As `statement`, answering the first column's value. */
  private plucked(sql: string): CachedStatement<unknown[]> {
    return cachedPluck(this.db, sql);
  }

  search(request: SearchRequest): SearchResults {
    const limit = request.limit ?? 20;
    const offset = request.offset ?? 0;
    const parsed = parseSearchQuery(request.query);
    const notices: SearchNotice[] = [...parsed.notes];
    if (parsed.truncated) notices.push('truncated');
    const index = this.index.status().state;
    if (index !== 'ready') notices.push(index === 'rebuilding' ? 'index_rebuilding' : 'index_incomplete');
    const filters = this.resolveDesk(request.filters, notices);
    const answer = (found: Omit<SearchResults, 'query' | 'filters'>): SearchResults =>
      request.filters === undefined ? { query: request.query, ...found } : { query: request.query, ...found, filters };

    if (parsed.empty) {
      // A blank query with filters lists what the filters select, newest first.
      const where = filterClauses(filters);
      const hasFilters = where.params.length > 0;
      if (parsed.reason === 'blank_input' && hasFilters) return answer(this.browse(where, limit, offset, notices));
      return answer({ total: 0, totalKind: 'exact', results: [], notices: [parsed.reason ?? 'nothing_searchable', ...notices] });
    }
    const words = buildFts5Match(parsed, SEARCH_COLUMNS);
    if (words === null) return answer({ total: 0, totalKind: 'exact', results: [], notices: ['only_exclusions', ...notices] });

    const facets = facetMatch(filters);
    const match = facets === null ? words : `(${words}) AND ${facets}`;
    const remaining = filterClauses(filters, true);
    const { total, rows } =
      request.order === 'date'
        ? this.matchesByDate(match, remaining, limit, offset)
        : this.matchesByRelevance(match, remaining, limit, offset, notices);
    const terms = highlightTermsOf(parsed);
    // bm25 is lower-is-better and negative; users and scripts expect higher-is-better.
    const results = rows.map((row) => toHit(row, terms, request.order === 'date' ? 0 : -row.score));
    return answer({ total: total.count, totalKind: total.kind, results, notices });
  }

  /**
   * The filters with the desk as the archive spells it (see desk-name.ts); a desk no article
   * has stays as typed, matches nothing, and is noticed. An exact name is one index lookup;
   * only a desk typed another way reads the archive's desk names.
   */
  private resolveDesk(filters: SearchFilters | undefined, notices: SearchNotice[]): SearchFilters | undefined {
    const typed = filters?.desk;
    if (typed === undefined) return filters;
    const exact = this.statement('SELECT 1 FROM articles WHERE desk = ? AND deleted_at IS NULL LIMIT 1').get(typed);
    if (exact !== undefined) return filters;
    const desk = resolveDeskName(typed, this.deskNames());
    if (desk === undefined) notices.push('unknown_desk');
    return { ...filters, desk: desk ?? typed };
  }

  /**
   * Every desk name in use, in no particular order: one index lookup per desk, hopping from
   * each name to the next in articles_by_desk, instead of reading the whole index.
   */
  private deskNames(): string[] {
    const next = this.plucked(
      "SELECT min(desk) FROM articles WHERE desk > ? AND deleted_at IS NULL",
    );
    const names: string[] = [];
    for (let desk = next.get('') as string | null; desk !== null; desk = next.get(desk) as string | null) names.push(desk);
    return names;
  }

  /**
   * bm25 costs a few microseconds per matching article and phrase of the query, so ranking
   * every match of a common word in a 100k archive would take hundreds of milliseconds. Above
   * the window, relevance is ranked among the newest matches (the rowid follows the order
   * articles entered the archive) and the user is told, so a search stays instant. The window
   * shrinks as the query has more tokens to score (down to a quarter), keeping the work about
   * the same; it counts matches that pass the filters, and only those are scored.
   */
  private matchesByRelevance(match: string, where: FilterSql, limit: number, offset: number, notices: SearchNotice[]): Matches {
    const window = rankWindowFor(match, this.rankWindow);
    const { total, newest } = this.newestMatches(match, where, window);
    let oldest = 0;
    if (newest.length > window) {
      notices.push('ranked_recent');
      oldest = newest[window - 1];
    }
    const table = oldest > 0 && this.recentHoldsWindow(match, where, oldest, window) ? RECENT_SEARCH_TABLE : SEARCH_TABLE;
    const { from, condition, params } = this.matchSql(match, where, false, table);
    const page = this.statement(
      `SELECT ${table}.rowid AS seq, ${weightedBm25(table)} AS score FROM ${from}
        WHERE ${condition} AND ${table}.rowid >= ? ORDER BY score, ${table}.rowid DESC LIMIT ? OFFSET ?`,
    ).all(...params, BigInt(oldest), limit, offset) as PageRow[];
    return { total, rows: this.hitRows(page) };
  }

  /**
   * Whether the ranking window (the `window` newest matches, from `oldest` on) can be scored
   * in the recent index: it starts at or after the index's floor, and the index holds every
   * one of its matches (a writer that went around SearchIndex would leave some out, and an
   * index being filled holds no floor yet). bm25 there reads each phrase's matches among the
   * newest articles only, not in the whole archive.
   */
  private recentHoldsWindow(match: string, where: FilterSql, oldest: number, window: number): boolean {
    const floor = this.index.recentFloor();
    if (floor === null || oldest < floor) return false;
    const { from, condition, params } = this.matchSql(match, where, false, RECENT_SEARCH_TABLE);
    const held = this.plucked(`SELECT count(*) FROM ${from} WHERE ${condition} AND ${RECENT_SEARCH_TABLE}.rowid >= ?`)
      .get(...params, BigInt(oldest)) as number;
    return held === window;
  }

  /**
   * One pass over the matches, newest first, that gives the total and the newest `window`
   * of them (their rowids, newest first; one more when there are more).
   *
   * Where every filter is part of the MATCH, the pass stops just past the window and a larger
   * total is estimated (see estimateTotal): reading every match of a common word only to
   * count it cost more than ranking the window. Date and tag filters are applied outside
   * FTS5, where the density of the newest matches says nothing of the rest, so there the
   * matches are counted, up to COUNT_CAP.
   */
  private newestMatches(match: string, where: FilterSql, window: number): { total: Total; newest: number[] } {
    const { from, condition, params } = this.matchSql(match, where);
    const estimable = where.params.length === 0;
    const countTo = estimable ? window : COUNT_CAP;
    const newest = this.plucked(`SELECT ${FTS}.rowid FROM ${from} WHERE ${condition} ORDER BY ${FTS}.rowid DESC LIMIT ?`)
      .all(...params, countTo + 1) as number[];
    const total: Total =
      newest.length <= countTo
        ? { count: newest.length, kind: 'exact' }
        : estimable
          ? { count: this.estimateTotal(match, window, newest[window - 1]), kind: 'about' }
          : { count: COUNT_CAP, kind: 'more_than' };
    return { total, newest };
  }

  /**
   * The window holds the newest `found` matches, from `oldestSeq` on; the older matches are
   * counted where there are few articles before it, and otherwise sampled: ESTIMATE_SLICES
   * evenly spread runs of articles, together a small share of the older ones, are counted
   * and scaled up. Sampling the whole span, not extrapolating the window, keeps the estimate
   * honest for a word that is common only lately, or only in a back catalogue imported first.
   * Rounded to two significant figures: «about 14,000» says what a reader needs of a common
   * word, and no more precision than the estimate has.
   */
  private estimateTotal(match: string, found: number, oldestSeq: number): number {
    const first = this.plucked('SELECT min(seq) FROM articles').get() as number;
    const olderSpan = oldestSeq - first;
    const countBetween = this.plucked(`SELECT count(*) FROM ${FTS} WHERE ${FTS} MATCH ? AND ${FTS}.rowid BETWEEN ? AND ?`);
    let older: number;
    // Few older articles, or a prefix query (where each sampled slice would cost as much as
    // counting them all): count every older match, with one MATCH.
    if (olderSpan <= ESTIMATE_COUNT_ALL_BELOW || PREFIX_TERM.test(match)) {
      older = countBetween.get(match, BigInt(first), BigInt(oldestSeq - 1)) as number;
    } else {
      const width = Math.ceil(Math.min(olderSpan * ESTIMATE_SAMPLED_SHARE, ESTIMATE_SAMPLED_MAX) / ESTIMATE_SLICES);
      let seen = 0;
      for (let slice = 0; slice < ESTIMATE_SLICES; slice += 1) {
        const start = first + Math.floor(((slice + 0.5) * olderSpan) / ESTIMATE_SLICES - width / 2);
        seen += countBetween.get(match, BigInt(start), BigInt(start + width - 1)) as number;
      }
      older = (seen * olderSpan) / (width * ESTIMATE_SLICES);
    }
    const estimate = found + older;
    const step = 10 ** Math.max(0, Math.floor(Math.log10(estimate)) - 1);
    return Math.max(found + 1, Math.round(estimate / step) * step);
  }

  /**
   * Newest story first. A few thousand matches are sorted at once; more are taken a month at
   * a time, newest month first (the month is a facet token, so each step is one narrow
   * MATCH), until the page is full: a common word in date order then sorts a month or two of
   * matches, not all of them (a year of a common word at a million articles is ~20,000 rows
   * to join and sort, 30 ms). The total is found as for relevance, so both orders report it alike.
   */
  private matchesByDate(match: string, where: FilterSql, limit: number, offset: number): Matches {
    const { total } = this.newestMatches(match, where, this.rankWindow);
    const { from, condition, params } = this.matchSql(match, where, true);
    const byDay = this.statement(
      `SELECT a.seq, 0 AS score FROM ${from} WHERE ${condition} ORDER BY ${STORY_DAY} DESC, a.seq DESC LIMIT ? OFFSET ?`,
    );
    if (total.kind === 'exact' && total.count <= this.dateSortAtOnce) {
      return { total, rows: this.hitRows(byDay.all(...params, limit, offset) as PageRow[]) };
    }

    // Two subqueries, so each is one lookup at an end of articles_by_story_day.
    const live = 'FROM articles a WHERE a.deleted_at IS NULL';
    const span = this.statement(
      `SELECT (SELECT min(${STORY_DAY}) ${live}) AS first, (SELECT max(${STORY_DAY}) ${live}) AS last`,
    ).get() as { first: string | null; last: string | null };
    const wanted = offset + limit;
    const rows: PageRow[] = [];
    if (span.first === null || span.last === null) return { total, rows: [] };
    const first = monthNumber(span.first);
    for (let month = monthNumber(span.last); month >= first && rows.length < wanted; month -= 1) {
      const ofMonth = this.matchSql(`(${match}) AND ${monthMatch(Math.floor(month / 12), (month % 12) + 1)}`, where, true);
      rows.push(...(byDay.all(...ofMonth.params, wanted - rows.length, 0) as PageRow[]));
    }
    return { total, rows: this.hitRows(rows.slice(offset, offset + limit)) };
  }

  /** The index holds live articles only, so without filters no join is needed to count or rank. */
  private matchSql(
    match: string,
    where: FilterSql,
    forceJoin = false,
    table: SearchTable = SEARCH_TABLE,
  ): { from: string; condition: string; params: unknown[] } {
    const joined = forceJoin || where.params.length > 0;
    return {
      from: joined ? `${table} JOIN articles a ON a.seq = ${table}.rowid` : table,
      condition: joined ? `${table} MATCH ? AND ${where.sql}` : `${table} MATCH ?`,
      params: [match, ...where.params],
    };
  }

  /** The full rows (with the text snippets are cut from) for one page only. */
  private hitRows(page: PageRow[]): HitRow[] {
    const bySeq = this.statement(HIT_BY_SEQ);
    return page.map(({ seq, score }) => ({ ...(bySeq.get(seq) as HitRow), score }));
  }

  private browse(where: FilterSql, limit: number, offset: number, notices: SearchNotice[]): Omit<SearchResults, 'query'> {
    const total = (this.statement(`SELECT count(*) AS n FROM articles a WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
    const page = this.statement(
      `SELECT a.seq, 0 AS score FROM articles a WHERE ${where.sql} ORDER BY ${STORY_DAY} DESC, a.seq DESC LIMIT ? OFFSET ?`,
    ).all(...where.params, limit, offset) as PageRow[];
    return { total, totalKind: 'exact', results: this.hitRows(page).map((row) => toHit(row, [], 0)), notices };
  }

  /**
   * Typeahead for `[[`: articles whose headline has the typed words, the last one as a prefix
   * («نشست جاکا» finds «نشست سران در جاکارتا»), best headline match first; newest when blank.
   */
  suggestArticles(text: string, excludeId?: string, limit = 10): Array<{ id: string; headline: string; day: string }> {
    const columns = { spaced: ['headline_spaced', 'kicker_spaced'], joined: ['headline_joined', 'kicker_joined'] };
    const typed = text.trim();
    const match = typed === '' ? null : buildFts5Match(parseSearchQuery(/\s$/.test(text) ? typed : `${typed}*`), columns);
    const rows =
      match === null
        ? (this.statement(
            `SELECT a.id, a.headline, ${STORY_DAY} AS day FROM articles a
              WHERE a.deleted_at IS NULL AND a.id IS NOT ? ORDER BY a.updated_at DESC LIMIT ?`,
          ).all(excludeId ?? null, limit) as Array<{ id: string; headline: string; day: string }>)
        : (this.statement(
            `SELECT a.id, a.headline, ${STORY_DAY} AS day FROM ${FTS} JOIN articles a ON a.seq = ${FTS}.rowid
              WHERE ${FTS} MATCH ? AND a.deleted_at IS NULL AND a.id IS NOT ? ORDER BY ${FTS}.rank LIMIT ?`,
          ).all(match, excludeId ?? null, limit) as Array<{ id: string; headline: string; day: string }>);
    return rows;
  }

  desks(): string[] {
    const rows = this.statement(
      "SELECT desk FROM articles WHERE deleted_at IS NULL AND desk <> '' GROUP BY desk ORDER BY count(*) DESC, desk",
    ).all() as { desk: string }[];
    return rows.map((row) => row.desk);
  }
}
