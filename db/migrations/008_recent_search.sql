-- The same full-text index once more, over the newest articles only (see RECENT_ARTICLES in
-- db/search/search-index.ts). bm25 counts, for every phrase of a query, the articles that
-- contain it by reading the phrase's whole list of articles: in a million-article archive a
-- common word costs tens of milliseconds before a single row is scored. A query with more
-- matches than it ranks ranks only its newest ones; when those are all in this table, they are
-- scored here, where that count reads a few thousand entries instead of hundreds of thousands.
-- Filled on the next open (db/search/search-index.ts rebuild), like any index out of date.
CREATE VIRTUAL TABLE article_search_recent USING fts5(
  headline_spaced, kicker_spaced, lead_spaced, body_spaced, byline_spaced,
  headline_joined, kicker_joined, lead_joined, body_joined, byline_joined,
  facets,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);
