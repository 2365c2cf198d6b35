-- History an editor can read, stored small. A revision keeps, beside its snapshot, what the
-- history panel lists and what thinning decides by (its status, whether the status changed,
-- what made it), and its snapshot is stored as one of:
--   'json'    the snapshot's JSON text, as revisions were written before this migration;
--   'deflate' the snapshot's JSON, deflated: a keyframe;
--   'delta'   a delta (Fossil's format) from the snapshot of revision `base`, a keyframe of
--             the same article; 200 autosaves of a long story differ by a few words each.
-- Rows written before keep their JSON; their word counts are left unknown (NULL).
-- A rowid table, with its key as an index beside it: revisions come in at the end, where a
-- rowid table fills its pages, while a table keyed by (article, revision) would split them
-- half empty (measured: 200 autosaves took 471 KiB that way, for 170 KiB of data).
CREATE TABLE revision_history (
  seq            INTEGER PRIMARY KEY,
  article_id     TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision       INTEGER NOT NULL,
  saved_at       TEXT    NOT NULL,
  -- save: an edit; revert: made equal to an earlier revision; delete: the tombstone;
  -- restore: the delete undone.
  kind           TEXT    NOT NULL CHECK (kind IN ('save', 'revert', 'delete', 'restore')),
  status         TEXT    NOT NULL,
  status_changed INTEGER NOT NULL CHECK (status_changed IN (0, 1)),
  -- For a revert: the revision it is equal to.
  reverted_from  INTEGER,
  -- Words in the body, and words added and removed since the revision listed before it.
  words          INTEGER,
  words_added    INTEGER,
  words_removed  INTEGER,
  encoding       TEXT    NOT NULL CHECK (encoding IN ('json', 'deflate', 'delta')),
  base           INTEGER CHECK ((encoding = 'delta') = (base IS NOT NULL)),
  data           BLOB    NOT NULL,
  -- A revision's id and its parents' for merging two archives (migration 009, revision-lineage.ts).
  rev_id         TEXT,
  parent_ids     TEXT    CHECK (parent_ids IS NULL OR json_valid(parent_ids)),
  UNIQUE (article_id, revision)
);

INSERT INTO revision_history (article_id, revision, saved_at, kind, status, status_changed, encoding, data, rev_id, parent_ids)
SELECT article_id, revision, saved_at,
       CASE WHEN json_extract(snapshot, '$.deletedAt') IS NOT NULL THEN 'delete' ELSE 'save' END,
       coalesce(json_extract(snapshot, '$.status'), 'draft'),
       -- The first revision sets a status: it counts as a change, so an article's start is kept.
       json_extract(snapshot, '$.status')
         IS NOT lag(json_extract(snapshot, '$.status')) OVER (PARTITION BY article_id ORDER BY revision),
       'json', snapshot, rev_id, parent_ids
  FROM revisions
 ORDER BY article_id, revision;

DROP TABLE revisions;
ALTER TABLE revision_history RENAME TO revisions;
CREATE UNIQUE INDEX revisions_by_rev_id ON revisions (article_id, rev_id) WHERE rev_id IS NOT NULL;

-- What each revision made beside the editor changed, when it changed only that (see
-- SystemRewrite in common/api/revision.ts): the tags, the cross-references, or the body by a
-- rule (an entity merged or deleted, an article deleted). A write made on an earlier revision
-- is made over such revisions instead of being refused as a conflict. Kept apart from the
-- revisions, which thinning drops as they age: a window may have held its revision for hours.
CREATE TABLE revision_rewrites (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision   INTEGER NOT NULL,
  rewrite    TEXT    NOT NULL CHECK (json_valid(rewrite)),
  PRIMARY KEY (article_id, revision)
) WITHOUT ROWID;
