/**
 * Imported HTML goes through DOMPurify before anything else reads it. What survives is the
 * structure an article body can hold (paragraphs, headings, lists, quotes, links, bold,
 * italic, underline, strike-through, sub/superscript) plus the document's title and
 * metadata. Scripts, event handlers, `javascript:` and `data:` addresses, images (a remote
 * one would call home), styles, forms and frames never survive.
 *
 * Word and Google Docs write bold and italic as CSS, which cannot survive. So the sanitiser's
 * own hooks read a `style` attribute (and the simple `.class { … }` rules of a `<style>`
 * element, which Google Docs uses) while DOMPurify walks the document, and turn the font
 * weight, style, decoration and vertical alignment they set into `<b>`, `<i>`, `<u>`, `<s>`,
 * `<sup>` and `<sub>`; then the CSS itself is dropped. Word's fake list paragraphs (a bullet
 * in a `mso-list:Ignore` span) are marked so they can become real lists.
 */
import type { Config, DOMPurify, UponSanitizeAttributeHookEvent, UponSanitizeElementHookEvent } from 'dompurify';

const ALLOWED_TAGS = [
  'html', 'head', 'title', 'meta', 'body', 'article', 'section', 'header', 'footer', 'main', 'div', 'span', 'p', 'br', 'hr',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'b', 'strong', 'i', 'em', 'u', 's', 'strike', 'del', 'ins', 'sub', 'sup', 'code',
  'ul', 'ol', 'li', 'a', 'blockquote', 'pre', 'time', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'figure', 'figcaption', 'bdi', 'bdo', 'small', 'mark', 'cite', 'q', 'abbr',
];

const ALLOWED_ATTR = ['href', 'name', 'content', 'property', 'itemprop', 'datetime', 'dir', 'lang', 'start', 'value', 'class',
  'data-article-id', 'data-entity-id', 'data-dabir-list'];

/** Classes Dabir's own exports write and its import reads; every other class goes. */
const KEPT_CLASSES = new Set(['entity-mention', 'article-link', 'kicker', 'lead', 'byline', 'dateline', 'dateline-place', 'article-body']);

/**
 * Addresses a link may keep: the web, e-mail, Dabir's own references, or no scheme at all (a
 * relative address, later unwrapped to its text). DOMPurify's own pattern, with our schemes.
 */
const ALLOWED_URI = /^(?:(?:https?|mailto|dabir):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

/** Attributes whose values are data, not addresses (DOMPurify checks any other value as one). */
const DATA_ATTRIBUTES = ['content', 'datetime', 'name', 'property', 'itemprop', 'class', 'lang', 'dir', 'value', 'start', 'data-article-id', 'data-entity-id', 'data-dabir-list'];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOWED_URI_REGEXP: ALLOWED_URI,
  ADD_URI_SAFE_ATTR: DATA_ATTRIBUTES,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  WHOLE_DOCUMENT: true,
  KEEP_CONTENT: true,
  FORBID_CONTENTS: ['script', 'style', 'template', 'noscript', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'xml', 'audio', 'video', 'select', 'button', 'textarea', 'noembed', 'noframes'],
};

interface Formats {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strike?: boolean;
  superscript?: boolean;
  subscript?: boolean;
}

/** The inline formats a CSS declaration block sets (true), clears (false) or leaves alone. */
export function formatsOfCss(css: string): Formats {
  const formats: Formats = {};
  for (const declaration of css.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon === -1) continue;
    const property = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration.slice(colon + 1).trim().toLowerCase();
    if (property === 'font-weight') {
      const weight = Number(value);
      formats.bold = value === 'bold' || value === 'bolder' || (Number.isFinite(weight) && weight >= 600);
    } else if (property === 'font-style') formats.italic = value.startsWith('italic') || value.startsWith('oblique');
    else if (property === 'text-decoration' || property === 'text-decoration-line') {
      formats.underline = value.includes('underline');
      formats.strike = value.includes('line-through');
    } else if (property === 'vertical-align') {
      formats.superscript = value === 'super';
      formats.subscript = value === 'sub';
    }
  }
  return formats;
}

/** `.c3{font-weight:700}` rules of a style sheet, by class name (Google Docs' exported HTML). */
function classRules(sheet: string): Map<string, Formats> {
  const rules = new Map<string, Formats>();
  const rule = /\.([A-Za-z_][\w-]*)\s*\{([^}]*)\}/g;
  for (let match = rule.exec(sheet); match; match = rule.exec(sheet)) {
    const formats = formatsOfCss(match[2]);
    if (Object.keys(formats).length > 0) rules.set(match[1], { ...rules.get(match[1]), ...formats });
  }
  return rules;
}

const WRAPPERS: Array<[keyof Formats, string]> = [
  ['bold', 'b'],
  ['italic', 'i'],
  ['underline', 'u'],
  ['strike', 's'],
  ['superscript', 'sup'],
  ['subscript', 'sub'],
];

/** Tags that already mean bold or italic, which a `font-weight: normal` undoes (Google Docs' outer `<b>`). */
const BOLD_TAGS = new Set(['B', 'STRONG']);

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  while (element.firstChild) wrapper.append(element.firstChild);
  element.append(wrapper);
}

/** A Word list paragraph's marker: `1.`, `a)`, `iv.` make a numbered list; anything else bullets. */
function listKindOfMarker(marker: string): 'ol' | 'ul' {
  return /^\s*([0-9۰-۹٠-٩]+|[a-z]|[ivxlc]+)[.)]\s*$/i.test(marker) ? 'ol' : 'ul';
}

/**
 * Sanitises a whole HTML document with the given DOMPurify and returns its `<html>` element,
 * ready to be read (`<title>`, `<meta>`, `<body>`).
 */
export function sanitizeHtmlDocument(purify: DOMPurify, html: string): HTMLElement {
  let rules = new Map<string, Formats>();

  const onElement = (node: Node, data: UponSanitizeElementHookEvent): void => {
    const element = node as Element;
    if (data.tagName === 'style') {
      rules = new Map([...rules, ...classRules(element.textContent ?? '')]);
      return;
    }
    if (element.nodeType !== 1) return;
    const style = element.getAttribute('style') ?? '';
    // Word writes a list's bullet or number as text in a span it asks browsers to ignore.
    if (/mso-list\s*:\s*ignore/i.test(style)) {
      const paragraph = element.closest('p');
      paragraph?.setAttribute('data-dabir-list', listKindOfMarker(element.textContent ?? ''));
      element.remove();
      return;
    }
    const formats: Formats = {};
    for (const name of Array.from(element.classList)) Object.assign(formats, rules.get(name));
    Object.assign(formats, formatsOfCss(style));
    if (formats.bold === false && BOLD_TAGS.has(element.tagName)) {
      // `<b style="font-weight:normal">` around a whole pasted Google Docs fragment means nothing.
      const span = element.ownerDocument.createElement('span');
      while (element.firstChild) span.append(element.firstChild);
      element.replaceWith(span);
      return;
    }
    for (const [format, tag] of WRAPPERS) if (formats[format]) wrapChildren(element, tag);
  };

  const onAttribute = (node: Element, data: UponSanitizeAttributeHookEvent): void => {
    if (data.attrName === 'class') {
      const kept = data.attrValue.split(/\s+/).filter((name) => KEPT_CLASSES.has(name));
      if (kept.length === 0) data.keepAttr = false;
      else data.attrValue = kept.join(' ');
    } else if (data.attrName === 'data-dabir-list' && !/^(ol|ul)$/.test(data.attrValue)) {
      data.keepAttr = false;
    } else if (data.attrName === 'content' && node.nodeName !== 'META') {
      data.keepAttr = false;
    }
  };

  purify.addHook('uponSanitizeElement', onElement);
  purify.addHook('uponSanitizeAttribute', onAttribute);
  try {
    return purify.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as HTMLElement;
  } finally {
    purify.removeAllHooks();
  }
}
