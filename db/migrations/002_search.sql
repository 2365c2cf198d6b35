-- The full-text index over the search keys of each article (see db/search/normalize.ts).
-- Every field is indexed twice: ZWNJs the normaliser kept become spaces in `*_spaced` and are
-- deleted in `*_joined`, so a query meets either spelling. The index stores no text of its
-- own (contentless): snippets are cut from the original text in `articles`, and
-- contentless_delete lets a save replace an article's row. rowid = articles.seq.
CREATE VIRTUAL TABLE article_search USING fts5(
  headline_spaced, kicker_spaced, lead_spaced, body_spaced, byline_spaced,
  headline_joined, kicker_joined, lead_joined, body_joined, byline_joined,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 0'
);

-- `ORDER BY rank` ranks by bm25 with these weights (spaced columns, then joined): a headline
-- hit counts ten times a body hit. Keep in step with FIELD_WEIGHTS in db/search/search-index.ts.
INSERT INTO article_search (article_search, rank) VALUES ('rank', 'bm25(10, 4, 3, 1, 2, 10, 4, 3, 1, 2)');

-- What the index was built with; a different normaliser version means a rebuild on open.
CREATE TABLE search_state (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX articles_by_desk ON articles (desk) WHERE deleted_at IS NULL;

-- Search filters and date order read these for every match: a narrow covering index keeps
-- those lookups off the wide article rows (the body JSON and text).
CREATE INDEX articles_facets ON articles (seq, deleted_at, status, desk, dateline_date, created_at);
