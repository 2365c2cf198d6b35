/**
 * The spellchecker's own words from the archive: the newsroom dictionary (words the desk
 * added) and the names of every known entity (canonical names and aliases), which count as
 * known words because a news desk writes them all day.
 */
import type { SpellingLexicon } from '../../common/api/spelling';
import type { ArchiveDatabase } from '../open';

export class NewsroomDictionary {
  private readonly words;
  private readonly names;
  private readonly insert;

  constructor(db: ArchiveDatabase) {
    this.words = db.prepare<[], { word: string }>('SELECT word FROM newsroom_words ORDER BY word');
    this.names = db.prepare<[], { name: string }>('SELECT canonical AS name FROM entities UNION SELECT alias FROM entity_aliases');
    this.insert = db.prepare('INSERT OR IGNORE INTO newsroom_words (word, added_at) VALUES (?, ?)');
  }

  lexicon(): SpellingLexicon {
    return {
      words: this.words.all().map((row) => row.word),
      names: this.names.all().map((row) => row.name),
    };
  }

  add(word: string): { word: string } {
    const trimmed = word.trim().normalize('NFC');
    this.insert.run(trimmed, new Date().toISOString());
    return { word: trimmed };
  }
}
