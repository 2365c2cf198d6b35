/**
 * What an @mention and a [[link]] share: one uneditable token of text that carries the id of
 * what it refers to. Token mode deletes and selects it whole; no text can be typed into it or
 * glued onto it; in the editor it is an element with a class and a data attribute naming the
 * id. Each subclass keeps its own JSON type and field name, so stored bodies do not change.
 */
import { TextNode, type DOMExportOutput, type EditorConfig, type NodeKey } from 'lexical';
import { wrapInFormatTags } from './token-format-dom';

/** How one kind of reference shows in the DOM: `<tag class="className" data-…="id">`. */
export interface ReferenceDom {
  className: string;
  /** The dataset key (camelCase) holding the id, e.g. `articleId` for `data-article-id`. */
  datasetKey: 'articleId' | 'entityId';
}

export abstract class ReferenceTokenNode extends TextNode {
  __targetId: string;

  // Defaults, because Lexical builds each class of the chain to read its static config.
  constructor(targetId = '', text = '', key?: NodeKey) {
    super(text, key);
    this.__targetId = targetId;
  }

  protected abstract referenceDom(): ReferenceDom;

  /** The element exported HTML carries, and any attributes it adds after the class and id. */
  protected abstract exportTag(): 'a' | 'span';
  protected exportAttributes(): Record<string, string> {
    return {};
  }

  protected targetId(): string {
    return this.getLatest().__targetId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    const { className, datasetKey } = this.referenceDom();
    dom.classList.add(className);
    dom.dataset[datasetKey] = this.__targetId;
    dom.spellcheck = false;
    return dom;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement(this.exportTag());
    const { className, datasetKey } = this.referenceDom();
    element.className = className;
    element.dataset[datasetKey] = this.targetId();
    for (const [name, value] of Object.entries(this.exportAttributes())) element.setAttribute(name, value);
    element.textContent = this.getTextContent();
    return { element: wrapInFormatTags(this, element) };
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
