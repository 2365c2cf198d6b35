/**
 * The archive's own thread: opens the archive named in workerData and answers the host's
 * calls one at a time, in order, with the same dispatch (validation, services, errors as
 * values) every front door uses. Long operations run here as jobs, a batch per turn of this
 * thread's event loop, so calls are answered between their batches; their progress goes to
 * the host as it happens. All SQL of the app and the browser shell runs on this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Archive } from '../db/archive';
import { dispatchApiCall, parseBody } from '../db/dispatch';
import type { ArchiveWorkerData, FromWorker, ToWorker } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('archive-worker.ts runs in a worker thread, started by the archive host');

const post = (message: FromWorker) => port.postMessage(message);
const { dbPath, nativeBinding, migrationsDir } = workerData as ArchiveWorkerData;

let archive: Archive | undefined;
try {
  archive = Archive.open(dbPath, { nativeBinding, migrationsDir, onJobChange: (status) => post({ type: 'job', status }) });
} catch (error) {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  post({ type: 'open-failed', name, message });
  port.close();
}

if (archive) {
  const open = archive;
  post({ type: 'ready', rebuild: open.rebuildIndexIfNeeded() });
  port.on('message', (message: ToWorker) => {
    if (message.type === 'call') {
      post({ type: 'reply', id: message.id, result: dispatchApiCall(open.services, message.method, message.args) });
    } else if (message.type === 'call-json') {
      const args = parseBody(message.body);
      const result = args.ok ? dispatchApiCall(open.services, message.method, args.value) : args;
      post({ type: 'reply-json', id: message.id, json: JSON.stringify(result), malformed: !args.ok });
    } else if (message.type === 'close') {
      void open.closeAfterJobs().then(() => {
        post({ type: 'closed' });
        port.close();
      });
    }
  });
}
