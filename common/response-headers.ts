/**
 * What both shells send with every page they serve: the Content-Security-Policy and the
 * hardening headers. One list that the browser shell and Electron's `app:` protocol both
 * import, so the two can't drift apart (Electron once sent no Referrer-Policy at all).
 */

/** Only our own scripts, styles, fonts and API; nothing from the network, no framing. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self' data:",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // A link followed out of an article must not tell the site which article it was in.
  'Referrer-Policy': 'no-referrer',
});
