/**
 * Hands a file made in the page to the browser's download: a Blob behind a temporary object
 * URL, clicked through an `<a download>`. The same code works in the browser shell (the
 * browser saves it) and in Electron (main's `will-download` shows the save dialog).
 */
import type { ExportedFile } from '../../common/contract';

/** Long enough for the browser to have started reading the Blob; the URL is freed after. */
const REVOKE_AFTER_MS = 60_000;

/** A binary file (a .zip) comes as base64: its bytes again, for the Blob. */
function bytesOf(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadFile({ filename, mimeType, content, encoding }: ExportedFile): void {
  const data = encoding === 'base64' ? bytesOf(content) : content;
  downloadBlob(filename, new Blob([data], { type: mimeType }));
}

/** A file made in the page as a Blob already (a DOCX), under `filename`. */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoking at once can cancel a download that has not begun reading yet.
  window.setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
