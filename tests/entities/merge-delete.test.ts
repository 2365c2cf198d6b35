import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText, readBody } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { bodyOf, openEntityArchive, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const IRAN = gazetteerEntityId('country:IR');

const rows = (archive: Archive, sql: string, ...params: unknown[]) => archive.db.prepare(sql).all(...params) as any[];
const count = (archive: Archive, sql: string, ...params: unknown[]) => archive.db.prepare(sql).pluck().get(...params) as number;
const mentionOf = (archive: Archive, articleId: string, entityId: string) =>
  archive.db.prepare('SELECT state, origin FROM mentions WHERE article_id = ? AND entity_id = ?').get(articleId, entityId) as { state: string; origin: string } | undefined;

function expectIntegrity(archive: Archive, goneId: string): void {
  expect(rows(archive, 'PRAGMA foreign_key_check')).toEqual([]);
  expect(count(archive, 'SELECT count(*) FROM mentions WHERE entity_id = ?', goneId)).toBe(0);
  expect(count(archive, 'SELECT count(*) FROM entity_aliases WHERE entity_id = ?', goneId)).toBe(0);
  expect(count(archive, 'SELECT count(*) FROM entities WHERE id = ?', goneId)).toBe(0);
  expect(count(archive, 'SELECT count(*) FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = m.entity_id)')).toBe(0);
  expect(count(archive, 'SELECT count(*) FROM entity_aliases a WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = a.entity_id)')).toBe(0);
  // No live body still points at it.
  expect(count(archive, 'SELECT count(*) FROM articles WHERE deleted_at IS NULL AND instr(body_json, ?) > 0', goneId)).toBe(0);
}

describe('merging entities', () => {
  it('moves mentions (the stronger state kept), names and inline @mentions, then deletes the source', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const { entities, entityReads, entityLifecycle, articles, mentions } = archive;
    const target = entities.create({ kind: 'person', canonical: 'محمدجواد ظریف', aliases: [{ name: 'Zarif' }] });
    const source = entities.create({ kind: 'person', canonical: 'جواد ظریف', aliases: [{ name: 'دکتر ظریف' }, { name: 'zarif' }] });

    // 1: the source @mentioned inline (bold) beside the target.
    const inline = articles.create({ headline: 'دیدار', body: bodyOf(['دیدار ', { mention: source.id, text: 'جواد ظریف', format: 1 }, ' با همتای روس']) });
    // 2: the source suggested, the target confirmed by hand → confirmed stays.
    const suggested = articles.create({ headline: 'گفت‌وگو', body: bodyFromPlainText('گفت‌وگوی دکتر ظریف با خبرنگاران') });
    mentions.setState(suggested.id, target.id, 'confirmed');
    // 3: the source confirmed, the target dismissed → confirmed wins.
    const confirmed = articles.create({ headline: 'سفر', body: bodyFromPlainText('سفر دکتر ظریف به جاکارتا') });
    mentions.setState(confirmed.id, source.id, 'confirmed');
    mentions.setState(confirmed.id, target.id, 'dismissed');
    // 4: only a dismissal of the source → a dismissal of the target.
    const dismissed = articles.create({ headline: 'نقل قول', body: bodyFromPlainText('به نقل از دکتر ظریف') });
    mentions.setState(dismissed.id, source.id, 'dismissed');
    const revisionsBefore = articles.revisionCount(inline.id);
    const untouchedRevisions = articles.revisionCount(suggested.id);

    const merged = entityLifecycle.merge(source.id, target.id);

    expect(merged.id).toBe(target.id);
    expect(merged.aliases.map((alias) => alias.name)).toEqual(expect.arrayContaining(['محمدجواد ظریف', 'Zarif', 'جواد ظریف', 'دکتر ظریف']));
    expect(merged.aliases.map((alias) => alias.name)).not.toContain('zarif'); // the target's spelling of the shared key stays
    expect(mentionOf(archive, inline.id, target.id)).toEqual({ state: 'confirmed', origin: 'inline' });
    expect(mentionOf(archive, suggested.id, target.id)).toEqual({ state: 'confirmed', origin: 'manual' });
    expect(mentionOf(archive, confirmed.id, target.id)).toEqual({ state: 'confirmed', origin: 'manual' });
    expect(mentionOf(archive, dismissed.id, target.id)?.state).toBe('dismissed');

    // The inline node now carries the target's id, same words and bold, saved as a revision.
    const body = articles.get(inline.id).body!;
    expect(readBody(body).references.entityIds).toEqual(new Set([target.id]));
    expect(JSON.stringify(body)).toContain(`"format":1,"mode":"token","style":"","text":"جواد ظریف","type":"entity-mention","version":1,"entityId":"${target.id}"`);
    expect(articles.revisionCount(inline.id)).toBe(revisionsBefore + 1);
    expect(articles.revisionCount(suggested.id)).toBe(untouchedRevisions);

    expectIntegrity(archive, source.id);
    expect(entityReads.suggest('دکتر ظریف').map((item) => item.id)).toEqual([target.id]);
    expect(rows(archive, 'SELECT revision, action FROM entity_revisions WHERE entity_id = ? ORDER BY revision', source.id)).toEqual([
      { revision: 1, action: 'create' },
      { revision: 2, action: 'merge-into' },
    ]);
    const last = rows(archive, "SELECT action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision DESC LIMIT 1", target.id)[0];
    expect(last.action).toBe('merged-from');
    expect(JSON.parse(last.snapshot).mergedFrom).toBe(source.id);
  });

  it('refuses to merge an entity into itself or into nothing', () => {
    temp = openEntityArchive();
    const { entities, entityLifecycle } = temp.archive;
    expect(() => entityLifecycle.merge(IRAN, IRAN)).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => entityLifecycle.merge(IRAN, '00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(entities.exists(IRAN)).toBe(true);
  });

  it('hands a starter entity’s gazetteer key to the user’s entity it is merged into', () => {
    temp = openEntityArchive();
    const { entities, entityLifecycle } = temp.archive;
    const mine = entities.create({ kind: 'country', canonical: 'ایران عزیز' });
    entityLifecycle.merge(IRAN, mine.id);
    expect(entities.get(mine.id)).toMatchObject({ gazetteerKey: 'country:IR' });
    expect(entities.get(mine.id).aliases.map((alias) => alias.name)).toEqual(expect.arrayContaining(['ایران', 'Iran', 'جمهوری اسلامی ایران']));
  });
});

describe('deleting entities', () => {
  function archiveWithReferences() {
    temp = openEntityArchive();
    const { entities, articles } = temp.archive;
    const zarif = entities.create({ kind: 'person', canonical: 'ظریف' });
    const inline = articles.create({ headline: 'دیدار', body: bodyOf(['دیدار ', { mention: zarif.id, text: 'ظریف', format: 2 }, ' در جاکارتا'], ['بند دوم']) });
    const detected = articles.create({ headline: 'ظریف در جاکارتا', body: bodyFromPlainText('متن') });
    const unrelated = articles.create({ headline: 'خبر دیگر', body: bodyFromPlainText('ایران') });
    return { zarif, inline, detected, unrelated };
  }

  it("with 'refuse' reports what refers to it and changes nothing", () => {
    const { zarif, inline, detected } = archiveWithReferences();
    const { archive } = temp;
    const before = {
      body: JSON.stringify(archive.articles.get(inline.id).body),
      revisions: archive.articles.revisionCount(inline.id),
      mentions: count(archive, 'SELECT count(*) FROM mentions WHERE entity_id = ?', zarif.id),
    };
    const report = archive.entityLifecycle.delete(zarif.id, 'refuse');
    expect(report).toEqual({
      deleted: false,
      references: [
        { articleId: inline.id, headline: 'دیدار', kind: 'inline' },
        { articleId: detected.id, headline: 'ظریف در جاکارتا', kind: 'mention' },
      ],
    });
    expect(archive.entities.get(zarif.id).aliases).toHaveLength(1);
    expect(JSON.stringify(archive.articles.get(inline.id).body)).toBe(before.body);
    expect(archive.articles.revisionCount(inline.id)).toBe(before.revisions);
    expect(count(archive, 'SELECT count(*) FROM mentions WHERE entity_id = ?', zarif.id)).toBe(before.mentions);
    expect(count(archive, "SELECT count(*) FROM entity_revisions WHERE entity_id = ? AND action = 'delete'", zarif.id)).toBe(0);
  });

  it("with 'remove' turns inline @mentions into the same plain text and leaves no rows behind", () => {
    const { zarif, inline, unrelated } = archiveWithReferences();
    const { archive } = temp;
    const textBefore = archive.articles.get(inline.id).bodyText;
    const revisions = archive.articles.revisionCount(inline.id);
    const report = archive.entityLifecycle.delete(zarif.id, 'remove');
    expect(report.deleted).toBe(true);
    expect(report.references.map((ref) => ref.kind)).toEqual(['inline', 'mention']);

    const after = archive.articles.get(inline.id);
    expect(after.bodyText).toBe(textBefore);
    expect(readBody(after.body!).references.entityIds.size).toBe(0);
    expect(JSON.stringify(after.body)).toContain('"format":2,"mode":"normal","style":"","text":"ظریف","type":"text"');
    expect(archive.articles.revisionCount(inline.id)).toBe(revisions + 1);
    expect(archive.articles.revisionCount(unrelated.id)).toBe(1);
    expectIntegrity(archive, zarif.id);
    expect(rows(archive, 'SELECT action FROM entity_revisions WHERE entity_id = ? ORDER BY revision', zarif.id).map((row) => row.action)).toEqual(['create', 'delete']);
  });

  it("with 'refuse' deletes an entity nothing refers to (a dismissed suggestion refers to nothing)", () => {
    temp = openEntityArchive();
    const { entities, entityLifecycle, articles, mentions } = temp.archive;
    const lonely = entities.create({ kind: 'place', canonical: 'جزیره دورافتاده' });
    const article = articles.create({ headline: 'سفر به جزیره دورافتاده' });
    mentions.setState(article.id, lonely.id, 'dismissed');
    expect(entityLifecycle.delete(lonely.id, 'refuse')).toEqual({ deleted: true, references: [] });
    expectIntegrity(temp.archive, lonely.id);
    expect(() => entityLifecycle.delete(lonely.id, 'remove')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});

describe('undoing an entity delete', () => {
  it('brings back the same id, names, description and the editors’ decisions', () => {
    temp = openEntityArchive();
    const { entities, entityReads, entityLifecycle, articles, mentions } = temp.archive;
    const zarif = entities.create({ kind: 'person', canonical: 'محمدجواد ظریف', aliases: [{ name: 'Zarif' }, { name: 'ظريف' }], description: 'وزیر خارجه پیشین' });
    const inline = articles.create({ headline: 'دیدار', body: bodyOf(['دیدار ', { mention: zarif.id, text: 'محمدجواد ظریف' }, ' در جاکارتا']) });
    const dismissed = articles.create({ headline: 'نامه', body: bodyFromPlainText('نامه Zarif به همتایان') });
    mentions.setState(dismissed.id, zarif.id, 'dismissed');
    const aliasesBefore = entities.get(zarif.id).aliases;

    expect(entityLifecycle.delete(zarif.id, 'remove').deleted).toBe(true);
    const restored = entityLifecycle.restore(zarif.id);

    expect(restored).toMatchObject({ id: zarif.id, canonical: 'محمدجواد ظریف', kind: 'person', description: 'وزیر خارجه پیشین', createdAt: zarif.createdAt });
    expect(restored.aliases).toEqual(aliasesBefore);
    // The @mention became plain text; the editor's confirmation stands, now as made by hand.
    expect(mentionOf(temp.archive, inline.id, zarif.id)).toEqual({ state: 'confirmed', origin: 'manual' });
    expect(mentionOf(temp.archive, dismissed.id, zarif.id)).toEqual({ state: 'dismissed', origin: 'detected' });
    expect(entityReads.suggest('ظریف', 5).map((entity) => entity.id)).toContain(zarif.id);
    expect(rows(temp.archive, 'SELECT action FROM entity_revisions WHERE entity_id = ? ORDER BY revision', zarif.id).map((row) => row.action)).toEqual(['create', 'delete', 'restore']);
    expect(rows(temp.archive, 'PRAGMA foreign_key_check')).toEqual([]);
  });

  it('refuses an entity that was never deleted, or does not exist', () => {
    temp = openEntityArchive();
    const { entities, entityLifecycle } = temp.archive;
    const live = entities.create({ kind: 'place', canonical: 'جاکارتا' });
    expect(() => entityLifecycle.restore(live.id)).toThrow(expect.objectContaining({ code: 'conflict' }));
    expect(() => entityLifecycle.restore('0b7c1a52-5d8e-4b8e-9d1c-2f1f7c1e9a00')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });
});
