/**
 * An inline link to another archived article (`[[…]]`): a token showing the target's headline
 * and carrying its id, so the link survives the target's headline being edited.
 */
import {
  $applyNodeReplacement,
  TextNode,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalNode,
  type NodeKey,
  type SerializedTextNode,
  type Spread,
} from 'lexical';

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
    const element = document.createElement('a');
    element.className = 'article-link';
    element.setAttribute('href', `#article=${this.__articleId}`);
    element.dataset.articleId = this.__articleId;
    element.textContent = this.__text;
    return { element };
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

export function $createArticleLinkNode(articleId: string, text: string): ArticleLinkNode {
  return $applyNodeReplacement(new ArticleLinkNode(articleId, text).setMode('token'));
}

export function $isArticleLinkNode(node: LexicalNode | null | undefined): node is ArticleLinkNode {
  return node instanceof ArticleLinkNode;
}
