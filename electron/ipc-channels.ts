/**
 * The IPC channel names main and the preload agree on. Part of the preload's layer: it may
 * import nothing that the sandbox can't `require` once bundled (see tests/architecture).
 */
import type { ApiMethod } from '../common/constants';

export const channelFor = (method: ApiMethod): string => `dabir:${method}`;

/** Sent by main when a window is about to close; the renderer answers once its saves are done. */
export const FLUSH_REQUEST_CHANNEL = 'dabir-lifecycle:flush';
export const FLUSH_DONE_CHANNEL = 'dabir-lifecycle:flushed';

/** The renderer asks main to print its page (in its print preview) to a PDF (print-to-pdf.ts). */
export const PRINT_PDF_CHANNEL = 'dabir-print:pdf';
