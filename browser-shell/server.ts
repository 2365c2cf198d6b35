/**
 * The browser shell: the built renderer and the API over HTTP on 127.0.0.1, for tests and for
 * trying Dabir where Electron can't run. Only a page that opened one of this launch's one-time
 * URLs holds the session that the API asks for (see launch-session.ts). The archive runs in the
 * worker host (host/), as under Electron: this thread checks requests and hands each call over.
 */
import { createServer, type IncomingMessage, type OutgoingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API_PATH_PREFIX } from '../common/browser-shell-api';
import { fail, type Result } from '../common/result';
import { ArchiveHost } from '../host/archive-host';
import { createLaunchSessions, LAUNCH_PATH_PREFIX, type LaunchSessions } from './launch-session';
import { readBodyText } from './request-body';
import { serveStatic } from './static-files';

/** Above the largest article the contract accepts (LIMITS.bodyJsonBytes), with room for JSON's escapes. */
export const MAX_REQUEST_BYTES = 16 * 1024 * 1024;

export interface BrowserShellOptions {
  dbPath: string;
  rendererDir: string;
  /** 0 lets the system pick a free port. */
  port?: number;
  /** How often a changed archive is backed up while served (30 minutes unless a test says otherwise). */
  backupIntervalMs?: number;
  /** Where the migrations are, when this code does not run from the repository (a bundle). */
  migrationsDir?: string;
}

export interface BrowserShell {
  /** A one-time URL that opens the app (and gives the browser that opens it the session). */
  url: string;
  /** Another one-time URL, for a second browser or for the one the shell opens itself. */
  newLaunchUrl(): string;
  port: number;
  /** The worker host serving the archive (tests kill its worker to see the shell recover). */
  host: ArchiveHost;
  /** Settles when the search index is current (at once, unless it had to be rebuilt). */
  indexReady: Promise<void>;
  /** Stops serving, backs the archive up if it changed, and closes it. */
  close(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, json: string, headers: OutgoingHttpHeaders = {}): void {
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers });
  response.end(json);
}

function sendResult(response: ServerResponse, status: number, result: Result<unknown>, headers: OutgoingHttpHeaders = {}): void {
  sendJson(response, status, JSON.stringify(result), headers);
}

/** The path of a request, or null when its target is not a URL (which Node's parser lets through). */
function pathnameOf(request: IncomingMessage, host: string): string | null {
  try {
    return new URL(request.url ?? '/', `http://${host}`).pathname;
  } catch {
    return null;
  }
}

export async function startBrowserShell(options: BrowserShellOptions): Promise<BrowserShell> {
  // Refused when another Dabir holds the archive; a damaged archive opens, and the page offers a
  // restore. An index made by an older normaliser is rebuilt in the worker, a batch at a time,
  // while the shell answers.
  const host = await ArchiveHost.start({
    dbPath: options.dbPath,
    holder: 'browser shell',
    backupIntervalMs: options.backupIntervalMs,
    migrationsDir: options.migrationsDir,
    onRestart: ({ reason, reopened }) =>
      process.stderr.write(reopened ? `The archive stopped (${reason}) and was reopened.\n` : `The archive stopped (${reason}) and could not be reopened.\n`),
  });
  let allowedHost = '';

  async function handleApi(request: IncomingMessage, response: ServerResponse, method: string): Promise<void> {
    if (request.method !== 'POST') return sendResult(response, 405, fail('invalid_argument', 'Use POST'));
    if (!sessions.mayCallApi(request)) {
      return sendResult(response, 401, fail('unauthorized', 'No session: open the app from a URL the shell printed'));
    }
    const body = await readBodyText(request, MAX_REQUEST_BYTES);
    if (!body.ok) {
      // After a refused oversized body the connection is closed rather than read to its end.
      return sendResult(response, body.status, fail('invalid_argument', body.message), { Connection: 'close' });
    }
    // The body goes to the archive worker as text: it parses the arguments and writes the answer.
    const answer = await host.callWithJson(method, body.text);
    sendJson(response, answer.malformed ? 400 : 200, answer.json);
  }

  const server: Server = createServer((request, response) => {
    // A page on another host name that resolves to 127.0.0.1 (DNS rebinding) gets nothing.
    if (request.headers.host !== allowedHost) {
      response.writeHead(421).end();
      return;
    }
    const pathname = pathnameOf(request, allowedHost);
    if (pathname === null) {
      response.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Bad request: the target is not a URL');
      return;
    }
    if (pathname.startsWith(LAUNCH_PATH_PREFIX)) {
      sessions.handleLaunch(request, response, pathname.slice(LAUNCH_PATH_PREFIX.length));
      return;
    }
    const handled = pathname.startsWith(API_PATH_PREFIX)
      ? handleApi(request, response, pathname.slice(API_PATH_PREFIX.length))
      : serveStatic(options.rendererDir, pathname, response);
    handled.catch((error) => {
      // The details go to the shell's log, not to whoever sent the request.
      process.stderr.write(`dabir browser: ${request.method} ${pathname} failed: ${(error as Error).stack ?? error}\n`);
      if (!response.headersSent) sendResult(response, 500, fail('internal', 'Internal error; see the shell\'s log'));
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
  // Declared here, after listen, but read only by handlers that requests reach after this line.
  const sessions: LaunchSessions = createLaunchSessions(port);
  const newLaunchUrl = () => `http://${allowedHost}${sessions.newLaunchPath()}`;

  return {
    url: newLaunchUrl(),
    newLaunchUrl,
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
