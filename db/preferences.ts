/** The user's settings, kept in the archive so the app and the browser shell agree. */
import { DEFAULT_PREFERENCES, preferencesSchema, type Preferences } from '../common/contract';
import type { ArchiveDatabase } from './open';
import { cachedStatement } from './statement-cache';

export class PreferenceStore {
  constructor(private readonly db: ArchiveDatabase) {}

  get(): Preferences {
    const rows = cachedStatement(this.db, 'SELECT key, value FROM preferences').all() as { key: string; value: string }[];
    const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
    // A value written by a newer or older Dabir that no longer fits falls back to the default.
    const merged = { ...DEFAULT_PREFERENCES, ...stored };
    const parsed = preferencesSchema.safeParse(merged);
    return parsed.success ? parsed.data : DEFAULT_PREFERENCES;
  }

  set(changes: Partial<Preferences>): Preferences {
    const upsert = cachedStatement(this.db, 'INSERT INTO preferences (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
    this.db.transaction(() => {
      for (const [key, value] of Object.entries(changes)) {
        if (value !== undefined) upsert.run(key, JSON.stringify(value));
      }
    })();
    return this.get();
  }
}
