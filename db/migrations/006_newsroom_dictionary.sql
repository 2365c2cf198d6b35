-- The newsroom dictionary: words the desk has told the spellchecker are right (names of
-- people and places not yet in the gazetteer, new coinages). One row per word as written.
CREATE TABLE newsroom_words (
  word     TEXT NOT NULL PRIMARY KEY CHECK (length(trim(word)) > 0),
  added_at TEXT NOT NULL
) WITHOUT ROWID;
