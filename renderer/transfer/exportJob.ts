/**
 * An export from the app: the archive writes the file (a zip of pages for md, html and txt),
 * this follows its progress, reads the file back in pieces and hands it to the download,
 * which in Electron asks where to save it.
 */
import type { ArchiveExportFormat, ArgsOf, TransferJobStatus } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { api } from '../api/client';
import { downloadBlob } from '../export/downloadFile';
import { base64ToBytes } from './base64';

const POLL_MS = 150;

export type ExportSelection = ArgsOf<'startExport'>['selection'];

export type ExportOutcome = { ok: true; articles: number } | { ok: false; error: ApiError } | { ok: false; cancelled: true };

export interface ExportRun {
  promise: Promise<ExportOutcome>;
  cancel: () => void;
}

const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

export function runExport(format: ArchiveExportFormat, selection: ExportSelection, onProgress: (percent: number) => void): ExportRun {
  let jobId: string | null = null;
  let stop = false;
  const promise = (async (): Promise<ExportOutcome> => {
    const started = await api.startExport({ format, selection });
    if (!started.ok) return { ok: false, error: started.error };
    jobId = started.value.id;
    let status: TransferJobStatus = started.value;
    while (status.state === 'running') {
      onProgress(status.progress.total > 0 ? Math.floor((status.progress.done / status.progress.total) * 100) : 0);
      await wait(POLL_MS);
      const next = await api.getTransferJob({ jobId });
      if (!next.ok) return { ok: false, error: next.error };
      status = next.value;
    }
    if (status.state === 'cancelled' || stop) return { ok: false, cancelled: true };
    if (status.state !== 'done' || !status.exportResult) return { ok: false, error: (status.error ?? { code: 'internal', message: '' }) as ApiError };
    const parts: Uint8Array[] = [];
    for (let offset = 0; ; ) {
      const chunk = await api.readExportChunk({ jobId, offset });
      if (!chunk.ok) return { ok: false, error: chunk.error };
      const bytes = base64ToBytes(chunk.value.data);
      parts.push(bytes);
      offset += bytes.length;
      if (chunk.value.done) break;
    }
    const { filename, mimeType, articles } = status.exportResult;
    downloadBlob(new Blob(parts as BlobPart[], { type: mimeType }), filename);
    return { ok: true, articles };
  })();
  return {
    promise,
    cancel: () => {
      stop = true;
      if (jobId) void api.cancelTransferJob({ jobId });
    },
  };
}
