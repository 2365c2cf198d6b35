/**
 * An import from the app: the chosen files go to the archive a piece at a time, then the
 * archive imports them while this follows its progress (getTransferJob) until the per-file
 * report. Cancel works in both halves: while sending, nothing has been imported yet; while
 * importing, the archive rolls back the file in progress and keeps the whole ones.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { TransferJobStatus } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { IMPORT_CHUNK_BYTES } from '../../common/transfer-constants';
import { api } from '../api/client';
import { bytesToBase64 } from './base64';
import type { ChosenFile } from './chosen-files';

const POLL_MS = 150;

export type ImportJobState =
  | { kind: 'idle' }
  | { kind: 'sending'; done: number; total: number; current: string }
  | { kind: 'running'; status: TransferJobStatus; cancelling: boolean }
  | { kind: 'finished'; status: TransferJobStatus }
  | { kind: 'failed'; error: ApiError };

const wait = (ms: number) => new Promise((resolve) => window.setTimeout(resolve, ms));

export function useImportJob(onImported: () => void) {
  const [state, setState] = useState<ImportJobState>({ kind: 'idle' });
  const cancelled = useRef(false);
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const follow = useCallback(
    async (id: string) => {
      for (;;) {
        const result = await api.getTransferJob({ jobId: id });
        if (!mounted.current) return;
        if (!result.ok) return setState({ kind: 'failed', error: result.error });
        const status = result.value;
        if (status.state === 'running') {
          setState((before) => ({ kind: 'running', status, cancelling: before.kind === 'running' && before.cancelling }));
          await wait(POLL_MS);
          continue;
        }
        if (status.state === 'failed') return setState({ kind: 'failed', error: (status.error ?? { code: 'internal', message: '' }) as ApiError });
        setState({ kind: 'finished', status });
        onImported();
        return;
      }
    },
    [onImported],
  );

  const start = useCallback(
    async (files: ChosenFile[]) => {
      cancelled.current = false;
      const begun = await api.beginImport({ files: files.map(({ file, name }) => ({ name, size: file.size })) });
      if (!begun.ok) return setState({ kind: 'failed', error: begun.error });
      const id = begun.value.jobId;
      jobId.current = id;
      const total = files.reduce((sum, { file }) => sum + file.size, 0);
      let done = 0;
      for (const [index, { file, name }] of files.entries()) {
        for (let offset = 0; offset < file.size; offset += IMPORT_CHUNK_BYTES) {
          if (cancelled.current || !mounted.current) return;
          setState({ kind: 'sending', done, total, current: name });
          const piece = new Uint8Array(await file.slice(offset, offset + IMPORT_CHUNK_BYTES).arrayBuffer());
          const sent = await api.uploadImportChunk({ jobId: id, file: index, offset, data: bytesToBase64(piece) });
          if (!sent.ok) return setState({ kind: 'failed', error: sent.error });
          done += piece.length;
        }
      }
      if (cancelled.current) return;
      const started = await api.startImport({ jobId: id });
      if (!started.ok) return setState({ kind: 'failed', error: started.error });
      setState({ kind: 'running', status: started.value, cancelling: false });
      await follow(id);
    },
    [follow],
  );

  const cancel = useCallback(async () => {
    cancelled.current = true;
    const id = jobId.current;
    setState((before) => (before.kind === 'running' ? { ...before, cancelling: true } : before));
    if (!id) return setState({ kind: 'idle' });
    const result = await api.cancelTransferJob({ jobId: id });
    // Cancelled while sending: nothing reached the archive; the dialog goes back to the choice.
    if (result.ok && result.value.state === 'cancelled' && !result.value.importReport) setState({ kind: 'idle' });
  }, []);

  const reset = useCallback(() => {
    jobId.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
