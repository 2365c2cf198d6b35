/**
 * The archive's own thread: opens the archive named in workerData as an archive session
 * (under the archive's lock, backed up before an upgrade, checked, watched for damage; see
 * db/safekeeping/archive-session.ts) and answers the host's calls one at a time, in order,
 * with the same dispatch (validation, services, errors as values) every front door uses. Long
 * operations (backups, restores, the index rebuild, bulk jobs) run here as jobs, a batch per
 * turn of this thread's event loop, so calls are answered between their batches; their
 * progress goes to the host as it happens. All SQL of the app and the browser shell runs on
 * this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { dispatchApiCall, parseBody } from '../api/dispatch';
import { ArchiveSession } from '../db/safekeeping/archive-session';
import type { ArchiveWorkerData, FromWorker, ToWorker } from './worker-protocol';

if (!parentPort) throw new Error('archive-worker.ts runs in a worker thread, started by the archive host');
const port = parentPort;

const post = (message: FromWorker) => port.postMessage(message);
const { dbPath, nativeBinding, migrationsDir, holder, backupIntervalMs, lockWaitMs } = workerData as ArchiveWorkerData;

function serve(session: ArchiveSession): void {
  post({ type: 'ready', rebuild: session.rebuildJob });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      post({ type: 'reply', id: message.id, result: dispatchApiCall(session.services, message.method, message.args) });
    } else if (message.type === 'call-json') {
      const args = parseBody(message.body);
      const result = args.ok ? dispatchApiCall(session.services, message.method, args.value) : args;
      post({ type: 'reply-json', id: message.id, json: JSON.stringify(result), malformed: !args.ok });
    } else if (message.type === 'close') {
      // Stops the jobs, backs the archive up when it changed, closes it and lets go of its lock.
      void session.close().then(() => {
        post({ type: 'closed' });
        port.close();
      });
    }
  });
}

ArchiveSession.open(dbPath, {
  holder: holder ?? 'app',
  nativeBinding,
  migrationsDir,
  backupIntervalMs,
  lockWaitMs,
  onJobChange: (status) => post({ type: 'job', status }),
  log: (line) => process.stderr.write(`${line}\n`),
}).then(serve, (error: unknown) => {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  const code = (error as { code?: unknown } | null)?.code;
  post({ type: 'open-failed', name, message, ...(typeof code === 'string' ? { code } : {}) });
  port.close();
});
