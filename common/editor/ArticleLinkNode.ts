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
  type DOMConversionMap,
  type DOMConversionOutput,
  type LexicalNode,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { articleIdFromUri, articleUri } from './reference-uris';
import { ReferenceTokenNode, type ReferenceDom } from './ReferenceTokenNode';

export type SerializedArticleLinkNode = Spread<{ articleId: string }, SerializedTextNode>;

export const ARTICLE_LINK_TYPE = 'article-link';

export class ArticleLinkNode extends ReferenceTokenNode {
  static override getType(): string {
    return ARTICLE_LINK_TYPE;
  }

  static override clone(node: ArticleLinkNode): ArticleLinkNode {
    return new ArticleLinkNode(node.__targetId, node.__text, node.__key);
  }

  static override importJSON(json: SerializedArticleLinkNode): ArticleLinkNode {
    return $createArticleLinkNode(json.articleId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedArticleLinkNode {
    return { ...super.exportJSON(), articleId: this.__targetId };
  }

  getArticleId(): string {
    return this.targetId();
  }

  protected override referenceDom(): ReferenceDom {
    return { className: 'article-link', datasetKey: 'articleId' };
  }

  protected override exportTag(): 'a' {
    return 'a';
  }

  protected override exportAttributes(): Record<string, string> {
    return { href: articleUri(this.targetId()) };
  }

  static override importDOM(): DOMConversionMap {
    // Above LinkNode's <a> (priority 1), which would make it a web link to an address it refuses.
    return {
      a: (element) => (linkedArticleId(element) ? { conversion: $convertArticleLinkElement, priority: 2 } : null),
    };
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
