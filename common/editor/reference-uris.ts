/**
 * Addresses for Dabir's inline references outside the editor: `dabir://entity/ID` for an
 * @mention, `dabir://article/ID` for a [[link]]. Exported HTML and Markdown write them, and the
 * editor reads them back from pasted HTML even when another program kept only the address.
 */
const ENTITY_PREFIX = 'dabir://entity/';
const ARTICLE_PREFIX = 'dabir://article/';

/** Every id in the archive is a UUID; anything else in an address is not one of ours. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const entityUri = (entityId: string): string => `${ENTITY_PREFIX}${entityId}`;
export const articleUri = (articleId: string): string => `${ARTICLE_PREFIX}${articleId}`;

function idAfter(prefix: string, uri: string | null): string | null {
  if (uri === null || !uri.toLowerCase().startsWith(prefix)) return null;
  const id = uri.slice(prefix.length);
  return UUID.test(id) ? id.toLowerCase() : null;
}

export const entityIdFromUri = (uri: string | null): string | null => idAfter(ENTITY_PREFIX, uri);
export const articleIdFromUri = (uri: string | null): string | null => idAfter(ARTICLE_PREFIX, uri);
