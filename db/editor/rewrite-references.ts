/**
 * Rewrites of the references inside a serialized article body (Lexical JSON), for when what
 * they point at changes: an entity merged into another, an entity or article deleted. Pure
 * JSON in, JSON out: no editor is created, and the caller saves the result through the
 * article save path so the change gets a revision like any edit.
 *
 * Each function returns null when nothing in the body matched, so callers skip the save.
 * Unchanged subtrees are shared with the input, never mutated.
 */
import type { BodyRewrite, SerializedBody } from '../../common/contract';
import { ARTICLE_LINK_TYPE } from '../../common/editor/ArticleLinkNode';
import { ENTITY_MENTION_TYPE } from '../../common/editor/EntityMentionNode';

type JsonNode = Record<string, unknown> & { type?: unknown; children?: unknown };

/** Applies `rewrite` to every node, depth first; null when it changed nothing. */
function mapNodes(node: JsonNode, rewrite: (node: JsonNode) => JsonNode | null): JsonNode | null {
  const replaced = rewrite(node);
  if (replaced) return replaced;
  if (!Array.isArray(node.children)) return null;
  let children: unknown[] | null = null;
  node.children.forEach((child, i) => {
    if (child === null || typeof child !== 'object') return;
    const next = mapNodes(child as JsonNode, rewrite);
    if (next === null) return;
    children ??= [...(node.children as unknown[])];
    children[i] = next;
  });
  return children ? { ...node, children } : null;
}

function mapBody(body: SerializedBody, rewrite: (node: JsonNode) => JsonNode | null): SerializedBody | null {
  const root = mapNodes(body.root as JsonNode, rewrite);
  return root ? ({ ...body, root } as SerializedBody) : null;
}

/** Points every inline @mention of `fromId` at `toId`, keeping its text as written. */
export function retargetEntityMentions(body: SerializedBody, fromId: string, toId: string): SerializedBody | null {
  return mapBody(body, (node) =>
    node.type === ENTITY_MENTION_TYPE && node.entityId === fromId ? { ...node, entityId: toId } : null,
  );
}

export interface UnlinkTarget {
  /** Inline @mentions of this entity become plain text. */
  entityId?: string;
  /** Inline [[links]] to this article become plain text. */
  articleId?: string;
}

/**
 * Turns the inline @mentions of an entity and/or the [[links]] to an article into plain text
 * with the same text, format, style and detail, so the sentence reads exactly as before and
 * only the reference goes. (Token mode goes too: the words become editable text.)
 */
export function unlinkReferences(body: SerializedBody, target: UnlinkTarget): SerializedBody | null {
  if (target.entityId === undefined && target.articleId === undefined) return null;
  return mapBody(body, (node) => {
    const matches =
      (target.entityId !== undefined && node.type === ENTITY_MENTION_TYPE && node.entityId === target.entityId) ||
      (target.articleId !== undefined && node.type === ARTICLE_LINK_TYPE && node.articleId === target.articleId);
    return matches ? plainTextOf(node) : null;
  });
}

function plainTextOf(node: JsonNode): JsonNode {
  return {
    type: 'text',
    version: typeof node.version === 'number' ? node.version : 1,
    text: typeof node.text === 'string' ? node.text : '',
    format: typeof node.format === 'number' ? node.format : 0,
    detail: typeof node.detail === 'number' ? node.detail : 0,
    mode: 'normal',
    style: typeof node.style === 'string' ? node.style : '',
  };
}

/** One rule of a system rewrite (common/api/revision.ts) applied to a body; null when nothing matched. */
export function applyBodyRewrite(body: SerializedBody, rewrite: BodyRewrite): SerializedBody | null {
  return rewrite.kind === 'retarget-entity' ? retargetEntityMentions(body, rewrite.from, rewrite.to) : unlinkReferences(body, rewrite);
}
