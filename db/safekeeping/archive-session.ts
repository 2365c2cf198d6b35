/**
 * An archive as the app and the browser shell hold it: opened under the archive's lock,
 * backed up before a migration or an index rebuild, every 30 minutes while it changes, and on
 * close; checked on open (in the background, while it is in use) and watched for damage on
 * every call; opened read-only when the file may not be written; and restored from a backup
 * on request. Its `services` answer the whole API contract, even when the archive is damaged:
 * the archive's own methods then fail with `damaged`, and the safekeeping methods still work.
 */
import { existsSync } from 'node:fs';
import {
  API_METHODS,
  type ArchiveContentServices,
  type ArchiveServices,
  type ArchiveState,
  type BackupJob,
  type SafekeepingMethod,
} from '../../common/contract';
import type { BackupReason } from '../../common/constants';
import { ArchiveError } from '../../common/result';
import { Archive } from '../archive';
import type { LongOperationOptions } from '../long-operation';
import { applyMigrations, pendingMigrations, schemaVersionOf } from '../migrate';
import { connectDatabase, migrationsOf, type ArchiveDatabase, type OpenDatabaseOptions } from '../open';
import { SearchIndex } from '../search/search-index';
import { describeDamage, isDamage, isReadOnlyFile, refuseOutdatedReadOnly, takeLock } from './archive-access';
import type { ArchiveLock, LockHolder } from './archive-lock';
import { backupsFolderOf } from './backup-files';
import { BackupJobs, type JobResult } from './backup-jobs';
import { backupPathOf, listBackups, newestVerifiedBackup, takeBackup } from './backups-folder';
import { quickCheckByTable } from './check-archive';
import { restoreArchive } from './restore-archive';
import { countArticles } from './verify-copy';

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

export interface ArchiveSessionOptions extends Omit<OpenDatabaseOptions, 'readonly'> {
  holder: LockHolder;
  /** How often an archive that changed is backed up while open. */
  backupIntervalMs?: number;
  /** The clock, for tests. */
  now?: () => Date;
  /** Where failures in the background (a scheduled backup, the check on open) are reported. */
  log?: (message: string) => void;
}

export class ArchiveSession {
  readonly services: ArchiveServices;
  /** Settles when the search index is current (at once, unless it had to be rebuilt). */
  indexReady: Promise<void> = Promise.resolve();
  /** Settles when the check run on open has finished. */
  checked: Promise<void> = Promise.resolve();

  private db: ArchiveDatabase | null = null;
  private current: Archive | null = null;
  private access: ArchiveState['access'] = 'read-write';
  private damage: string | null = null;
  private checkFinished = false;
  private checkAbort = new AbortController();
  /** A restore is replacing the archive: calls wait for the app to reload rather than fail as damage. */
  private restoring = false;
  private readonly jobs: BackupJobs;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** What the archive's change counters said when the last backup began. */
  private stampAtLastBackup: string | null = null;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly options: ArchiveSessionOptions,
    private readonly lock: ArchiveLock | null,
  ) {
    this.jobs = new BackupJobs(options.now ?? (() => new Date()), (message) => this.log(message));
    this.services = this.buildServices();
  }

  /**
   * Opens the archive at `path`. Throws ArchiveBusyError when another Dabir holds it,
   * NotAnArchiveError for another program's database, and the reason when it can't be opened
   * at all; a damaged archive opens as a session in the `damaged` state.
   */
  static async open(path: string, options: ArchiveSessionOptions): Promise<ArchiveSession> {
    const session = new ArchiveSession(path, options, takeLock(path, { holder: options.holder, nativeBinding: options.nativeBinding }));
    try {
      await session.load();
    } catch (error) {
      session.releaseEverything();
      throw error;
    }
    return session;
  }

  /** The open archive; throws `damaged` when it is damaged. */
  get archive(): Archive {
    if (this.restoring) throw new ArchiveError('unavailable', 'The archive is being restored from a backup; try again in a moment.');
    if (this.access === 'damaged' || !this.current) {
      throw new ArchiveError('damaged', `The archive ${this.path} is damaged: ${this.damage ?? 'it could not be opened'}`);
    }
    return this.current;
  }

  state(): ArchiveState {
    return {
      access: this.access,
      path: this.path,
      backupsFolder: backupsFolderOf(this.path),
      damage: this.damage,
      checked: this.checkFinished,
      newestBackup: newestVerifiedBackup(this.path),
    };
  }

  /** Starts a backup now (or answers with the one already running). */
  startBackup(reason: BackupReason = 'manual'): BackupJob {
    if (this.access === 'damaged') {
      throw new ArchiveError('damaged', 'A damaged archive is not backed up: its backup could replace a good one. Restore a backup instead.');
    }
    return this.jobs.start('backup', reason, (options) => this.backUp(reason, options));
  }

  /** Replaces the archive with the backup called `name` from its Backups folder. */
  startRestore(name: string): BackupJob {
    if (this.access === 'read-only') throw new ArchiveError('read_only', 'The archive is read-only, so it cannot be replaced by a backup.');
    const source = backupPathOf(this.path, name);
    const info = listBackups(this.path).find((backup) => backup.name === name);
    if (!source || !info) throw new ArchiveError('not_found', `There is no backup called ${name} in ${backupsFolderOf(this.path)}`);
    return this.jobs.start('restore', null, async (options) => {
      this.stopSchedule();
      this.checkAbort.abort();
      await this.indexReady.catch(() => {});
      const healthy = this.access === 'damaged' ? null : this.db;
      try {
        const outcome = await restoreArchive(
          this.path,
          source,
          healthy,
          () => {
            this.restoring = true;
            this.closeArchive();
          },
          { ...options, ...this.copyOptions() },
        );
        this.restoring = false;
        await this.load();
        return { backup: info, keptAs: outcome.keptAs };
      } catch (error) {
        this.restoring = false;
        // A restore that failed left the archive file as it was: open it again (if it was closed) and carry on.
        if (!this.db) await this.load().catch(() => {});
        else if (this.access === 'read-write') this.startSchedule();
        throw error;
      }
    });
  }

  /**
   * Closes the archive, backing it up first when it changed since its last backup (or has
   * never been backed up), then lets go of its lock.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopSchedule();
    this.checkAbort.abort();
    await this.jobs.idle();
    if (this.access === 'read-write' && this.db && (this.changedSinceBackup() || newestVerifiedBackup(this.path) === null)) {
      try {
        await this.backUp('quit', {});
      } catch (error) {
        this.log(`The backup on close failed: ${(error as Error).message}`);
      }
    }
    this.releaseEverything();
  }

  private async load(): Promise<void> {
    this.access = 'read-write';
    this.damage = null;
    this.checkFinished = false;
    this.checkAbort = new AbortController();
    const readOnly = this.lock === null || isReadOnlyFile(this.path);
    if (readOnly && !existsSync(this.path)) {
      throw new ArchiveError('read_only', `There is no archive at ${this.path}, and its folder is read-only, so none can be made there.`);
    }
    let db: ArchiveDatabase;
    try {
      db = connectDatabase(this.path, { ...this.options, readonly: readOnly });
    } catch (error) {
      if (!isDamage(error)) throw error;
      this.markDamaged(describeDamage(error));
      this.checkFinished = true;
      return;
    }
    this.db = db;
    if (readOnly) this.access = 'read-only';
    try {
      const backedUp = readOnly ? false : await this.migrate(db);
      if (readOnly) refuseOutdatedReadOnly(db, migrationsOf(this.options).length);
      // Decided before the Archive is made: a new normaliser also re-keys the names' aliases then.
      const rebuild = !readOnly && new SearchIndex(db).needsRebuild() && countArticles(db) > 0;
      if (rebuild && !backedUp) await this.backUp('before-index-rebuild', {});
      this.current = new Archive(db);
      if (rebuild) {
        this.indexReady = this.current.searchIndex.rebuildInBackground();
        this.indexReady.catch((error) => this.log(`The search index rebuild failed: ${(error as Error).message}`));
      }
    } catch (error) {
      if (!isDamage(error)) {
        this.closeArchive();
        throw error;
      }
      this.markDamaged(describeDamage(error));
      this.checkFinished = true;
      return;
    }
    this.stampAtLastBackup = this.changeStamp();
    this.checked = this.checkInBackground(db);
    if (!readOnly) this.startSchedule();
  }

  /** Runs pending migrations, backing the archive up first; true when it took that backup. */
  private async migrate(db: ArchiveDatabase): Promise<boolean> {
    const migrations = migrationsOf(this.options);
    const upgrade = pendingMigrations(db, migrations).length > 0 && schemaVersionOf(db) > 0;
    if (upgrade) await this.backUp('before-migration', {});
    applyMigrations(db, migrations);
    return upgrade;
  }

  /** The quick check on open, a table at a time while the archive answers other calls. */
  private async checkInBackground(db: ArchiveDatabase): Promise<void> {
    try {
      const problems = await quickCheckByTable(db, { signal: this.checkAbort.signal });
      if (problems.length > 0) this.markDamaged(`quick_check: ${problems.join('; ')}`);
    } catch (error) {
      if (isDamage(error)) this.markDamaged(describeDamage(error));
      // Cancelled by a close or a restore, or the connection closed under it: nothing to say.
    } finally {
      if (!this.checkAbort.signal.aborted) this.checkFinished = true;
    }
  }

  private async backUp(reason: BackupReason, options: LongOperationOptions): Promise<JobResult> {
    const db = this.db;
    if (!db) throw new ArchiveError('unavailable', 'The archive is not open.');
    const stamp = this.changeStamp();
    const taken = await takeBackup(db, this.path, reason, { ...options, ...this.copyOptions() });
    this.stampAtLastBackup = stamp;
    return { backup: taken.backup, keptAs: null };
  }

  private copyOptions() {
    return {
      newestSchema: migrationsOf(this.options).length,
      nativeBinding: this.options.nativeBinding,
      now: this.options.now,
    };
  }

  private startSchedule(): void {
    this.stopSchedule();
    this.timer = setInterval(() => {
      if (this.jobs.isRunning() || this.access !== 'read-write' || !this.changedSinceBackup()) return;
      this.jobs.start('backup', 'scheduled', (options) => this.backUp('scheduled', options));
    }, this.options.backupIntervalMs ?? BACKUP_INTERVAL_MS);
    // A pending backup must not keep a command or a test process alive.
    this.timer.unref?.();
  }

  private stopSchedule(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /**
   * This connection's changes, and the commits of any other (a command-line import), as one
   * value: when it differs from the last backup's, there is something new to back up.
   */
  private changeStamp(): string | null {
    const db = this.db;
    if (!db?.open) return null;
    const changes = (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
    return `${changes}:${db.pragma('data_version', { simple: true })}`;
  }

  private changedSinceBackup(): boolean {
    return this.changeStamp() !== this.stampAtLastBackup;
  }

  private markDamaged(detail: string): void {
    if (this.access !== 'damaged') this.log(`The archive ${this.path} is damaged: ${detail}`);
    this.access = 'damaged';
    this.damage = detail;
    this.stopSchedule();
  }

  private closeArchive(): void {
    this.stopSchedule();
    const db = this.db;
    this.current = null;
    this.db = null;
    if (db?.open) db.close();
  }

  private releaseEverything(): void {
    this.stopSchedule();
    this.closeArchive();
    this.lock?.release();
  }

  private log(message: string): void {
    (this.options.log ?? ((line: string) => process.stderr.write(`${line}\n`)))(message);
  }

  private buildServices(): ArchiveServices {
    const safekeeping: Pick<ArchiveServices, SafekeepingMethod> = {
      getArchiveState: () => this.state(),
      listBackups: () => listBackups(this.path),
      startBackup: () => this.startBackup('manual'),
      getBackupJob: () => ({ job: this.jobs.latest() }),
      restoreBackup: ({ name }) => this.startRestore(name),
    };
    const content = {} as Record<string, (args: unknown) => unknown>;
    for (const method of API_METHODS) {
      if (Object.hasOwn(safekeeping, method)) continue;
      content[method] = (args) => {
        const services = this.archive.services as Record<string, (args: unknown) => unknown>;
        try {
          return services[method](args);
        } catch (error) {
          // SQLite found the file damaged mid-session: from now on the app offers a restore.
          if (!isDamage(error)) throw error;
          this.markDamaged(describeDamage(error));
          throw new ArchiveError('damaged', `The archive file is damaged (${describeDamage(error)}); nothing was changed.`);
        }
      };
    }
    return { ...(content as unknown as ArchiveContentServices), ...safekeeping };
  }
}
