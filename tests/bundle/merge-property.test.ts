/**
 * The merge's promise, checked on random histories (fast-check): two archives start from a
 * common one; each side then edits, deletes, restores, tags, links and unlinks at random,
 * and creates articles. After merging each into a copy of the other, every revision of both
 * sides is present, and the two results agree: the same articles, revisions, tags and links.
 * Merging again changes nothing.
 */
import fc from 'fast-check';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onCurrentRevision } from '../support/revisions';
import type { LinkType } from '../../common/contract';
import type { Archive } from '../../db/archive';
import { mergeBundleFile } from '../../db/bundle/merge-bundle';
import { bodyFromPlainText } from '../../db/editor/headless';
import { makeTempDir, openTempArchive } from '../support/temp-archive';
import { bundleOf, copiesOf, mergeState, revisionIds } from './support';

const HEADLINES = ['نشست جاکارتا', 'بیانیهٔ پایانی', 'دیدار دوجانبه', 'سفر ظریف', 'قطعنامهٔ قدس'];
const TAGS = ['OIC', 'فلسطین', 'قدس', 'دیپلماسی'];
const LINK_TYPES: LinkType[] = ['follow_up', 'background', 'correction', 'related'];

type Operation =
  | { kind: 'edit'; article: number; text: number }
  | { kind: 'delete'; article: number }
  | { kind: 'restore'; article: number }
  | { kind: 'tag'; article: number; tag: number; add: boolean }
  | { kind: 'link'; from: number; to: number; type: number; add: boolean }
  | { kind: 'create'; text: number };

const index = fc.nat({ max: 50 });
const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), article: index, text: index }),
  fc.record({ kind: fc.constant('delete' as const), article: index }),
  fc.record({ kind: fc.constant('restore' as const), article: index }),
  fc.record({ kind: fc.constant('tag' as const), article: index, tag: index, add: fc.boolean() }),
  fc.record({ kind: fc.constant('link' as const), from: index, to: index, type: index, add: fc.boolean() }),
  fc.record({ kind: fc.constant('create' as const), text: index }),
);

function apply(archive: Archive, op: Operation, side: string): void {
  const all = archive.db.prepare('SELECT id, deleted_at FROM articles ORDER BY seq').all() as Array<{ id: string; deleted_at: string | null }>;
  const live = all.filter((row) => row.deleted_at === null).map((row) => row.id);
  const deleted = all.filter((row) => row.deleted_at !== null).map((row) => row.id);
  const pick = (list: string[], n: number) => (list.length === 0 ? undefined : list[n % list.length]);
  switch (op.kind) {
    case 'edit': {
      const id = pick(live, op.article);
      if (id) archive.articles.save(id, { headline: `${HEADLINES[op.text % HEADLINES.length]} (${side}${op.text})`, body: bodyFromPlainText(`متن ${side} ${op.text}`) }, onCurrentRevision(archive.articles, id));
      break;
    }
    case 'delete': {
      const id = pick(live, op.article);
      if (id) archive.deletion.delete(id, 'remove');
      break;
    }
    case 'restore': {
      const id = pick(deleted, op.article);
      if (id) archive.deletion.restore(id);
      break;
    }
    case 'tag': {
      const id = pick(live, op.article);
      const tag = TAGS[op.tag % TAGS.length];
      if (id) archive.tags.tagArticles([id], op.add ? [tag] : [], op.add ? [] : [tag]);
      break;
    }
    case 'link': {
      const from = pick(live, op.from);
      const to = pick(live, op.to + 1);
      const type = LINK_TYPES[op.type % LINK_TYPES.length];
      if (from && to && from !== to) {
        if (op.add) archive.links.add(from, to, type, onCurrentRevision(archive.articles, from));
        else archive.links.remove(from, to, type, archive.articles.get(from).revision);
      }
      break;
    }
    case 'create':
      archive.articles.create({ headline: `خبر تازهٔ ${side} ${op.text}`, tags: [TAGS[op.text % TAGS.length]], body: bodyFromPlainText(`متن تازه ${op.text}`) });
      break;
  }
}

describe('merging two archives that grew apart', () => {
  it('keeps every revision of both and converges whichever way it runs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { maxLength: 7 }), fc.array(operation, { maxLength: 7 }), async (opsA, opsB) => {
        const temp = openTempArchive();
        const dir = makeTempDir('dabir-merge-property-');
        const common = temp.archive;
        const ids = HEADLINES.slice(0, 3).map((headline) => common.articles.create({ headline, tags: ['OIC'], body: bodyFromPlainText(`متن ${headline}`) }).id);
        common.links.add(ids[1], ids[0], 'follow_up', onCurrentRevision(common.articles, ids[1]));
        const [a, b] = copiesOf(common, dir, ['a', 'b']);
        try {
          for (const op of opsA) apply(a, op, 'الف');
          for (const op of opsB) apply(b, op, 'ب');
          // Both bundles are taken before either merge: A takes B's, B takes A's.
          const aBundle = await bundleOf(a, dir, 'a');
          const bBundle = await bundleOf(b, dir, 'b');
          const before = new Set([...revisionIds(a), ...revisionIds(b)]);
          await mergeBundleFile(a, bBundle);
          await mergeBundleFile(b, aBundle);

          const after = revisionIds(a);
          for (const revision of before) expect(after.has(revision)).toBe(true);
          const merged = mergeState(a);
          expect(mergeState(b)).toEqual(merged);
          // Idempotent: the same bundle again changes nothing.
          await mergeBundleFile(a, bBundle);
          expect(mergeState(a)).toEqual(merged);
          expect(a.db.pragma('foreign_key_check')).toEqual([]);
        } finally {
          a.close();
          b.close();
          temp.cleanup();
          rmSync(dir, { recursive: true, force: true });
        }
      }),
      { numRuns: 12 },
    );
  }, 240_000);
});
