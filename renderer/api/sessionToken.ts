/**
 * The browser shell prints a URL with `?token=…`; every API call must carry it. It is kept in
 * sessionStorage so a reload or in-app navigation still has it, and removed from the address
 * bar so it does not end up in history, bookmarks or a screenshot.
 */
const STORAGE_KEY = 'dabir.token';

export function readSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    } catch {
      // Storage can be disabled; the token from this page load still works until a reload.
    }
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
