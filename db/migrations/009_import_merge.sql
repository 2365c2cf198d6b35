-- Bulk import, export and merging two archives (issue 10).

-- What an article says, folded the way search folds it (db/import/fingerprint.ts): an import
-- skips a story the archive already holds, however its letters or half-spaces were typed.
-- Live articles only; kept in step with every save by the save path's indexer.
CREATE TABLE article_fingerprints (
  article_id  TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  fingerprint TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX article_fingerprints_by_value ON article_fingerprints (fingerprint);

-- Revision lineage for merging: a revision's id is stable across archives (made from its
-- article, number, time and snapshot the first time it is needed, then kept), and its parents
-- are the revisions it followed (two for a merge). NULL until first needed: a revision written
-- by an ordinary save follows the revision numbered before it.
ALTER TABLE revisions ADD COLUMN rev_id TEXT;
ALTER TABLE revisions ADD COLUMN parent_ids TEXT CHECK (parent_ids IS NULL OR json_valid(parent_ids));
CREATE UNIQUE INDEX revisions_by_rev_id ON revisions (article_id, rev_id) WHERE rev_id IS NOT NULL;

-- «نیازمند بازبینی پس از ادغام»: articles a merge kept from two lines of edits (or kept although
-- one side deleted them), for an editor to work through.
CREATE TABLE merge_reviews (
  article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
  reason     TEXT NOT NULL CHECK (reason IN ('edited_on_both_sides', 'deleted_and_edited')),
  marked_at  TEXT NOT NULL
) WITHOUT ROWID;
