/**
 * One DOM for an import run: a jsdom window (DOMPurify's supported DOM under Node; happy-dom,
 * which Lexical's own `withDOM` lends, is not one DOMPurify vouches for) with a DOMPurify
 * bound to it. Making a window costs a few hundred milliseconds, so an import of a folder of
 * saved pages makes one and reuses it; `close` frees it when the import ends.
 */
import type { DOMPurify } from 'dompurify';
import type { JSDOM } from 'jsdom';

export class ImportWindow {
  private dom: JSDOM | null = null;
  private purifier: DOMPurify | null = null;

  get window(): Window & typeof globalThis {
    // Loaded on first use: an import of .jsonl or .txt files never pays for a DOM.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    this.dom ??= new (require('jsdom') as typeof import('jsdom')).JSDOM('<!doctype html><html><head></head><body></body></html>');
    return this.dom.window as unknown as Window & typeof globalThis;
  }

  get purify(): DOMPurify {
    // The CommonJS build is the factory itself; an ES-module interop wraps it in `default`.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const module = require('dompurify') as { default?: (window: Window) => DOMPurify } & ((window: Window) => DOMPurify);
    this.purifier ??= (module.default ?? module)(this.window);
    return this.purifier;
  }

  /**
   * Runs `read` with this window as the page's globals, the way Lexical's DOM import expects
   * them (it reads `window`, `document` and `Node` from the global scope), and puts back
   * whatever was there. Synchronous on purpose: nothing else may run while the globals are lent.
   */
  asGlobals<T>(read: () => T): T {
    const scope = globalThis as unknown as Record<string, unknown>;
    const names = ['window', 'document', 'Node', 'HTMLElement', 'DOMParser', 'getComputedStyle'] as const;
    const previous = names.map((name) => [name, scope[name], Object.prototype.hasOwnProperty.call(scope, name)] as const);
    const window = this.window as unknown as Record<string, unknown>;
    for (const name of names) scope[name] = name === 'window' ? window : (window[name] as unknown);
    if (typeof scope.getComputedStyle === 'function') scope.getComputedStyle = (window.getComputedStyle as (...args: unknown[]) => unknown).bind(window);
    try {
      return read();
    } finally {
      for (const [name, value, had] of previous) {
        if (had) scope[name] = value;
        else delete scope[name];
      }
    }
  }

  close(): void {
    this.dom?.window.close();
    this.dom = null;
    this.purifier = null;
  }
}
