/**
 * Reads an API call's JSON body, with a ceiling: a body over the limit is refused with 413
 * before it is read in full (from Content-Length when the client sends one), so one malformed
 * or hostile call can't fill the shell's memory.
 */
import type { IncomingMessage } from 'node:http';

export type BodyReading = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

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

export async function readJsonBody(request: IncomingMessage, maxBytes: number): Promise<BodyReading> {
  const tooLarge: BodyReading = { ok: false, status: 413, message: `Request body is larger than ${maxBytes} bytes` };
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;
  let text: string;
  try {
    text = await readText(request, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLarge) return tooLarge;
    throw error;
  }
  if (text.length === 0) return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, status: 400, message: `Request body is not JSON: ${(error as Error).message}` };
  }
}
