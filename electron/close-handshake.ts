/**
 * The order of a window's close: the page saves first; if it can't, the user decides; only
 * then does the window close. Kept apart from `electron` so it can be tested under Node.
 *
 * Whatever fails along the way (the page never answers, the dialog can't be shown) ends this
 * close attempt with the window still open and its text still there, and the next click on
 * close starts the handshake again: the handshake never keeps a window from closing for good.
 */
export interface CloseHandshakeSteps {
  /** Asks the page to save; resolves true when it says everything is saved. Has its own time limit. */
  askRendererToSave(): Promise<boolean>;
  /** Asks the user; resolves true to close without the unsaved changes. */
  confirmLosingChanges(): Promise<boolean>;
  /** Closes the window for real (its next close event passes). */
  close(): void;
  isDestroyed(): boolean;
  log(message: string, error: unknown): void;
}

/** Returns the listener for the window's `close` event. */
export function createCloseHandshake(steps: CloseHandshakeSteps): (event: { preventDefault(): void }) => void {
  let mayClose = false;
  let asking = false;

  async function decide(): Promise<boolean> {
    let saved = false;
    try {
      saved = await steps.askRendererToSave();
    } catch (error) {
      steps.log('Asking the page to save before closing failed', error);
    }
    if (saved) return true;
    try {
      return await steps.confirmLosingChanges();
    } catch (error) {
      // Closing unasked could lose a paragraph; staying open loses nothing, and the next close asks again.
      steps.log('The dialog about unsaved changes could not be shown; the window stays open', error);
      return false;
    }
  }

  return (event) => {
    if (mayClose) return;
    event.preventDefault();
    // A second click while the page saves or the dialog is up must not open a second dialog.
    if (asking) return;
    asking = true;
    void decide().then((close) => {
      asking = false;
      if (!close || steps.isDestroyed()) return;
      mayClose = true;
      steps.close();
    });
  };
}
