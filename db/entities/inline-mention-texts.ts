/**
 * The words of each inline @mention in a serialized body, by entity id: what the panel shows
 * as "matched text" for a mention the writer made by hand under a name no alias has.
 */
import type { SerializedBody } from '../../common/contract';
import { ENTITY_MENTION_TYPE } from '../../common/editor/EntityMentionNode';

/** The first mention's text for each entity, in document order. */
export function inlineMentionTexts(body: SerializedBody | null): Map<string, string> {
  const texts = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    const { type, entityId, text, children } = node as Record<string, unknown>;
    if (type === ENTITY_MENTION_TYPE && typeof entityId === 'string' && typeof text === 'string') {
      if (!texts.has(entityId)) texts.set(entityId, text);
      return;
    }
    if (Array.isArray(children)) children.forEach(visit);
  };
  if (body) visit(body.root);
  return texts;
}
