/**
 * The browser shell: the built renderer and the API over HTTP on 127.0.0.1, for tests and for
 * trying Dabir where Electron can't run. Only a caller that knows this launch's random token
 * can use the API; the token travels in a custom header, so a page from another origin can't
 * send it without a CORS preflight we never answer. The archive runs in the worker host
 * (host/), as under Electron: this thread parses requests and hands each call over.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type Result } from '../common/result';
import { ArchiveHost } from '../host/archive-host';
import { serveStatic } from './static-files';

export const TOKEN_HEADER = 'x-dabir-token';
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export interface BrowserShellOptions {
  dbPath: string;
  rendererDir: string;
  /** 0 lets the system pick a free port. */
  port?: number;
}

export interface BrowserShell {
  url: string;
  token: string;
  port: number;
  /** The worker host serving the archive (tests kill its worker to see the shell recover). */
  host: ArchiveHost;
  /** Settles when the search index is current (at once, unless it had to be rebuilt). */
  indexReady: Promise<void>;
  close(): Promise<void>;
}

function sameToken(given: string | string[] | undefined, expected: Buffer): boolean {
  if (typeof given !== 'string') return false;
  const candidate = Buffer.from(given);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_REQUEST_BYTES) throw new Error('request too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(response: ServerResponse, status: number, json: string): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(json);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  sendJson(response, status, JSON.stringify(result));
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  // An index made by an older normaliser is rebuilt in the worker, a batch at a time, while the shell answers.
  const host = await ArchiveHost.start({
    dbPath: options.dbPath,
    onRestart: ({ reason, reopened }) =>
      process.stderr.write(reopened ? `The archive stopped (${reason}) and was reopened.\n` : `The archive stopped (${reason}) and could not be reopened.\n`),
  });
  const token = randomBytes(24).toString('base64url');
  const expectedToken = Buffer.from(token);
  let allowedHost = '';

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendResult(response, 405, fail('invalid_argument', 'Use POST'));
    if (!sameToken(request.headers[TOKEN_HEADER], expectedToken)) {
      return sendResult(response, 401, fail('unauthorized', 'Missing or wrong token'));
    }
    let body: string;
    try {
      body = await readBody(request);
    } catch (error) {
      return sendResult(response, 400, fail('invalid_argument', `Request body could not be read: ${(error as Error).message}`));
    }
    // The body goes to the archive worker as text: it parses the arguments and writes the answer.
    const answer = await host.callWithJson(method, body);
    sendJson(response, answer.malformed ? 400 : 200, answer.json);
  }

  const server: Server = createServer((request, response) => {
    // A page on another host name that resolves to 127.0.0.1 (DNS rebinding) gets nothing.
    if (request.headers.host !== allowedHost) {
      response.writeHead(421).end();
      return;
    }
    const { pathname } = new URL(request.url ?? '/', `http://${allowedHost}`);
    const handled = pathname.startsWith('/api/')
      ? handleApi(request, response, pathname.slice('/api/'.length))
      : serveStatic(options.rendererDir, pathname, response);
    handled.catch((error) => {
      if (!response.headersSent) sendResult(response, 500, fail('internal', (error as Error).message));
      else response.destroy();
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await host.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  allowedHost = `127.0.0.1:${port}`;

  return {
    url: `http://${allowedHost}/?token=${token}`,
    token,
    port,
    host,
    indexReady: host.indexReady,
    // Saves already handed to the worker are written before it exits (ArchiveHost.close).
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => void host.close().then(resolve));
      }),
  };
}
