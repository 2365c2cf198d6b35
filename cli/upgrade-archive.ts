/**
 * Before a command opens an archive that a migration or a search-index rebuild is about to
 * change, the archive is backed up (db/safekeeping), as the app does. Most runs find nothing to
 * do and return at once; only then does a command wait for a backup.
 */
import { existsSync, statSync } from 'node:fs';
import type { BackupReason } from '../common/constants';
import { pendingMigrations, schemaVersionOf } from '../db/migrate';
import { connectDatabase, migrationsOf, type ArchiveDatabase } from '../db/open';
import { takeBackup } from '../db/safekeeping/backups-folder';
import { SearchIndex } from '../db/search/search-index';
import { countArticles } from '../db/safekeeping/verify-copy';
import { lockForWriting } from './archive-lock';
import type { CliIO } from './io';
import { MIGRATIONS_DIR, type ArchiveLocation } from './open-archive';
import { BACKUP_STRETCHES, phasedProgress, progressReporter } from './progress';

/**
 * A promise when the archive must be backed up first (settling once it is), undefined when
 * not. `rebuildsIndex`: the command rebuilds an outdated search index before it searches.
 */
export function backUpBeforeUpgrade(location: ArchiveLocation, io: CliIO, rebuildsIndex: boolean): Promise<void> | undefined {
  const reason = upgradeAhead(location.path, rebuildsIndex);
  if (!reason) return undefined;
  return backUp(location.path, reason, io);
}

/** Why the archive would change on open, or undefined; any problem opening it is the command's to report. */
function upgradeAhead(path: string, rebuildsIndex: boolean): BackupReason | undefined {
  if (!existsSync(path) || statSync(path).isDirectory()) return undefined;
  let db: ArchiveDatabase;
  try {
    db = connectDatabase(path, { readonly: true });
  } catch {
    return undefined;
  }
  try {
    const migrations = migrationsOf({ migrationsDir: MIGRATIONS_DIR });
    const version = schemaVersionOf(db);
    if (version > 0 && version < migrations.length && pendingMigrations(db, migrations).length > 0) return 'before-migration';
    if (rebuildsIndex && version === migrations.length && new SearchIndex(db).needsRebuild() && countArticles(db) > 0) {
      return 'before-index-rebuild';
    }
    return undefined;
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

async function backUp(path: string, reason: BackupReason, io: CliIO): Promise<void> {
  const lock = lockForWriting(path);
  const db = connectDatabase(path, { readonly: true });
  const report = progressReporter(io, `Backing up the archive before ${reason === 'before-migration' ? 'upgrading it' : 'rebuilding its search index'}`);
  try {
    const taken = await takeBackup(db, path, reason, { newestSchema: migrationsOf({ migrationsDir: MIGRATIONS_DIR }).length, onProgress: phasedProgress(report, BACKUP_STRETCHES) });
    report.done();
    io.stderr(`Backed up to ${taken.path}\n`);
  } finally {
    db.close();
    lock?.release();
  }
}
