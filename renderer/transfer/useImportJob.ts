/**
 * An import from the app: the chosen files go to the archive a piece at a time, then the
 * archive imports them as an `importFiles` job while this follows its progress until the
 * per-file report. Cancel works in both halves: while sending, nothing has been imported yet
 * (the pieces sent are discarded); while importing, the archive rolls back the file in
 * progress and keeps the whole ones, and the report says what became of each.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportJobReport, JobStatus } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { IMPORT_CHUNK_BYTES } from '../../common/transfer-constants';
import { useApi } from '../api/ApiContext';
import { watchJob } from '../jobs/watchJob';
import { bytesToBase64 } from './base64';
import type { ChosenFile } from './chosen-files';

export type ImportJobState =
  | { kind: 'idle' }
  | { kind: 'sending'; done: number; total: number; current: string }
  | { kind: 'running'; status: JobStatus; cancelling: boolean }
  | { kind: 'finished'; cancelled: boolean; report: ImportJobReport }
  | { kind: 'failed'; error: ApiError };

export function useImportJob(onImported: () => void) {
  const api = useApi();
  const [state, setState] = useState<ImportJobState>({ kind: 'idle' });
  const cancelled = useRef(false);
  const uploadId = useRef<string | null>(null);
  const jobId = useRef<string | null>(null);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );

  const send = useCallback(async (id: string, files: ChosenFile[]): Promise<ApiError | null> => {
    const total = files.reduce((sum, { file }) => sum + file.size, 0);
    let done = 0;
    for (const [index, { file, name }] of files.entries()) {
      for (let offset = 0; offset < file.size; offset += IMPORT_CHUNK_BYTES) {
        if (cancelled.current || !mounted.current) return null;
        setState({ kind: 'sending', done, total, current: name });
        const piece = new Uint8Array(await file.slice(offset, offset + IMPORT_CHUNK_BYTES).arrayBuffer());
        const sent = await api.uploadImportChunk({ uploadId: id, file: index, offset, data: bytesToBase64(piece) });
        if (!sent.ok) return sent.error;
        done += piece.length;
      }
    }
    return null;
  }, [api]);

  const start = useCallback(
    async (files: ChosenFile[]) => {
      cancelled.current = false;
      jobId.current = null;
      const begun = await api.beginImport({ files: files.map(({ file, name }) => ({ name, size: file.size })) });
      if (!begun.ok) return setState({ kind: 'failed', error: begun.error });
      uploadId.current = begun.value.uploadId;
      const failure = await send(begun.value.uploadId, files);
      if (failure) return setState({ kind: 'failed', error: failure });
      if (cancelled.current || !mounted.current) return;
      const started = await api.startJob({ kind: 'importFiles', input: { uploadId: begun.value.uploadId } });
      uploadId.current = null;
      if (!started.ok) return setState({ kind: 'failed', error: started.error });
      jobId.current = started.value.id;
      const ended = await watchJob(
        api,
        started.value,
        (status) => mounted.current && status.state === 'running' && setState((before) => ({ kind: 'running', status, cancelling: before.kind === 'running' && before.cancelling })),
        () => !mounted.current,
      );
      if (!mounted.current) return;
      if (!ended.ok) return setState({ kind: 'failed', error: ended.error });
      const status = ended.value;
      if (status.kind === 'importFiles' && status.result) {
        setState({ kind: 'finished', cancelled: status.state === 'cancelled', report: status.result });
        onImported();
      } else {
        setState({ kind: 'failed', error: status.error ?? { code: 'internal', message: 'The import ended without a report' } });
      }
    },
    [api, onImported, send],
  );

  const cancel = useCallback(async () => {
    cancelled.current = true;
    if (jobId.current) {
      setState((before) => (before.kind === 'running' ? { ...before, cancelling: true } : before));
      await api.cancelJob({ id: jobId.current });
      return;
    }
    // Cancelled while sending: nothing reached the archive; the dialog goes back to the choice.
    if (uploadId.current) await api.discardImport({ uploadId: uploadId.current });
    uploadId.current = null;
    setState({ kind: 'idle' });
  }, [api]);

  const reset = useCallback(() => {
    jobId.current = null;
    uploadId.current = null;
    setState({ kind: 'idle' });
  }, []);

  return { state, start, cancel, reset };
}
