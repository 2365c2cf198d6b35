-- Tags, entities (people, organisations, countries, places, events) with their aliases,
-- mentions of entities in articles, and typed cross-references between articles. All keyed
-- by UUID and kept as sets (no order columns), so two laptops' archives can merge later.

CREATE TABLE tags (
  id         TEXT NOT NULL PRIMARY KEY,
  name       TEXT NOT NULL,
  -- The search key of the name: «تحریم‌ها» and «تحريمها» are one tag.
  name_key   TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE article_tags (
  article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  tag_id     TEXT NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_by_tag ON article_tags (tag_id, article_id);

CREATE TABLE entities (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  kind          TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'country', 'place', 'event')),
  canonical     TEXT NOT NULL CHECK (length(trim(canonical)) > 0),
  description   TEXT NOT NULL DEFAULT '',
  starts_on     TEXT CHECK (starts_on IS NULL OR starts_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  ends_on       TEXT CHECK (ends_on IS NULL OR ends_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  -- Set for entries that came from the starter gazetteer, so an upgrade adds what is new
  -- without re-adding what the user deleted or overwriting what they edited.
  gazetteer_key TEXT UNIQUE,
  revision      INTEGER NOT NULL DEFAULT 1,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);

CREATE TABLE entity_aliases (
  entity_id TEXT    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  alias     TEXT    NOT NULL CHECK (length(trim(alias)) > 0),
  -- normalizeSearchKey(alias).joined: how detection and typeahead find it.
  alias_key TEXT    NOT NULL,
  -- Also a common word («مغرب», «مالی»): offered for confirmation, never tagged silently.
  ambiguous INTEGER NOT NULL DEFAULT 0 CHECK (ambiguous IN (0, 1)),
  PRIMARY KEY (entity_id, alias_key)
) WITHOUT ROWID;
CREATE INDEX entity_aliases_by_key ON entity_aliases (alias_key);

-- Entity history: a snapshot per change (edit, alias change, merge), for undo and audit.
CREATE TABLE entity_revisions (
  entity_id TEXT    NOT NULL,
  revision  INTEGER NOT NULL,
  saved_at  TEXT    NOT NULL,
  action    TEXT    NOT NULL,
  snapshot  TEXT    NOT NULL CHECK (json_valid(snapshot)),
  PRIMARY KEY (entity_id, revision)
) WITHOUT ROWID;

CREATE TABLE mentions (
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  -- suggested: found by detection, awaiting the editor; confirmed; dismissed (not offered again).
  state      TEXT    NOT NULL CHECK (state IN ('suggested', 'confirmed', 'dismissed')),
  -- detected in the text, an inline @mention in the body, or added by hand.
  origin     TEXT    NOT NULL CHECK (origin IN ('detected', 'inline', 'manual')),
  occurrences INTEGER NOT NULL DEFAULT 0,
  updated_at TEXT    NOT NULL,
  PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX mentions_by_entity ON mentions (entity_id, state, article_id);
-- The archive-wide review list reads suggestions across all articles.
CREATE INDEX mentions_by_state ON mentions (state, article_id);

CREATE TABLE article_links (
  source_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  target_id  TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  type       TEXT NOT NULL CHECK (type IN ('follow_up', 'background', 'correction', 'related')),
  -- inline: a [[link]] in the body (kept in step with it on save); manual: the details panel.
  origin     TEXT NOT NULL CHECK (origin IN ('inline', 'manual')),
  created_at TEXT NOT NULL,
  CHECK (source_id <> target_id),
  PRIMARY KEY (source_id, target_id, type, origin)
) WITHOUT ROWID;
CREATE INDEX article_links_by_target ON article_links (target_id);

CREATE TABLE gazetteer_state (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
