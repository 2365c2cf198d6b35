/**
 * An article from a sanitised HTML document: the headline from its `<title>` or its first
 * heading, the date from its metadata, the rest as the body. A page Dabir exported itself
 * (an `<article data-article-id>` with its kicker, lead, byline and dateline) comes back with
 * those fields in place.
 */
import type { ArticleDraft } from '../article-draft';
import { deriveHeadline } from '../derive-headline';
import { applyStoryDate } from '../metadata-date';
import { characterCount } from '../text-lines';
import { bodyFromDom } from './body-from-dom';
import type { ImportWindow } from './import-window';

/** Metadata a container format knows better than its HTML (a Word file's properties). */
export interface DocumentMetadata {
  title?: string;
  date?: string;
}

/** `<meta>` names and properties that carry a story's date, most specific first. */
const DATE_META = [
  'article:published_time',
  'dcterms.created',
  'dcterms.date',
  'dc.date',
  'dc.date.created',
  'date',
  'pubdate',
  'publish-date',
  'datepublished',
  'created',
];

/** Titles tools write when the writer gave none. */
const PLACEHOLDER_TITLE = /^(untitled|document|new document|سند\s*\d*|بدون عنوان)$/i;
const HEADLINE_MAX_CHARS = 120;

const oneLine = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

function metaDate(root: HTMLElement): string | undefined {
  const metas = Array.from(root.querySelectorAll('meta'));
  for (const name of DATE_META) {
    const meta = metas.find((element) => (element.getAttribute('name') ?? element.getAttribute('property') ?? element.getAttribute('itemprop') ?? '').toLowerCase() === name);
    const content = meta?.getAttribute('content');
    if (content) return content;
  }
  return undefined;
}

function removeIfSameText(element: Element | null, text: string): void {
  if (element && oneLine(element.textContent) === text) element.remove();
}

/** Fields of Dabir's own exported page, read from its header. */
function readDabirHeader(article: Element, draft: ArticleDraft): void {
  const header = article.querySelector('header');
  if (!header) return;
  const field = (selector: string) => oneLine(header.querySelector(selector)?.textContent);
  const kicker = field('.kicker');
  const lead = header.querySelector('.lead')?.textContent?.trim() ?? '';
  const byline = field('.byline');
  if (kicker) draft.fields.kicker = kicker;
  if (lead) draft.fields.lead = lead;
  if (byline) draft.fields.byline = byline;
  const dateline = header.querySelector('.dateline');
  const place = oneLine(dateline?.querySelector('.dateline-place')?.textContent);
  if (place) draft.fields.datelinePlace = place;
  applyStoryDate(draft, dateline?.querySelector('time')?.getAttribute('datetime'));
  const headline = field('h1');
  if (headline) draft.fields.headline = headline;
  header.remove();
}

export function articleFromSanitizedHtml(window: ImportWindow, root: HTMLElement, metadata: DocumentMetadata = {}): ArticleDraft {
  const draft: ArticleDraft = { fields: { headline: '' }, bodyText: '' };
  const body = root.querySelector('body') ?? root;
  const title = oneLine(metadata.title ?? root.querySelector('title')?.textContent);

  const exported = body.querySelector('article[data-article-id]');
  if (exported) readDabirHeader(exported, draft);
  const container = (exported?.querySelector('.article-body') as ParentNode | null) ?? exported ?? body;

  if (!draft.fields.headline) {
    const heading = container.querySelector('h1, h2, h3, h4, h5, h6');
    if (title && !PLACEHOLDER_TITLE.test(title)) {
      draft.fields.headline = title;
      removeIfSameText(heading, title);
    } else if (heading && oneLine(heading.textContent)) {
      draft.fields.headline = oneLine(heading.textContent);
      heading.remove();
    } else {
      const first = container.querySelector('p');
      const opening = oneLine(first?.textContent);
      if (opening && characterCount(opening) <= HEADLINE_MAX_CHARS) {
        draft.fields.headline = opening;
        first!.remove();
      }
    }
  }
  if (!draft.at) applyStoryDate(draft, metadata.date ?? metaDate(root));

  groupWordLists(container);
  draft.body = bodyFromDom(window, container);
  if (!draft.fields.headline) {
    const text = (container as Element).textContent ?? '';
    draft.fields.headline = deriveHeadline(oneLine(text));
  }
  return draft;
}

/**
 * Word's "lists" are paragraphs whose marker the sanitiser removed (marking each paragraph
 * with the kind of list its marker showed): consecutive ones become one real list.
 */
function groupWordLists(container: ParentNode): void {
  for (const paragraph of Array.from(container.querySelectorAll('p[data-dabir-list]'))) {
    const kind = paragraph.getAttribute('data-dabir-list') === 'ol' ? 'ol' : 'ul';
    const previous = paragraph.previousElementSibling;
    let list = previous?.tagName.toLowerCase() === kind && previous.hasAttribute('data-dabir-grouped') ? previous : null;
    if (!list) {
      list = paragraph.ownerDocument.createElement(kind);
      list.setAttribute('data-dabir-grouped', '');
      paragraph.before(list);
    }
    const item = paragraph.ownerDocument.createElement('li');
    while (paragraph.firstChild) item.append(paragraph.firstChild);
    list.append(item);
    paragraph.remove();
  }
}
