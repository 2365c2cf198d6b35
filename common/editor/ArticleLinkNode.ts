/**
 * An inline link to another archived article (`[[…]]`): a token showing the target's headline
 * and carrying its id, so the link survives the target's headline being edited.
 *
 * As HTML it is `<a class="article-link" data-article-id="ID" href="dabir://article/ID">`: the
 * address names the article outside the app too (a relative `#article=` would point into the
 * exported file itself). importDOM reads either attribute back, so exported or copied HTML
 * pasted into the editor is a [[link]] again, not a web link.
 */
import {
  $applyNodeReplacement,
  TextNode,
  type DOMConversionMap,
  type DOMConversionOutput,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { articleIdFromUri, articleUri } from './reference-uris';
import { wrapInFormatTags } from './token-format-dom';

export type SerializedArticleLinkNode = Spread<{ articleId: string }, SerializedTextNode>;

export const ARTICLE_LINK_TYPE = 'article-link';

export class ArticleLinkNode extends TextNode {
  __articleId: string;

  static override getType(): string {
    return ARTICLE_LINK_TYPE;
  }

  static override clone(node: ArticleLinkNode): ArticleLinkNode {
    return new ArticleLinkNode(node.__articleId, node.__text, node.__key);
  }

  constructor(articleId: string, text: string, key?: NodeKey) {
    super(text, key);
    this.__articleId = articleId;
  }

  static override importJSON(json: SerializedArticleLinkNode): ArticleLinkNode {
    return $createArticleLinkNode(json.articleId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedArticleLinkNode {
    return { ...super.exportJSON(), articleId: this.__articleId };
  }

  getArticleId(): string {
    return this.getLatest().__articleId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('article-link');
    dom.dataset.articleId = this.__articleId;
    dom.spellcheck = false;
    return dom;
  }

  override exportDOM(): DOMExportOutput {
    const articleId = this.getArticleId();
    const element = document.createElement('a');
    element.className = 'article-link';
    element.setAttribute('data-article-id', articleId);
    element.setAttribute('href', articleUri(articleId));
    element.textContent = this.getTextContent();
    return { element: wrapInFormatTags(this, element) };
  }

  static override importDOM(): DOMConversionMap {
    // Above LinkNode's <a> (priority 1), which would make it a web link to an address it refuses.
    return {
      a: (element) => (linkedArticleId(element) ? { conversion: $convertArticleLinkElement, priority: 2 } : null),
    };
  }

  override isTextEntity(): true {
    return true;
  }

  override canInsertTextBefore(): boolean {
    return false;
  }

  override canInsertTextAfter(): boolean {
    return false;
  }
}

function linkedArticleId(element: HTMLElement): string | null {
  return element.getAttribute('data-article-id') || articleIdFromUri(element.getAttribute('href'));
}

function $convertArticleLinkElement(element: HTMLElement): DOMConversionOutput {
  const articleId = linkedArticleId(element);
  const text = element.textContent ?? '';
  return { node: articleId && text ? $createArticleLinkNode(articleId, text) : null };
}

export function $createArticleLinkNode(articleId: string, text: string): ArticleLinkNode {
  return $applyNodeReplacement(new ArticleLinkNode(articleId, text).setMode('token'));
}

export function $isArticleLinkNode(node: LexicalNode | null | undefined): node is ArticleLinkNode {
  return node instanceof ArticleLinkNode;
}
