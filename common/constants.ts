/**
 * The contract's plain values, kept free of zod so the renderer's bundle carries no schema
 * library: the renderer imports values from here and only types from `contract.ts`.
 */
export const ARTICLE_STATUSES = ['draft', 'edited', 'approved', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const DIGIT_STYLES = ['persian', 'latin'] as const;
export const LOCALES = ['fa', 'en'] as const;
export const DEFAULT_PREFERENCES = { locale: 'fa', digits: 'persian' } as const;

export const SEARCH_ORDERS = ['relevance', 'date'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

/** Limits that keep a single malformed call from filling the disk or memory. */
export const LIMITS = {
  shortText: 500,
  lead: 5_000,
  bodyJsonBytes: 8 * 1024 * 1024,
  listPage: 500,
  /** Longer queries are accepted and cut by the parser, which says so. */
  queryChars: 20_000,
  searchPage: 100,
} as const;

/** Every method of the API, in the order the contract lists them (checked there at compile time). */
export const API_METHODS = [
  'listArticles',
  'getArticle',
  'createArticle',
  'saveArticle',
  'getPreferences',
  'setPreferences',
  'searchArticles',
  'listDesks',
  'getIndexStatus',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];
