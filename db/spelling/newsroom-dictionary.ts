/**
 * The spellchecker's own words from the archive: the newsroom dictionary (words the desk
 * added) and the names of every known entity (canonical names and aliases), which count as
 * known words because a news desk writes them all day.
 */
import type { SpellingLexicon } from '../../common/api/spelling';
import type { ArchiveDatabase } from '../open';
import { cachedPluck, cachedStatement } from '../statement-cache';

export class NewsroomDictionary {
  constructor(private readonly db: ArchiveDatabase) {}

  lexicon(): SpellingLexicon {
    return {
      words: cachedPluck<[], string>(this.db, 'SELECT word FROM newsroom_words ORDER BY word').all(),
      names: cachedPluck<[], string>(this.db, 'SELECT canonical AS name FROM entities UNION SELECT alias FROM entity_aliases').all(),
    };
  }

  add(word: string): { word: string } {
    const trimmed = word.trim().normalize('NFC');
    cachedStatement<[string, string]>(this.db, 'INSERT OR IGNORE INTO newsroom_words (word, added_at) VALUES (?, ?)').run(trimmed, new Date().toISOString());
    return { word: trimmed };
  }
}
