-- Search filters as part of the full-text match. A `facets` column holds, for each article,
-- a token for its desk, its status, its year and its month (see db/search/facets.ts), so a
-- filtered search intersects doclists inside FTS5 instead of joining every match of a common
-- word to its article. The tokens start with a private-use character the search normaliser
-- never produces, so nothing a user types can match them; the column's bm25 weight is 0.
DROP TABLE article_search;

CREATE VIRTUAL TABLE article_search USING fts5(
  headline_spaced, kicker_spaced, lead_spaced, body_spaced, byline_spaced,
  headline_joined, kicker_joined, lead_joined, body_joined, byline_joined,
  facets,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- Keep in step with FIELD_WEIGHTS in db/search/search-index.ts.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10, 4, 3, 1, 2, 10, 4, 3, 1, 2, 0)');

-- The new table is empty: forgetting the version the old one was built with makes the next
-- open rebuild it, with progress, exactly as after a change of the normaliser.
DELETE FROM search_state WHERE key = 'normalizer_version';
