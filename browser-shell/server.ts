/**
 * The browser shell: the built renderer and the API over HTTP on 127.0.0.1, for tests and for
 * trying Dabir where Electron can't run. Only a caller that knows this launch's random token
 * can use the API; the token travels in a custom header, so a page from another origin can't
 * send it without a CORS preflight we never answer.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Archive } from '../db/archive';
import { dispatchApiCall } from '../db/dispatch';
import { ArchiveSession, type ArchiveSessionOptions } from '../db/safekeeping/archive-session';
import { fail, type Result } from '../common/result';
import { serveStatic } from './static-files';

export const TOKEN_HEADER = 'x-dabir-token';
const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export interface BrowserShellOptions {
  dbPath: string;
  rendererDir: string;
  /** 0 lets the system pick a free port. */
  port?: number;
  /** How often a changed archive is backed up while served (30 minutes unless a test says otherwise). */
  backupIntervalMs?: ArchiveSessionOptions['backupIntervalMs'];
  /** Where the migrations are, when this code does not run from the repository (a bundle). */
  migrationsDir?: string;
}

export interface BrowserShell {
  url: string;
  token: string;
  port: number;
  session: ArchiveSession;
  /** The open archive (throws `damaged` when it is damaged). */
  readonly archive: Archive;
  /** Settles when the search index is current (at once, unless it had to be rebuilt). */
  indexReady: Promise<void>;
  /** Stops serving, backs the archive up if it changed, and closes it. */
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

function sendResult(response: ServerResponse, status: number, result: Result<unknown>): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(result));
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  // Refused when another Dabir holds the archive; a damaged archive opens, and the page offers a restore.
  // An index made by an older normaliser is rebuilt a batch at a time while the shell answers.
  const session = await ArchiveSession.open(options.dbPath, {
    holder: 'browser shell',
    backupIntervalMs: options.backupIntervalMs,
    migrationsDir: options.migrationsDir,
    log: (line) => process.stderr.write(`${line}\n`),
  });
  const token = randomBytes(24).toString('base64url');
  const expectedToken = Buffer.from(token);
  let allowedHost = '';

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendResult(response, 405, fail('invalid_argument', 'Use POST'));
    if (!sameToken(request.headers[TOKEN_HEADER], expectedToken)) {
      return sendResult(response, 401, fail('unauthorized', 'Missing or wrong token'));
    }
    let args: unknown;
    try {
      const text = await readBody(request);
      args = text.length > 0 ? JSON.parse(text) : {};
    } catch (error) {
      return sendResult(response, 400, fail('invalid_argument', `Request body is not JSON: ${(error as Error).message}`));
    }
    sendResult(response, 200, dispatchApiCall(session.services, method, args));
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
    await session.close();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  allowedHost = `127.0.0.1:${port}`;

  return {
    url: `http://${allowedHost}/?token=${token}`,
    token,
    port,
    session,
    get archive() {
      return session.archive;
    },
    get indexReady() {
      return session.indexReady;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(session.close()));
      }),
  };
}
