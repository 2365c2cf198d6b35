/** Links in an article may point to the web or to an e-mail address, nothing else. */
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedLinkUrl(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/**
 * What the writer typed, made into a link address: "irna.ir/news" becomes
 * "https://irna.ir/news", "name@example.org" a mailto. Null when it cannot be a link.
 */
export function normalizeLinkInput(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) return isAllowedLinkUrl(text) ? text : null;
  if (/^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text)) return `mailto:${text}`;
  if (/^[^\s/]+\.[^\s/]+/.test(text)) {
    const url = `https://${text}`;
    return isAllowedLinkUrl(url) ? url : null;
  }
  return null;
}
