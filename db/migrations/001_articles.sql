-- Articles: the editable fields, the Lexical JSON of the body and the plain text derived from
-- it. `seq` is a stable integer key for the full-text index (FTS5 needs integer rowids and a
-- plain rowid may change on VACUUM); `id` is the UUID that travels between laptops.
CREATE TABLE articles (
  seq            INTEGER PRIMARY KEY,
  id             TEXT    NOT NULL UNIQUE,
  headline       TEXT    NOT NULL DEFAULT '',
  kicker         TEXT    NOT NULL DEFAULT '',
  lead           TEXT    NOT NULL DEFAULT '',
  byline         TEXT    NOT NULL DEFAULT '',
  desk           TEXT    NOT NULL DEFAULT '',
  status         TEXT    NOT NULL DEFAULT 'draft'
                 CHECK (status IN ('draft', 'edited', 'approved', 'published', 'archived')),
  dateline_place TEXT    NOT NULL DEFAULT '',
  dateline_date  TEXT    CHECK (dateline_date IS NULL OR dateline_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  body_json      TEXT,
  body_text      TEXT    NOT NULL DEFAULT '',
  revision       INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT    NOT NULL,
  updated_at     TEXT    NOT NULL,
  -- Deletes are tombstones so a later merge of two laptops' archives can see them.
  deleted_at     TEXT
);

CREATE INDEX articles_by_updated ON articles (updated_at DESC) WHERE deleted_at IS NULL;

-- Every save writes the article as it then stood: the article's history.
CREATE TABLE revisions (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  revision   INTEGER NOT NULL,
  saved_at   TEXT    NOT NULL,
  snapshot   TEXT    NOT NULL CHECK (json_valid(snapshot)),
  PRIMARY KEY (article_id, revision)
) WITHOUT ROWID;

CREATE TABLE preferences (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) WITHOUT ROWID;
