import type { DabirApi } from '../common/contract';

declare global {
  interface Window {
    /** Exposed by the Electron preload through contextBridge; absent in the browser shell. */
    dabir?: DabirApi;
    /**
     * Exposed by the Electron preload: main asks the page to finish its saves before a window
     * closes, and waits for the returned promise (with a time limit). It resolves true when
     * nothing is left unsaved; on false, main asks the user before closing.
     */
    dabirLifecycle?: { onBeforeClose(flush: () => Promise<boolean>): void };
    /**
     * Exposed by the Electron preload: prints the page (in its print preview) to a PDF with
     * Electron's printToPDF and saves it where the user picks. Absent in the browser shell,
     * which uses the browser's own print.
     */
    dabirPrint?: { savePdf(filename: string): Promise<{ ok: true } | { ok: false; error: string }> };
  }
}

export {};
