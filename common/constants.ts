/**
 * The contract's plain values, kept free of zod so the renderer's bundle carries no schema
 * library: the renderer imports values from here and only types from `contract.ts`.
 */
export const ARTICLE_STATUSES = ['draft', 'edited', 'approved', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const DIGIT_STYLES = ['persian', 'latin'] as const;
export const LOCALES = ['fa', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const THEMES = ['light', 'dark'] as const;
/** Which calendar a date shows first; the other is beside it. */
export const CALENDARS = ['solar', 'gregorian'] as const;
/** The body's type size in CSS pixels. */
export const EDITOR_FONT_SIZES = { min: 14, max: 26 } as const;
export const DEFAULT_PREFERENCES = { locale: 'fa', digits: 'persian', theme: 'light', editorFontSize: 17, calendarFirst: 'solar' } as const;

export const ENTITY_KINDS = ['person', 'organisation', 'country', 'place', 'event'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Cross-reference types: پیگیری، پیشینه، اصلاحیه، مرتبط. */
export const LINK_TYPES = ['follow_up', 'background', 'correction', 'related'] as const;
export type LinkType = (typeof LINK_TYPES)[number];

export const MENTION_STATES = ['suggested', 'confirmed', 'dismissed'] as const;
export type MentionState = (typeof MENTION_STATES)[number];

/** What an article can be exported as: a standalone HTML document, or Markdown. */
export const EXPORT_FORMATS = ['html', 'markdown'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const SEARCH_ORDERS = ['relevance', 'date'] as const;
export type SearchOrder = (typeof SEARCH_ORDERS)[number];

/** Limits that keep a single malformed call from filling the disk or memory. */
export const LIMITS = {
  shortText: 500,
  lead: 5_000,
  /** A body's Lexical JSON, in UTF-8 bytes: refused above this by the contract, the save path and import. */
  bodyJsonBytes: 8 * 1024 * 1024,
  /**
   * How deep a body's JSON may nest. Ten levels of lists inside lists are about 45; SQLite's
   * JSON functions give up at 1000, and Lexical's parser would overflow the stack long before.
   */
  bodyJsonDepth: 200,
  /** An import file: a .txt is one article, so no larger than a body; a .jsonl holds many. */
  importTextFileBytes: 8 * 1024 * 1024,
  importJsonlFileBytes: 64 * 1024 * 1024,
  listPage: 500,
  /** Longer queries are accepted and cut by the parser, which says so. */
  queryChars: 20_000,
  searchPage: 100,
  /** The most rows one call of a paged list or a search returns; an archivist's script pages with an offset. */
  maxPage: 1_000,
  tagsPerArticle: 100,
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
  'listTags',
  'renameTag',
  'mergeTags',
  'tagArticles',
  'listEntities',
  'suggestEntities',
  'getEntity',
  'createEntity',
  'updateEntity',
  'mergeEntities',
  'deleteEntity',
  'getArticleMentions',
  'detectMentions',
  'setMentionState',
  'detectMentionsInArchive',
  'listSuggestedMentions',
  'addArticleLink',
  'removeArticleLink',
  'getArticleLinks',
  'suggestArticles',
  'relatedArticles',
  'deleteArticle',
  'restoreArticle',
  'restoreEntity',
  'exportArticle',
  'beginImport',
  'uploadImportChunk',
  'discardImport',
  'readExportChunk',
  'listMergeReviews',
  'resolveMergeReview',
  'startJob',
  'getJob',
  'cancelJob',
  'listJobs',
  'getArchiveRestarts',
  'getSpellingLexicon',
  'addDictionaryWord',
  'getNameProposals',
  'acceptNameProposal',
  'dismissNameProposal',
  'listSuggestedNames',
  'decideEntityEverywhere',
  'decideArticleNames',
  'undoMentionBatch',
  'getArticleQuotes',
  'addQuote',
  'updateQuote',
  'removeQuote',
  'listQuotes',
  'getArticleHistory',
  'compareRevisions',
  'revertArticle',
  'getArchiveState',
  'listBackups',
] as const;
export type ApiMethod = (typeof API_METHODS)[number];

/**
 * Why a backup was taken; it is the last word of the backup's file name. `before-restore`
 * keeps the archive a restore replaced.
 */
export const BACKUP_REASONS = ['manual', 'scheduled', 'quit', 'before-migration', 'before-index-rebuild', 'before-restore'] as const;
export type BackupReason = (typeof BACKUP_REASONS)[number];
