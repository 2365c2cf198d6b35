/**
 * Reads an API call's body, with a ceiling: a body over the limit is refused with 413
 * before it is read in full (from Content-Length when the client sends one), so one malformed
 * or hostile call can't fill the shell's memory.
 */
import type { IncomingMessage } from 'node:http';

export type BodyReading = { ok: true; text: string } | { ok: false; status: 413; message: string };

class BodyTooLarge extends Error {}

async function readText(request: IncomingMessage, maxBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The body as text; parsing it is left to the archive worker, so this thread never spends
 * time on a large save's JSON (a body that is not JSON is answered 400 there).
 */
export async function readBodyText(request: IncomingMessage, maxBytes: number): Promise<BodyReading> {
  const tooLarge: BodyReading = { ok: false, status: 413, message: `Request body is larger than ${maxBytes} bytes` };
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  try {
    return { ok: true, text: await readText(request, maxBytes) };
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge;
    throw error;
  }
}
