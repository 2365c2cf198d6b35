/**
 * HTML from the clipboard (Word, Google Docs, a web page), reduced to the structure a news
 * article keeps: paragraphs, subheadings, bold, italic, underline, lists, quotes and links.
 * Everything else goes: styles, fonts, colours, classes, scripts, images (a web image or a
 * tracking pixel would be fetched from the network), comments and Office's own markup.
 *
 * Formatting that Word and Google Docs express as inline style (a span with font-weight:700)
 * is turned into the element that means it before the styles are dropped, and Word's list
 * paragraphs become real lists. DOMPurify then has the last word, with an allow-list, before
 * Lexical sees anything.
 */
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'a', 'blockquote', 'div', 'span'];
const ALLOWED_URI = /^(?:https?:|mailto:)/i;

function rename(element: Element, tag: string): Element {
  const replacement = element.ownerDocument.createElement(tag);
  while (element.firstChild) replacement.appendChild(element.firstChild);
  element.replaceWith(replacement);
  return replacement;
}

function unwrap(element: Element): void {
  element.replaceWith(...Array.from(element.childNodes));
}

function wrapChildren(element: Element, tag: string): void {
  const wrapper = element.ownerDocument.createElement(tag);
  while (element.firstChild) wrapper.appendChild(element.firstChild);
  element.appendChild(wrapper);
}

/**
 * The page's CSP (style-src 'self') refuses style attributes in any document it parses, and
 * reports each one as a violation; so before the HTML is parsed at all, every `style`
 * attribute is renamed to this data attribute, whose declarations are then read by hand.
 */
const STYLE_ATTRIBUTE = /(<[a-zA-Z][^<>]*?\s)style\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/g;
const KEPT_STYLE = 'data-pasted-style';
/** Style sheets go before parsing for the same reason; they never carry structure. */
const STYLE_SHEETS = /<style[\s\S]*?<\/style\s*>/gi;
/**
 * Event-handler attributes (onclick, onerror) likewise: Chromium reports each one it parses
 * as an inline script the CSP refused, even in an inert document where it could never run.
 * One per pass, as a tag may carry several.
 */
const EVENT_HANDLER_ATTRIBUTE = /(<[a-zA-Z][^<>]*?\s)on[a-zA-Z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/g;

/** The clipboard's HTML with what the CSP would report taken out before any parser sees it. */
function withoutReportedAttributes(html: string): string {
  let text = html.replace(STYLE_SHEETS, '');
  for (let previous = ''; previous !== text; ) {
    previous = text;
    text = text.replace(EVENT_HANDLER_ATTRIBUTE, '$1');
  }
  return text.replace(STYLE_ATTRIBUTE, `$1${KEPT_STYLE}=$2`);
}

function declarationsOf(element: Element): Map<string, string> {
  const declarations = new Map<string, string>();
  for (const declaration of (element.getAttribute(KEPT_STYLE) ?? '').split(';')) {
    const colon = declaration.indexOf(':');
    if (colon > 0) declarations.set(declaration.slice(0, colon).trim().toLowerCase(), declaration.slice(colon + 1).trim().toLowerCase());
  }
  return declarations;
}

/** Inline style that carries meaning, as elements: bold, italic, underline. */
function styleToElements(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll(`[${KEPT_STYLE}]`))) {
    const style = declarationsOf(element);
    const weight = style.get('font-weight') ?? '';
    if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wrapChildren(element, 'strong');
    if (style.get('font-style') === 'italic') wrapChildren(element, 'em');
    if ((style.get('text-decoration-line') ?? style.get('text-decoration') ?? '').includes('underline')) wrapChildren(element, 'u');
  }
}

/** Google Docs wraps a whole copy in `<b style="font-weight:normal" id="docs-internal-guid…">`. */
function unwrapGoogleDocsWrapper(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('b[id^="docs-internal-guid"]'))) unwrap(element);
}

/** Body subheadings are h2 and h3: a pasted h1 becomes h2, h4–h6 become h3. */
function mapHeadings(root: ParentNode): void {
  for (const element of Array.from(root.querySelectorAll('h1'))) rename(element, 'h2');
  for (const element of Array.from(root.querySelectorAll('h4, h5, h6'))) rename(element, 'h3');
}

const WORD_LIST_PARAGRAPH = (element: Element) =>
  /MsoListParagraph/i.test(element.getAttribute('class') ?? '') || /^l\d/.test(declarationsOf(element).get('mso-list') ?? '');

/**
 * Word writes a list as paragraphs with `mso-list` style, each starting with its bullet or
 * number in a span marked `mso-list:Ignore`. Runs of them become <ul> or <ol> (a number or
 * letter before `.` or `)` means ordered), without the typed markers.
 */
function wordListsToLists(root: ParentNode): void {
  const paragraphs = Array.from(root.querySelectorAll('p')).filter(WORD_LIST_PARAGRAPH);
  let list: Element | null = null;
  let previous: Element | null = null;
  for (const paragraph of paragraphs) {
    const markerElement = Array.from(paragraph.querySelectorAll(`[${KEPT_STYLE}]`)).find((element) => declarationsOf(element).get('mso-list') === 'ignore');
    const marker = (markerElement?.textContent ?? '').trim();
    markerElement?.remove();
    const ordered = /^[\d۰-۹a-zA-Z]+[.)]/.test(marker);
    const continues = list !== null && previous !== null && previous.nextElementSibling === paragraph && (list.tagName === 'OL') === ordered;
    if (!continues) {
      list = paragraph.ownerDocument.createElement(ordered ? 'ol' : 'ul');
      paragraph.before(list);
    }
    const item = paragraph.ownerDocument.createElement('li');
    while (paragraph.firstChild) item.appendChild(paragraph.firstChild);
    list!.appendChild(item);
    // Keep the paragraph in place (empty) until the next one is checked against it, then drop it.
    previous?.remove();
    previous = paragraph;
  }
  previous?.remove();
}

export function sanitizePastedHtml(html: string): string {
  // An inert document: nothing in it runs or loads while it is read.
  const document = new DOMParser().parseFromString(withoutReportedAttributes(html), 'text/html');
  const body = document.body;
  unwrapGoogleDocsWrapper(body);
  wordListsToLists(body);
  styleToElements(body);
  mapHeadings(body);
  const clean = DOMPurify.sanitize(body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href'],
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    KEEP_CONTENT: true,
    RETURN_DOM_FRAGMENT: true,
  });
  // A link whose address was refused (javascript:, a file) keeps its words as plain text.
  for (const link of Array.from(clean.querySelectorAll('a:not([href])'))) unwrap(link);
  const holder = document.createElement('div');
  holder.append(clean);
  return holder.innerHTML;
}

/** Plain text as paragraphs: a blank line ends one; single line breaks inside it are spaces. */
export function plainTextParagraphs(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t\u00A0]*\n/)
    .map((paragraph) => paragraph.replace(/[ \t]*\n[ \t]*/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}
