/**
 * Stopping a file stream whose file is about to be removed. A write stream opens its file in
 * the background; destroyed before that open is done, it still opens the file and then closes
 * it. Removing the file straight after destroy() can run before that open, which then leaves
 * an empty file behind (a cancelled export's `.tmp`), so the removal waits for the close.
 */
import type { WriteStream } from 'node:fs';

/** Destroys `stream` and resolves once it has let go of its file. */
export async function destroyStream(stream: WriteStream): Promise<void> {
  if (stream.closed) return;
  const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
  stream.destroy();
  await closed;
}
