/**
 * The host of the archive worker, the same for Electron's main process and the browser
 * shell: it starts the worker, hands it every API call and resolves each with the worker's
 * `Result`, so the thread that serves the window runs no SQL. It keeps the jobs' progress as
 * the worker reports it. If the worker dies, calls in flight are answered `unavailable` (their
 * outcome is unknown), running jobs end as failed, and a new worker reopens the archive;
 * every save the worker had acknowledged was committed (synchronous=FULL) before its reply
 * was posted. On close, everything handed over is answered before the worker exits.
 */
import type { Worker } from 'node:worker_threads';
import type { ArchiveRestarts, ArchiveServices } from '../common/contract';
import { fail, ok, type Result } from '../common/result';
import { dispatchApiCall, parseBody } from '../api/dispatch';
import { JobBoard } from './job-board';
import type { ArchiveWorkerData, FromWorker, ToWorker } from './worker-protocol';
import { startArchiveWorker } from './worker-script';

export interface RestartReport {
  count: number;
  reason: string;
  /** False when the archive could not be reopened: the host then answers every call `unavailable`. */
  reopened: boolean;
}

export interface ArchiveHostOptions extends ArchiveWorkerData {
  /** Told each time the worker died unasked, once it is known whether the archive reopened. */
  onRestart?: (report: RestartReport) => void;
}

/** A worker that dies this often this quickly is not helped by another: the host gives up. */
const MAX_RESTARTS_PER_WINDOW = 5;
const RESTART_WINDOW_MS = 60_000;
/** A close waits this long for the worker to finish its queue (and the backup on quit) before ending it. */
const CLOSE_TIMEOUT_MS = 60_000;
/** A worker replacing one that died waits this long for the dead one's hold on the archive's lock to go. */
const RELAUNCH_LOCK_WAIT_MS = 5_000;

type State = 'running' | 'closing' | 'closed' | 'failed';

/** A call's answer as the worker gave it: a value for IPC, or JSON text ready for an HTTP body. */
type Reply = { result: Result<unknown> } | { json: string; malformed: boolean };

export interface JsonAnswer {
  json: string;
  /** The body was not JSON: the answer says so, and HTTP says 400. */
  malformed: boolean;
}

export class ArchiveHost {
  private worker!: Worker;
  private workerReady = false;
  /** Messages for a worker that is still opening the archive, sent in order once it has. */
  private outbox: ToWorker[] = [];
  private nextCallId = 1;
  private readonly pending = new Map<number, (reply: Reply) => void>();
  private readonly jobs = new JobBoard();
  private readonly restarts: Omit<ArchiveRestarts, 'available'> = { count: 0, last: null };
  private recentDeaths: number[] = [];
  private state: State = 'running';
  private failure = '';
  private closing: Promise<void> | null = null;
  private whenClosed: (() => void) | null = null;
  /** Answered by the host: they read the host's own records, not the archive. */
  private readonly hostServices: Partial<ArchiveServices> = {
    getJob: ({ id }) => this.jobs.get(id),
    listJobs: ({ kind }) => this.jobs.list(kind),
    getArchiveRestarts: () => ({ count: this.restarts.count, last: this.restarts.last && { ...this.restarts.last }, available: this.state !== 'failed' }),
  };
  /** Settles when the index rebuild started on open (if any) has ended. */
  indexReady: Promise<void> = Promise.resolve();

  private constructor(private readonly options: ArchiveHostOptions) {}

  /** Starts the worker and resolves once the archive is open; rejects with the reason it could not be. */
  static async start(options: ArchiveHostOptions): Promise<ArchiveHost> {
    const host = new ArchiveHost(options);
    const ready = await host.launch();
    if (ready.rebuild) host.indexReady = host.jobs.settled(ready.rebuild.id).then(() => undefined);
    return host;
  }

  call(method: string, args: unknown): Promise<Result<unknown>> {
    // Answered even when the archive is gone: they are how the window learns that it is.
    const here = this.answeredHere(method, args);
    if (here) return Promise.resolve(here);
    if (this.state !== 'running') {
      return Promise.resolve(fail('unavailable', this.state === 'failed' ? this.failure : 'The archive is closing'));
    }
    return new Promise((resolve) => {
      const id = this.nextCallId++;
      this.pending.set(id, (reply) => resolve('result' in reply ? reply.result : (JSON.parse(reply.json) as Result<unknown>)));
      this.send({ type: 'call', id, method, args });
    });
  }

  /**
   * The same for the browser shell, with the request's body as it came: the worker parses it
   * and writes the answer's JSON, so this thread only passes text along however big a save
   * or a search result is.
   */
  callWithJson(method: string, body: string): Promise<JsonAnswer> {
    const asJson = (result: Result<unknown>, malformed = false): JsonAnswer => ({ json: JSON.stringify(result), malformed });
    if (this.state !== 'running' || Object.hasOwn(this.hostServices, method) || method === 'cancelJob') {
      const args = parseBody(body);
      return args.ok ? this.call(method, args.value).then((result) => asJson(result)) : Promise.resolve(asJson(args, true));
    }
    return new Promise((resolve) => {
      const id = this.nextCallId++;
      this.pending.set(id, (reply) => resolve('result' in reply ? asJson(reply.result) : reply));
      this.send({ type: 'call-json', id, method, body });
    });
  }

  /** Answers what was handed over, lets the worker stop its jobs and close the archive, then ends it. */
  close(): Promise<void> {
    if (this.closing) return this.closing;
    const wasFailed = this.state === 'failed';
    this.state = 'closing';
    this.closing = new Promise((resolve) => {
      if (wasFailed) return resolve();
      const worker = this.worker;
      const timer = setTimeout(() => void worker.terminate(), CLOSE_TIMEOUT_MS);
      this.whenClosed = () => {
        clearTimeout(timer);
        this.state = 'closed';
        this.answerPending('The archive closed before answering');
        resolve();
      };
      this.send({ type: 'close' });
    });
    return this.closing;
  }

  /**
   * Ends the worker the way a crash would, without letting it finish anything. The host must
   * recover as from a real crash; the tests use this to check that nothing acknowledged is lost.
   */
  killWorker(): Promise<number> {
    return this.worker.terminate();
  }

  private send(message: ToWorker): void {
    if (this.workerReady) this.worker.postMessage(message);
    else this.outbox.push(message);
  }

  private answeredHere(method: string, args: unknown): Result<unknown> | null {
    if (method === 'cancelJob') {
      // A job that has ended, or that ended with a worker that died, is answered as it stands.
      const id = (args as { id?: unknown } | null)?.id;
      const known = typeof id === 'string' ? this.jobs.find(id) : undefined;
      return known && known.state !== 'running' ? ok(known) : null;
    }
    return Object.hasOwn(this.hostServices, method) ? dispatchApiCall(this.hostServices, method, args) : null;
  }

  private launch(relaunch = false): Promise<Extract<FromWorker, { type: 'ready' }>> {
    const { dbPath, nativeBinding, migrationsDir, holder, backupIntervalMs } = this.options;
    const workerData: ArchiveWorkerData = { dbPath, nativeBinding, migrationsDir, holder, backupIntervalMs, lockWaitMs: relaunch ? RELAUNCH_LOCK_WAIT_MS : undefined };
    const worker = startArchiveWorker(workerData);
    this.worker = worker;
    this.workerReady = false;
    let lastError: Error | undefined;
    return new Promise((resolve, reject) => {
      worker.on('message', (message: FromWorker) => {
        if (message.type === 'ready') {
          if (message.rebuild) this.jobs.record(message.rebuild);
          this.workerReady = true;
          const waiting = this.outbox;
          this.outbox = [];
          for (const queued of waiting) worker.postMessage(queued);
          resolve(message);
        } else if (message.type === 'open-failed') {
          // The code (`busy`: another Dabir holds the archive) lets a shell say why in its own words.
          lastError = Object.assign(new Error(message.message), { name: message.name, code: message.code });
        } else if (message.type === 'reply' || message.type === 'reply-json') {
          this.pending.get(message.id)?.(message.type === 'reply' ? { result: message.result } : message);
          this.pending.delete(message.id);
        } else if (message.type === 'job') {
          this.jobs.record(message.status);
        }
      });
      // An uncaught exception in the worker; 'exit' follows.
      worker.on('error', (error) => (lastError = error));
      worker.on('exit', (code) => {
        if (worker !== this.worker) return;
        if (this.state === 'closing' || this.state === 'closed') return this.whenClosed?.();
        const reason = lastError ? `${lastError.name}: ${lastError.message}` : `the archive worker stopped (exit code ${code})`;
        if (!this.workerReady) return reject(lastError ?? new Error(reason));
        this.recover(reason);
      });
    });
  }

  private recover(reason: string): void {
    this.answerPending('The archive stopped while answering; it may not have been done. The archive was reopened: try again');
    this.jobs.interruptRunning('The archive stopped while this ran; it was reopened, and this can be started again');
    const now = Date.now();
    this.recentDeaths = [...this.recentDeaths.filter((at) => now - at < RESTART_WINDOW_MS), now];
    this.restarts.count += 1;
    this.restarts.last = { at: new Date(now).toISOString(), reason };
    const report = (reopened: boolean) => this.options.onRestart?.({ count: this.restarts.count, reason, reopened });
    if (this.recentDeaths.length > MAX_RESTARTS_PER_WINDOW) return this.giveUp(`The archive stopped ${this.recentDeaths.length} times in a minute (${reason})`, report);
    this.launch(true).then(
      () => report(true),
      (error: Error) => this.giveUp(`The archive could not be reopened: ${error.message}`, report),
    );
  }

  private giveUp(failure: string, report: (reopened: boolean) => void): void {
    this.failure = failure;
    if (this.state === 'running') this.state = 'failed';
    this.outbox = [];
    this.answerPending(failure);
    this.whenClosed?.();
    report(false);
  }

  private answerPending(message: string): void {
    for (const resolve of this.pending.values()) resolve({ result: fail('unavailable', message) });
    this.pending.clear();
  }
}
