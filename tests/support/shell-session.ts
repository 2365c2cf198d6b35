/**
 * A session with the browser shell for a caller that is not a browser (a test or the bench):
 * open one of the shell's one-time launch URLs, keep the cookie it sets, and send the header
 * the app's own page sends with every API call.
 */
import { API_CALL_HEADER, API_CALL_HEADER_VALUE } from '../../common/browser-shell-api';
import type { BrowserShell } from '../../browser-shell/server';

export async function openLaunchUrl(url: string, cookie?: string) {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  const setCookie = response.headers.get('set-cookie');
  return { response, setCookie, cookie: setCookie?.split(';')[0] };
}

/** The headers the app's page sends with each API call, once it holds the session. */
export async function signIn(shell: BrowserShell): Promise<Record<string, string>> {
  const { cookie } = await openLaunchUrl(shell.newLaunchUrl());
  if (!cookie) throw new Error('the launch URL set no cookie');
  return { cookie, [API_CALL_HEADER]: API_CALL_HEADER_VALUE };
}
