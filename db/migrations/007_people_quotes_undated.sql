-- People and what they said: the posts a person held, names found by their titles before
-- anyone added them, the editors' bulk decisions on mentions (so each can be undone), the
-- quote register, and the imported articles whose day is unknown.

-- The posts a person (or any entity) held: «وزیر امور خارجه» of Iran, 2013–2021. A set keyed
-- by its fields, like aliases; `of_entity_id` goes blank when that entity is deleted.
CREATE TABLE entity_roles (
  entity_id    TEXT    NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  title        TEXT    NOT NULL CHECK (length(trim(title)) > 0),
  of_entity_id TEXT    REFERENCES entities (id) ON DELETE SET NULL,
  from_year    INTEGER CHECK (from_year IS NULL OR from_year BETWEEN 1 AND 9999),
  to_year      INTEGER CHECK (to_year IS NULL OR to_year BETWEEN 1 AND 9999),
  CHECK (from_year IS NULL OR to_year IS NULL OR to_year >= from_year)
);
CREATE INDEX entity_roles_by_entity ON entity_roles (entity_id);
CREATE INDEX entity_roles_by_of ON entity_roles (of_entity_id);

-- A name found after (or before) a title («وزیر امور خارجه X», «X، دبیرکل …») that no entity
-- has yet: offered to the editor as a person to add, with the role found. A dismissed one is
-- never offered again in that article.
CREATE TABLE name_proposals (
  article_id  TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  -- aliasKey(name): «ریاض المالکی» and «رياض المالكي» are one proposal.
  name_key    TEXT    NOT NULL,
  name        TEXT    NOT NULL,
  role        TEXT    NOT NULL DEFAULT '',
  occurrences INTEGER NOT NULL DEFAULT 1,
  state       TEXT    NOT NULL CHECK (state IN ('suggested', 'dismissed')),
  updated_at  TEXT    NOT NULL,
  PRIMARY KEY (article_id, name_key)
) WITHOUT ROWID;
CREATE INDEX name_proposals_by_state ON name_proposals (state, article_id);
CREATE INDEX name_proposals_by_key ON name_proposals (name_key);

-- One bulk decision («confirm this name in every article», «confirm all names of this
-- article»): the mention rows as they were before it, so the decision can be undone whole.
CREATE TABLE mention_batches (
  id       TEXT NOT NULL PRIMARY KEY,
  made_at  TEXT NOT NULL,
  state    TEXT NOT NULL CHECK (state IN ('confirmed', 'dismissed')),
  -- [{articleId, entityId, state, origin, occurrences} | {articleId, entityId, absent: true}]
  before   TEXT NOT NULL CHECK (json_valid(before)),
  undone_at TEXT
) WITHOUT ROWID;

-- Who said what: a sentence of an article attributed to a speaker. Detected ones follow the
-- text on every save; an editor's quote (origin 'manual', or a detected one they corrected)
-- is theirs. A removed one stays as a tombstone so detection never brings it back.
CREATE TABLE quotes (
  id         TEXT    NOT NULL PRIMARY KEY,
  article_id TEXT    NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  entity_id  TEXT    REFERENCES entities (id) ON DELETE SET NULL,
  -- The speaker as the text names them («ظریف», «وی» resolved to «رتنو مرسودی»).
  speaker    TEXT    NOT NULL,
  sentence   TEXT    NOT NULL CHECK (length(trim(sentence)) > 0),
  -- normalizeSearchKey(sentence).joined: the same sentence after a re-save is the same quote.
  sentence_key TEXT  NOT NULL,
  origin     TEXT    NOT NULL CHECK (origin IN ('detected', 'manual')),
  removed    INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1)),
  updated_at TEXT    NOT NULL,
  UNIQUE (article_id, sentence_key)
);
CREATE INDEX quotes_by_entity ON quotes (entity_id, article_id) WHERE removed = 0;

-- Imported articles that carried no date and no dateline: their creation day is the day of
-- the import, not the story's, so timelines show them apart instead of under that day.
CREATE TABLE undated_articles (
  article_id TEXT NOT NULL PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
) WITHOUT ROWID;
