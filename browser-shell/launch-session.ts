/**
 * How a browser gets into the shell without a secret on any command line. The shell prints a
 * one-time launch URL (`/launch/<code>`) and opens another; the first request to a launch
 * URL gets the session cookie and is sent on to the app, and the code is spent. A launch URL
 * read from `/proc` by another local user (where `xdg-open`'s arguments are visible) is
 * already spent by the time they could use it, and the cookie itself is HttpOnly (no script
 * reads it) and SameSite=Strict (no other site's page sends it).
 *
 * Cookies ignore ports, so the cookie's name carries the port: two shells open in one
 * browser each keep their own session.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { API_CALL_HEADER, API_CALL_HEADER_VALUE } from '../common/browser-shell-api';
import { SECURITY_HEADERS } from '../common/response-headers';

export const LAUNCH_PATH_PREFIX = '/launch/';

export interface LaunchSessions {
  /** A fresh one-time path that opens the app: `/launch/<code>`. */
  newLaunchPath(): string;
  /** Answers a request for a launch path. */
  handleLaunch(request: IncomingMessage, response: ServerResponse, code: string): void;
  /** Whether an API call comes from a page that holds this shell's session. */
  mayCallApi(request: IncomingMessage): boolean;
}

const randomSecret = (bytes: number) => randomBytes(bytes).toString('base64url');

function cookieValue(request: IncomingMessage, name: string): string | undefined {
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0 && pair.slice(0, separator).trim() === name) return pair.slice(separator + 1).trim();
  }
  return undefined;
}

function sameSecret(given: string | undefined, expected: Buffer): boolean {
  if (given === undefined) return false;
  const candidate = Buffer.from(given);
  return candidate.length === expected.length && timingSafeEqual(candidate, expected);
}

/** Shown when a launch URL is opened a second time in a browser that has no session. */
const SPENT_LINK_PAGE = `<!doctype html>
<html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>دبیر</title></head>
<body>
<h1>این نشانی پیش‌تر باز شده است</h1>
<p>نشانی‌ای که دبیر می‌دهد فقط یک بار کار می‌کند. همان مرورگری را که دبیر در آن باز شد به کار ببرید، یا <code dir="ltr">npm run browser</code> را دوباره اجرا کنید و نشانی تازه را باز کنید.</p>
<p lang="en" dir="ltr">This link has been used already. Each link Dabir prints opens the app once: use the browser it opened in, or run <code>npm run browser</code> again and open the new link.</p>
</body></html>`;

export function createLaunchSessions(port: number): LaunchSessions {
  const cookieName = `dabir-session-${port}`;
  const session = randomSecret(32);
  const expectedSession = Buffer.from(session);
  const unspentCodes = new Set<string>();
  const hasSession = (request: IncomingMessage) => sameSecret(cookieValue(request, cookieName), expectedSession);

  return {
    newLaunchPath() {
      const code = randomSecret(24);
      unspentCodes.add(code);
      return `${LAUNCH_PATH_PREFIX}${code}`;
    },

    handleLaunch(request, response, code) {
      const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...headers, Allow: 'GET' }).end();
        return;
      }
      if (unspentCodes.delete(code)) {
        response
          .writeHead(303, {
            ...headers,
            'Set-Cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
            Location: '/',
          })
          .end();
      } else if (hasSession(request)) {
        // The printed link opened again in the browser that already has the session.
        response.writeHead(303, { ...headers, Location: '/' }).end();
      } else {
        response.writeHead(403, { ...headers, 'Content-Type': 'text/html; charset=utf-8' }).end(SPENT_LINK_PAGE);
      }
    },

    mayCallApi(request) {
      const origin = request.headers.origin;
      const host = request.headers.host;
      if (origin !== undefined && origin !== `http://${host}`) return false;
      return request.headers[API_CALL_HEADER.toLowerCase()] === API_CALL_HEADER_VALUE && hasSession(request);
    },
  };
}
