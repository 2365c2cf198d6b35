/**
 * What the browser shell's HTTP API and the renderer's HTTP transport agree on.
 *
 * Every call carries `API_CALL_HEADER`. The session cookie alone would not do: pages on other
 * ports of 127.0.0.1 are the same site, so SameSite=Strict still sends it with their requests.
 * A page from another origin can't add a custom header without a CORS preflight, which the
 * shell never answers, so a call that carries the header came from the app's own page.
 */
export const API_PATH_PREFIX = '/api/';
export const API_CALL_HEADER = 'X-Dabir-Call';
export const API_CALL_HEADER_VALUE = '1';
