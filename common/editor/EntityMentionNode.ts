/**
 * An inline mention of an archive entity (`@ظریف`): one uneditable token that carries the
 * entity's id, so the article is linked to the entity however the name is spelled.
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

export type SerializedEntityMentionNode = Spread<{ entityId: string }, SerializedTextNode>;

export const ENTITY_MENTION_TYPE = 'entity-mention';

export class EntityMentionNode extends TextNode {
  __entityId: string;

  static override getType(): string {
    return ENTITY_MENTION_TYPE;
  }

  static override clone(node: EntityMentionNode): EntityMentionNode {
    return new EntityMentionNode(node.__entityId, node.__text, node.__key);
  }

  constructor(entityId: string, text: string, key?: NodeKey) {
    super(text, key);
    this.__entityId = entityId;
  }

  static override importJSON(json: SerializedEntityMentionNode): EntityMentionNode {
    return $createEntityMentionNode(json.entityId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedEntityMentionNode {
    return { ...super.exportJSON(), entityId: this.__entityId };
  }

  getEntityId(): string {
    return this.getLatest().__entityId;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const dom = super.createDOM(config);
    dom.classList.add('entity-mention');
    dom.dataset.entityId = this.__entityId;
    dom.spellcheck = false;
    return dom;
  }

  override exportDOM(): DOMExportOutput {
    const element = document.createElement('span');
    element.className = 'entity-mention';
    element.dataset.entityId = this.__entityId;
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

export function $createEntityMentionNode(entityId: string, text: string): EntityMentionNode {
  // Token mode: the name is deleted and selected as a whole, never half-edited.
  return $applyNodeReplacement(new EntityMentionNode(entityId, text).setMode('token'));
}

export function $isEntityMentionNode(node: LexicalNode | null | undefined): node is EntityMentionNode {
  return node instanceof EntityMentionNode;
}
