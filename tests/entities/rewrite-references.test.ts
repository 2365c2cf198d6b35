import { describe, expect, it } from 'vitest';
import type { SerializedBody } from '../../common/contract';
import { readBody } from '../../db/editor/headless';
import { retargetEntityMentions, unlinkReferences } from '../../db/editor/rewrite-references';
import { bodyOf } from './support';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';
const ARTICLE = '33333333-3333-4333-8333-333333333333';

const linkNode = (articleId: string, text: string) => ({
  type: 'article-link',
  version: 1,
  text,
  format: 2,
  detail: 0,
  mode: 'token',
  style: 'color: red',
  articleId,
});

/** A body with mentions of A (bold, inside a list item too), one of B, and a [[link]]. */
function body(): SerializedBody {
  const base = bodyOf(['دیدار ', { mention: A, text: 'ظریف', format: 1 }, ' و ', { mention: B, text: 'لاوروف' }, ' در مسکو']);
  const root = base.root as unknown as { children: object[] };
  root.children.push({
    type: 'list',
    version: 1,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'listitem',
        version: 1,
        value: 1,
        direction: null,
        format: '',
        indent: 0,
        children: [{ type: 'entity-mention', version: 1, text: 'محمدجواد ظریف', format: 0, detail: 0, mode: 'token', style: '', entityId: A }, linkNode(ARTICLE, 'گزارش پیشین')],
      },
    ],
  });
  return base;
}

function nodesOf(value: SerializedBody): Array<Record<string, unknown>> {
  const out: Array<Record<string, unknown>> = [];
  const visit = (node: Record<string, unknown>) => {
    out.push(node);
    if (Array.isArray(node.children)) (node.children as Array<Record<string, unknown>>).forEach(visit);
  };
  visit(value.root as unknown as Record<string, unknown>);
  return out;
}

describe('rewriting references in a body', () => {
  it('points every mention of one entity at another, at any depth, and leaves the input alone', () => {
    const input = body();
    const before = JSON.stringify(input);
    const output = retargetEntityMentions(input, A, B)!;
    expect(JSON.stringify(input)).toBe(before);
    const mentions = nodesOf(output).filter((node) => node.type === 'entity-mention');
    expect(mentions.map((node) => [node.entityId, node.text, node.format])).toEqual([
      [B, 'ظریف', 1],
      [B, 'لاوروف', 0],
      [B, 'محمدجواد ظریف', 0],
    ]);
    expect(readBody(output).references.entityIds).toEqual(new Set([B]));
  });

  it('returns null when nothing points at the entity, so no save is made', () => {
    expect(retargetEntityMentions(body(), ARTICLE, B)).toBeNull();
    expect(unlinkReferences(body(), { entityId: ARTICLE })).toBeNull();
    expect(unlinkReferences(body(), { articleId: A })).toBeNull();
    expect(unlinkReferences(body(), {})).toBeNull();
  });

  it('turns mentions of an entity into plain text with the same words, format and style', () => {
    const input = body();
    const output = unlinkReferences(input, { entityId: A })!;
    const read = readBody(output);
    expect(read.text).toBe(readBody(input).text);
    expect(read.references.entityIds).toEqual(new Set([B]));
    const bold = nodesOf(output).find((node) => node.text === 'ظریف')!;
    expect(bold).toMatchObject({ type: 'text', format: 1, mode: 'normal', style: '' });
    expect(bold).not.toHaveProperty('entityId');
  });

  it('turns [[links]] to an article into plain text, keeping their formatting', () => {
    const output = unlinkReferences(body(), { articleId: ARTICLE })!;
    const read = readBody(output);
    expect(read.references.articleIds.size).toBe(0);
    expect(nodesOf(output).find((node) => node.text === 'گزارش پیشین')).toMatchObject({ type: 'text', format: 2, style: 'color: red' });
  });
});
