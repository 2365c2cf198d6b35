/**
 * The end of an `exportArticles` job in the app: the file the archive wrote is read back in
 * pieces (a whole archive does not fit in one reply) and handed to the download, which in
 * Electron asks where to save it.
 */
import type { DabirApi, ExportJobResult } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { downloadBlob } from '../export/downloadFile';
import { base64ToBytes } from './base64';

export async function downloadExport(api: Pick<DabirApi, 'readExportChunk'>, { fileId, filename, mimeType }: ExportJobResult): Promise<{ ok: true } | { ok: false; error: ApiError }> {
  const parts: Uint8Array[] = [];
  for (let offset = 0; ; ) {
    const chunk = await api.readExportChunk({ fileId, offset });
    if (!chunk.ok) return chunk;
    const bytes = base64ToBytes(chunk.value.data);
    parts.push(bytes);
    offset += bytes.length;
    if (chunk.value.done) break;
  }
  downloadBlob(filename, new Blob(parts as BlobPart[], { type: mimeType }));
  return { ok: true };
}
