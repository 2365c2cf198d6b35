/**
 * An archive as the app and the browser shell hold it, in the archive worker (host/): opened
 * under the archive's lock, backed up before a migration or an index rebuild, every 30 minutes
 * while it changes, and on close; checked on open (in the background, while it is in use) and
 * watched for damage on every call and job; opened read-only when the file may not be written;
 * and restored from a backup on request. Its long operations (backups, restores, the index
 * rebuild, the archive's other jobs) run in one job runner that outlives the archive a restore
 * replaces. Its `services` answer the whole API contract, even when the archive is damaged:
 * the archive's own methods then fail with `damaged`, and the state, the backups and the jobs
 * (a restore above all) still work.
 */
import { existsSync } from 'node:fs';
import {
  API_METHODS,
  type ArchiveContentServices,
  type ArchiveServices,
  type ArchiveState,
  type BackupRestored,
  type BackupTaken,
  type JobKind,
  type JobStatus,
  type SafekeepingMethod,
  type StartJobRequest,
} from '../../common/contract';
import type { BackupReason } from '../../common/constants';
import { ArchiveError } from '../../common/result';
import { Archive } from '../archive';
import { archiveJobs, ONE_AT_A_TIME as ARCHIVE_ONE_AT_A_TIME, type ArchiveJobKind } from '../jobs/archive-jobs';
import { JobRunner, type JobHandler, type JobHandlers } from '../jobs/job-runner';
import type { LongOperationOptions } from '../jobs/long-operation';
import { applyMigrations, pendingMigrations, schemaVersionOf } from '../migrate';
import { connectDatabase, migrationsOf, type ArchiveDatabase, type OpenDatabaseOptions } from '../open';
import { SearchIndex } from '../search/search-index';
import { describeDamage, isDamage, isReadOnlyFile, refuseOutdatedReadOnly, takeLock } from './archive-access';
import type { ArchiveLock, LockHolder } from './archive-lock';
import { backupsFolderOf } from './backup-files';
import { backupPathOf, listBackups, newestVerifiedBackup, takeBackup } from './backups-folder';
import { quickCheckByTable } from './check-archive';
import { restoreArchive } from './restore-archive';
import { countArticles } from './verify-copy';
import { cachedStatement } from '../statement-cache';

export const BACKUP_INTERVAL_MS = 30 * 60 * 1000;

/** Kinds of which a second start while one runs answers with the running one: the archive's, and a backup. */
const ONE_AT_A_TIME: ReadonlySet<JobKind> = new Set([...ARCHIVE_ONE_AT_A_TIME, 'backup']);
/** Backups and restores copy the whole archive: one of them at a time. */
const SAFEKEEPING_JOBS: ReadonlySet<JobKind> = new Set(['backup', 'restoreBackup']);

export interface ArchiveSessionOptions extends Omit<OpenDatabaseOptions, 'readonly'> {
  holder: LockHolder;
  /** How long to wait for the archive's lock: a worker that replaces one that died waits for its lock to go. */
  lockWaitMs?: number;
  /** How often an archive that changed is backed up while open. */
  backupIntervalMs?: number;
  /** The clock, for tests. */
  now?: () => Date;
  /** Told of every change of a job's status (the worker posts it to the host). */
  onJobChange?: (status: JobStatus) => void;
  /** Where failures in the background (a scheduled backup, the check on open) are reported. */
  log?: (message: string) => void;
}

export class ArchiveSession {
  readonly services: ArchiveServices;
  /** Backups, restores and the archive's own long operations, with progress and cancel. */
  readonly jobs: JobRunner;
  /** The index rebuild started on open, if the index needed one. */
  rebuildJob: JobStatus | null = null;
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
  private timer: ReturnType<typeof setInterval> | null = null;
  /** What the archive's change counters said when the last backup began. */
  private stampAtLastBackup: string | null = null;
  private closed = false;

  private constructor(
    readonly path: string,
    private readonly options: ArchiveSessionOptions,
    private readonly lock: ArchiveLock | null,
  ) {
    this.jobs = new JobRunner(this.jobHandlers(), { oneAtATime: ONE_AT_A_TIME, onChange: (status) => options.onJobChange?.(status) });
    this.services = this.buildServices();
  }

  /**
   * Opens the archive at `path`. Throws ArchiveBusyError when another Dabir holds it,
   * NotAnArchiveError for another program's database, and the reason when it can't be opened
   * at all; a damaged archive opens as a session in the `damaged` state.
   */
  static async open(path: string, options: ArchiveSessionOptions): Promise<ArchiveSession> {
    const lock = takeLock(path, { holder: options.holder, nativeBinding: options.nativeBinding, waitMs: options.lockWaitMs });
    const session = new ArchiveSession(path, options, lock);
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

  /**
   * Starts a job. A backup or a restore is refused while the other runs (a second backup is
   * the running one); a damaged archive is never backed up (its backup could rotate a good one
   * out), a read-only one never restored over; the archive's own jobs need an archive.
   */
  startJob(request: StartJobRequest): JobStatus {
    if (SAFEKEEPING_JOBS.has(request.kind)) {
      const running = this.runningJobs().find((job) => SAFEKEEPING_JOBS.has(job.kind));
      if (running && !(running.kind === 'backup' && request.kind === 'backup')) {
        throw new ArchiveError('busy', 'A backup or restore is already running; try again when it has finished.');
      }
    }
    if (request.kind === 'backup' && this.access === 'damaged') {
      throw new ArchiveError('damaged', 'A damaged archive is not backed up: its backup could replace a good one. Restore a backup instead.');
    }
    if (request.kind === 'restoreBackup') {
      if (this.access === 'read-only') throw new ArchiveError('read_only', 'The archive is read-only, so it cannot be replaced by a backup.');
      this.backupNamed(request.input.name);
    } else if (!SAFEKEEPING_JOBS.has(request.kind)) {
      void this.archive;
    }
    return this.jobs.start(request);
  }

  /**
   * Stops the running jobs (each keeps what it finished), backs the archive up when it changed
   * since its last backup (or has never been backed up), closes it and lets go of its lock.
   */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.stopSchedule();
    this.checkAbort.abort();
    await this.jobs.stopAll();
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
    this.rebuildJob = null;
    this.indexReady = Promise.resolve();
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
      const rebuild = !readOnly && new SearchIndex(db).needsRebuild();
      if (rebuild && !backedUp && countArticles(db) > 0) await this.backUp('before-index-rebuild', {});
      this.current = new Archive(db);
      if (!readOnly && this.current.searchIndex.needsRebuild()) this.startRebuild();
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

  private startRebuild(): void {
    const job = this.jobs.start({ kind: 'rebuildIndex', input: {} });
    this.rebuildJob = job;
    this.indexReady = this.jobs.settled(job.id).then((ended) => {
      if (ended.state === 'failed') this.log(`The search index rebuild failed: ${ended.error?.message ?? 'unknown error'}`);
    });
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

  private jobHandlers(): JobHandlers {
    // The archive's own kinds go to whichever archive is open when the job starts (a restore replaces it).
    const onArchive = <K extends ArchiveJobKind>(kind: K): JobHandler<K> => {
      return async (input, options) => {
        const handler = archiveJobs(this.archive)[kind] as JobHandler<K>;
        return this.watchingForDamage(() => handler(input, options));
      };
    };
    return {
      rebuildIndex: onArchive('rebuildIndex'),
      tagArticles: onArchive('tagArticles'),
      exportArticles: onArchive('exportArticles'),
      importFiles: onArchive('importFiles'),
      backup: ({ reason }, options) => this.backUp(reason, options),
      restoreBackup: ({ name }, options) => this.restore(name, options),
    };
  }

  private async backUp(reason: BackupReason, options: LongOperationOptions): Promise<BackupTaken> {
    const db = this.db;
    if (!db) throw new ArchiveError('unavailable', 'The archive is not open.');
    const stamp = this.changeStamp();
    const taken = await this.watchingForDamage(() => takeBackup(db, this.path, reason, { ...options, ...this.copyOptions() }));
    this.stampAtLastBackup = stamp;
    return { backup: taken.backup };
  }

  /** Replaces the archive with the backup called `name` from its Backups folder. */
  private async restore(name: string, options: LongOperationOptions): Promise<BackupRestored> {
    const { source, info } = this.backupNamed(name);
    this.stopSchedule();
    this.checkAbort.abort();
    // The archive's own jobs (an index rebuild) stop, keeping what they finished, before it is replaced.
    await Promise.all(this.runningJobs().filter((job) => job.kind !== 'restoreBackup').map((job) => this.jobs.settled(this.jobs.cancel(job.id).id)));
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
  }

  private backupNamed(name: string) {
    const source = backupPathOf(this.path, name);
    const info = listBackups(this.path).find((backup) => backup.name === name);
    if (!source || !info) throw new ArchiveError('not_found', `There is no backup called ${name} in ${backupsFolderOf(this.path)}`);
    return { source, info };
  }

  private runningJobs(): JobStatus[] {
    return this.jobs.list().filter((job) => job.state === 'running');
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
      if (this.access !== 'read-write' || !this.changedSinceBackup()) return;
      if (this.runningJobs().some((job) => SAFEKEEPING_JOBS.has(job.kind))) return;
      this.jobs.start({ kind: 'backup', input: { reason: 'scheduled' } });
    }, this.options.backupIntervalMs ?? BACKUP_INTERVAL_MS);
    // A pending backup must not keep a process alive.
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
    const changes = (cachedStatement(db, 'SELECT total_changes() AS n').get() as { n: number }).n;
    return `${changes}:${db.pragma('data_version', { simple: true })}`;
  }

  private changedSinceBackup(): boolean {
    return this.changeStamp() !== this.stampAtLastBackup;
  }

  /** Runs `work`; when SQLite finds the file damaged meanwhile, the session is marked damaged. */
  private async watchingForDamage<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (isDamage(error) && !(error instanceof ArchiveError)) this.markDamaged(describeDamage(error));
      throw error;
    }
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
    const own: Pick<ArchiveServices, SafekeepingMethod | 'startJob' | 'getJob' | 'cancelJob' | 'listJobs'> = {
      getArchiveState: () => this.state(),
      listBackups: () => listBackups(this.path),
      startJob: (request) => this.startJob(request),
      getJob: ({ id }) => this.jobs.get(id),
      cancelJob: ({ id }) => this.jobs.cancel(id),
      listJobs: ({ kind }) => this.jobs.list(kind),
    };
    const content = {} as Record<string, (args: unknown) => unknown>;
    for (const method of API_METHODS) {
      if (Object.hasOwn(own, method)) continue;
      content[method] = (args) => {
        const services = this.archive.services as Record<string, (args: unknown) => unknown>;
        try {
          return services[method](args);
        } catch (error) {
          // SQLite found the file damaged mid-session: from now on the app offers a restore.
          if (!isDamage(error) || error instanceof ArchiveError) throw error;
          this.markDamaged(describeDamage(error));
          throw new ArchiveError('damaged', `The archive file is damaged (${describeDamage(error)}); nothing was changed.`);
        }
      };
    }
    return { ...(content as unknown as ArchiveContentServices), ...own };
  }
}
