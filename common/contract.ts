/**
 * The one API contract between Dabir's front doors (Electron IPC, the browser shell's HTTP,
 * the CLI) and the archive services. Each method names a zod schema for its arguments, which
 * main validates on every call, and a result type. Nothing here may import electron, react,
 * node built-ins or db/: the renderer imports this file.
 */
import { z } from 'zod';
import type { Result } from './result';
import { method } from './api/method';
import { isoDaySchema, uuidSchema } from './api/shared-schemas';
import { workbenchMethods, type ArticleLinkView } from './api/workbench';
import { exportMethods } from './api/export';
import { transferMethods } from './api/transfer';
import { historyMethods } from './api/history';
import { jobMethods } from './api/jobs';
import { nameMethods } from './api/names';
import { baseRevisionSchema, type RebasedWrite } from './api/revision';
import { safekeepingMethods, type SafekeepingMethod } from './api/safekeeping';
import { spellingMethods } from './api/spelling';
import { describeBytes, nestingDepth, utf8Length } from './text-limits';

export * from './api/workbench';
export * from './api/export';
export * from './api/transfer';
export * from './api/history';
export * from './api/jobs';
export * from './api/names';
export * from './api/revision';
export * from './api/safekeeping';
export * from './api/spelling';

import {
  API_METHODS,
  ARTICLE_STATUSES,
  DEFAULT_PREFERENCES,
  CALENDARS,
  DIGIT_STYLES,
  EDITOR_FONT_SIZES,
  EXPORT_FORMATS,
  LIMITS,
  LOCALES,
  SEARCH_ORDERS,
  THEMES,
  ENTITY_KINDS,
  LINK_TYPES,
  MENTION_STATES,
  type ApiMethod,
  type ArticleStatus,
  type SearchOrder,
} from './constants';

export { API_METHODS, ARTICLE_STATUSES, DEFAULT_PREFERENCES, DIGIT_STYLES, ENTITY_KINDS, EXPORT_FORMATS, LIMITS, LINK_TYPES, LOCALES, MENTION_STATES, SEARCH_ORDERS };
export type { ApiMethod, ArticleStatus, SearchOrder };

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
/** An article's id: a UUID, checked as every id in the contract is. */
export const articleIdSchema = uuidSchema;
export { isoDaySchema, uuidSchema };

/**
 * Lexical's serialized editor state. Its inner shape is checked by parsing it in main; here, its
 * size and depth, before anything walks it recursively.
 */
export const serializedEditorStateSchema = z
  .looseObject({
    root: z.looseObject({
      type: z.literal('root'),
      children: z.array(z.looseObject({ type: z.string() })),
    }),
  })
  .superRefine((body, context) => {
    const depth = nestingDepth(body, LIMITS.bodyJsonDepth);
    if (depth > LIMITS.bodyJsonDepth) {
      context.addIssue({ code: 'custom', message: `nests deeper than ${LIMITS.bodyJsonDepth} levels` });
      return;
    }
    const bytes = utf8Length(JSON.stringify(body));
    if (bytes > LIMITS.bodyJsonBytes) {
      context.addIssue({ code: 'custom', message: `is ${describeBytes(bytes)}; a body may be at most ${describeBytes(LIMITS.bodyJsonBytes)}` });
    }
  });
export type SerializedBody = z.infer<typeof serializedEditorStateSchema>;

const shortText = z.string().max(LIMITS.shortText);

/** The fields an editor edits; every one optional in a save, so a save sends what changed. */
export const articleFieldsSchema = z.strictObject({
  headline: shortText,
  kicker: shortText,
  lead: z.string().max(LIMITS.lead),
  byline: shortText,
  desk: shortText,
  status: articleStatusSchema,
  datelinePlace: shortText,
  datelineDate: isoDaySchema.nullable(),
  body: serializedEditorStateSchema.nullable(),
  /** Tag names; a save sends the whole set. Unknown names become new tags. */
  tags: z.array(z.string().trim().min(1).max(LIMITS.shortText)).max(LIMITS.tagsPerArticle),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export interface Article extends ArticleFields {
  id: string;
  /** Cross-references from this article, typed, including inline [[links]] in the body. */
  links: ArticleLinkView[];
  /** Articles that reference this one («ارجاع‌دهنده‌ها»). */
  backlinks: ArticleLinkView[];
  /** Plain text derived from `body` in main (paragraphs separated by `\n`). */
  bodyText: string;
  /** Counts one per save; a save naming an older `baseRevision` is refused as a conflict. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleSummary {
  id: string;
  headline: string;
  desk: string;
  status: ArticleStatus;
  datelineDate: string | null;
  updatedAt: string;
  createdAt: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

export interface SaveReceipt extends RebasedWrite {
  id: string;
  revision: number;
  updatedAt: string;
}

export const preferencesSchema = z.strictObject({
  locale: z.enum(LOCALES),
  digits: z.enum(DIGIT_STYLES),
  theme: z.enum(THEMES),
  editorFontSize: z.number().int().min(EDITOR_FONT_SIZES.min).max(EDITOR_FONT_SIZES.max),
  calendarFirst: z.enum(CALENDARS),
});
export type Preferences = z.infer<typeof preferencesSchema>;

/** `[start, end)` in UTF-16 code units of the string it belongs to. */
export interface TextRange {
  start: number;
  end: number;
}

export interface SearchHit {
  id: string;
  headline: string;
  /** Where the query matched the headline, in the headline as written. */
  headlineHighlights: TextRange[];
  /** A passage of the original lead or body around the matches (one line, ellipses where cut). */
  snippet: string;
  snippetHighlights: TextRange[];
  /** Relevance: higher is better (bm25, headline weighted above body); 0 when ordered by date. */
  score: number;
  desk: string;
  status: ArticleStatus;
  datelineDate: string | null;
  /** The story's day: its dateline date, else the day it was written. */
  day: string;
  updatedAt: string;
}

/**
 * Why a query found nothing or was read differently from how it was typed; the UI and the
 * CLI each say it in their own words.
 */
export const SEARCH_NOTICES = [
  'blank_input',
  'nothing_searchable',
  'only_exclusions',
  'truncated',
  'unbalanced_quote',
  'operator_ignored',
  'unsearchable_term_dropped',
  'index_rebuilding',
  /** A rebuild was cancelled (or cut short): articles not yet re-indexed are missing until it is run again. */
  'index_incomplete',
  /** More matches than can be ranked at once: relevance was ranked among the newest of them. */
  'ranked_recent',
  /** No article has the desk the filter names, however it is spelt. */
  'unknown_desk',
] as const;
export type SearchNotice = (typeof SEARCH_NOTICES)[number];

/**
 * How `total` was arrived at: counted exactly; counted up to a cap, with more beyond it; or,
 * for a common word with more matches than are ranked, estimated from the newest of them and
 * samples of the rest of the archive.
 */
export type SearchTotalKind = 'exact' | 'more_than' | 'about';

export interface SearchResults {
  query: string;
  total: number;
  totalKind: SearchTotalKind;
  results: SearchHit[];
  notices: SearchNotice[];
  /**
   * The filters as applied: a desk typed with another keyboard's letters or spacing is the
   * archive's own spelling of it (see db/search/desk-name.ts).
   */
  filters?: SearchFilters;
}

export interface IndexStatus {
  /** `incomplete`: made by an older normaliser and not (fully) rebuilt yet. */
  state: 'ready' | 'rebuilding' | 'incomplete';
  done: number;
  total: number;
}

export const searchFiltersSchema = z.strictObject({
  status: articleStatusSchema.optional(),
  desk: shortText.optional(),
  /** Inclusive range over the dateline date (or the creation day when an article has none). */
  from: isoDaySchema.optional(),
  to: isoDaySchema.optional(),
  /** Every one of these tag names must be on the article. */
  tags: z.array(shortText).max(20).optional(),
});
export type SearchFilters = z.infer<typeof searchFiltersSchema>;


export const apiContract = {
  listArticles: method<ArticlePage>()(
    z.strictObject({
      limit: z.number().int().min(1).max(LIMITS.maxPage).optional(),
      offset: z.number().int().min(0).optional(),
    }),
  ),
  getArticle: method<Article>()(z.strictObject({ id: articleIdSchema })),
  createArticle: method<Article>()(z.strictObject({ fields: articleFieldsSchema.partial().optional() })),
  saveArticle: method<SaveReceipt>()(
    z.strictObject({
      id: articleIdSchema,
      fields: articleFieldsSchema.partial(),
      baseRevision: baseRevisionSchema,
    }),
  ),
  getPreferences: method<Preferences>()(z.strictObject({})),
  setPreferences: method<Preferences>()(z.strictObject({ preferences: preferencesSchema.partial() })),
  searchArticles: method<SearchResults>()(
    z.strictObject({
      query: z.string().max(LIMITS.queryChars),
      limit: z.number().int().min(1).max(LIMITS.maxPage).optional(),
      offset: z.number().int().min(0).optional(),
      order: z.enum(SEARCH_ORDERS).optional(),
      filters: searchFiltersSchema.optional(),
    }),
  ),
  listDesks: method<string[]>()(z.strictObject({})),
  getIndexStatus: method<IndexStatus>()(z.strictObject({})),
  ...workbenchMethods,
  ...exportMethods,
  ...transferMethods,
  ...historyMethods,
  ...jobMethods,
  ...spellingMethods,
  ...nameMethods,
  ...safekeepingMethods,
} as const;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** Fails to compile when constants.ts's method list and the contract drift apart. */
const methodListMatchesContract: Same<ApiMethod, keyof typeof apiContract> = true;
void methodListMatchesContract;

export type ApiContract = typeof apiContract;

export type ArgsOf<M extends ApiMethod> = z.input<ApiContract[M]['args']>;
export type ResultOf<M extends ApiMethod> = NonNullable<ApiContract[M]['result']>;

/** What the renderer holds: one async function per method, errors as values. */
export type DabirApi = { [M in ApiMethod]: (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>> };

/** What the archive services implement: same methods, validated arguments, may throw. */
export type ArchiveServices = { [M in ApiMethod]: (args: z.output<ApiContract[M]['args']>) => ResultOf<M> };

/** What an open archive answers; its session (db/safekeeping) adds the safekeeping methods. */
export type ArchiveContentServices = Omit<ArchiveServices, SafekeepingMethod>;
