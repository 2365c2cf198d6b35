/**
 * An inline mention of an archive entity (`@ظریف`): one uneditable token that carries the
 * entity's id, so the article is linked to the entity however the name is spelled.
 *
 * As HTML it is `<span class="entity-mention" data-entity-id="ID">name</span>`; importDOM
 * reads that back (and `<a href="dabir://entity/ID">`), so exported or copied HTML pasted
 * into the editor is a mention again, not plain text.
 */
import {
  $applyNodeReplacement,
  type DOMConversionMap,
  type DOMConversionOutput,
  type LexicalNode,
  type SerializedTextNode,
  type Spread,
} from 'lexical';
import { entityIdFromUri } from './reference-uris';
import { ReferenceTokenNode, type ReferenceDom } from './ReferenceTokenNode';

export type SerializedEntityMentionNode = Spread<{ entityId: string }, SerializedTextNode>;

export const ENTITY_MENTION_TYPE = 'entity-mention';

export class EntityMentionNode extends ReferenceTokenNode {
  static override getType(): string {
    return ENTITY_MENTION_TYPE;
  }

  static override clone(node: EntityMentionNode): EntityMentionNode {
    return new EntityMentionNode(node.__targetId, node.__text, node.__key);
  }

  static override importJSON(json: SerializedEntityMentionNode): EntityMentionNode {
    return $createEntityMentionNode(json.entityId, json.text).updateFromJSON(json);
  }

  override exportJSON(): SerializedEntityMentionNode {
    return { ...super.exportJSON(), entityId: this.__targetId };
  }

  getEntityId(): string {
    return this.targetId();
  }

  protected override referenceDom(): ReferenceDom {
    return { className: 'entity-mention', datasetKey: 'entityId' };
  }

  protected override exportTag(): 'span' {
    return 'span';
  }

  static override importDOM(): DOMConversionMap {
    // Above TextNode's <span> and LinkNode's <a> (priority 0 and 1), which would keep only the text.
    return {
      span: (element) => (mentionedEntityId(element) ? { conversion: $convertMentionElement, priority: 2 } : null),
      a: (element) => (mentionedEntityId(element) ? { conversion: $convertMentionElement, priority: 2 } : null),
    };
  }
}

function mentionedEntityId(element: HTMLElement): string | null {
  if (element.nodeName === 'A') return entityIdFromUri(element.getAttribute('href'));
  return element.getAttribute('data-entity-id') || null;
}

function $convertMentionElement(element: HTMLElement): DOMConversionOutput {
  const entityId = mentionedEntityId(element);
  const text = element.textContent ?? '';
  // A mention with no name left would be an invisible token; drop it.
  return { node: entityId && text ? $createEntityMentionNode(entityId, text) : null };
}

export function $createEntityMentionNode(entityId: string, text: string): EntityMentionNode {
  // Token mode: the name is deleted and selected as a whole, never half-edited.
  return $applyNodeReplacement(new EntityMentionNode(entityId, text).setMode('token'));
}

export function $isEntityMentionNode(node: LexicalNode | null | undefined): node is EntityMentionNode {
  return node instanceof EntityMentionNode;
}
