/**
 * The open article is kept in the address (`#article=<uuid>`), so a reload, or the shell
 * reopening the window, comes back to it. It is the renderer's own state: no server sees it.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readArticleIdFromHash(): string | null {
  const id = new URLSearchParams(window.location.hash.slice(1)).get('article');
  return id && UUID.test(id) ? id : null;
}

export function writeArticleIdToHash(id: string): void {
  if (readArticleIdFromHash() === id) return;
  // replaceState: switching articles should not fill Back with every article opened.
  window.history.replaceState(window.history.state, '', `#article=${id}`);
}
