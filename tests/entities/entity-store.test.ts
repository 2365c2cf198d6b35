import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { openEntityArchive, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const OIC = gazetteerEntityId('org:oic');

function revisionsOf(archive: Archive, id: string): Array<{ revision: number; action: string; snapshot: any }> {
  return (archive.db.prepare('SELECT revision, action, snapshot FROM entity_revisions WHERE entity_id = ? ORDER BY revision').all(id) as Array<{ revision: number; action: string; snapshot: string }>).map(
    (row) => ({ ...row, snapshot: JSON.parse(row.snapshot) }),
  );
}

describe('entities', () => {
  it('creates an entity whose spelling variants collapse into one alias, the canonical name first', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const zarif = entities.create({
      kind: 'person',
      canonical: 'محمدجواد ظریف',
      aliases: [{ name: 'ظریف' }, { name: 'ظريف' }, { name: 'محمد جواد ظریف' }, { name: 'Zarif' }, { name: 'ZARIF' }],
      description: 'وزیر امور خارجه',
    });
    // «ظريف» and «ZARIF» collapse into the spellings given first; the canonical name leads.
    expect(zarif.aliases).toEqual([
      { name: 'محمدجواد ظریف', ambiguous: false },
      { name: 'Zarif', ambiguous: false },
      { name: 'ظریف', ambiguous: false },
      { name: 'محمد جواد ظریف', ambiguous: false },
    ]);
    expect(zarif.aliases).toHaveLength(4);
    expect(zarif).toMatchObject({ kind: 'person', revision: 1, gazetteerKey: null, mentionCount: 0, startsOn: null });
    expect(revisionsOf(temp.archive, zarif.id)).toMatchObject([{ revision: 1, action: 'create', snapshot: { canonical: 'محمدجواد ظریف' } }]);
    expect(revisionsOf(temp.archive, zarif.id)[0].snapshot.aliases).toHaveLength(4);
  });

  it('refuses names with nothing to match by, and events that end before they start', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    expect(() => entities.create({ kind: 'person', canonical: '؟!' })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => entities.create({ kind: 'person', canonical: 'ظریف', aliases: [{ name: '—' }] })).toThrow(expect.objectContaining({ code: 'invalid_argument' }));
    expect(() => entities.create({ kind: 'event', canonical: 'نشست جاکارتا', startsOn: '2017-12-08', endsOn: '2017-12-07' })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    const event = entities.create({ kind: 'event', canonical: 'نشست فوق‌العاده جاکارتا', startsOn: '2017-12-07', endsOn: '2017-12-08' });
    expect(event).toMatchObject({ startsOn: '2017-12-07', endsOn: '2017-12-08' });
    expect(() => entities.get('00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('lists by any name through the normaliser: the OIC under its old name, its new name and OIC is one organisation', () => {
    temp = openEntityArchive();
    const { entities, entityReads } = temp.archive;
    // A user's own person, found under a spelling with Arabic letters.
    const zanganeh = entities.create({ kind: 'person', canonical: 'بیژن زنگنه' });
    expect(entityReads.list({ query: 'زنگنه' }).items.map((item) => item.id)).toEqual([zanganeh.id]);
    expect(entityReads.list({ query: 'بيژن زنگنه' }).items.map((item) => item.id)).toEqual([zanganeh.id]);
    for (const query of ['سازمان همکاری اسلامی', 'سازمان کنفرانس اسلامی', 'OIC', 'oic', 'Organisation of Islamic']) {
      expect(entityReads.list({ query, kind: 'organisation' }).items.map((item) => item.id), query).toContain(OIC);
    }
    expect(entityReads.list({ query: 'سازمان کنفرانس اسلامی' }).items.map((item) => item.id)).toEqual([OIC]);
    const countries = entityReads.list({ kind: 'country', limit: 10 });
    expect(countries.items).toHaveLength(10);
    expect(countries.total).toBe(195);
    expect(entityReads.list({ kind: 'country', limit: 10, offset: 190 }).items).toHaveLength(5);
  });

  it('suggests for @ with the exact name first, then the most confirmed, from an index range scan', () => {
    temp = openEntityArchive();
    const { entities, entityReads, articles, mentions, db } = temp.archive;
    // Thousands of user entities beside the starter ones.
    db.transaction(() => {
      for (let i = 0; i < 3000; i++) entities.create({ kind: 'person', canonical: `محمد نمونه ${i}`, aliases: [{ name: `نمونه ${i}` }] });
    })();
    const iranians = entities.create({ kind: 'organisation', canonical: 'ایرانیان خارج از کشور' });
    const iranAir = entities.create({ kind: 'organisation', canonical: 'ایران ایر' });
    const article = articles.create({ headline: 'پرواز ایران ایر' });
    mentions.setState(article.id, iranAir.id, 'confirmed');

    const suggested = entityReads.suggest('ايران');
    expect(suggested[0].id).toBe(gazetteerEntityId('country:IR'));
    expect(suggested[1]).toMatchObject({ id: iranAir.id, mentionCount: 1 });
    expect(suggested.map((item) => item.id)).toContain(iranians.id);
    // Among names no one has confirmed yet, the closest completion of the text comes first: the
    // D-8 matches too, by «سازمان همکاری اقتصادی دی‌هشت», a longer name than the OIC's.
    expect(entityReads.suggest('سازمان همکاری').map((item) => item.canonical)).toEqual([
      'سازمان همکاری اسلامی',
      'سازمان همکاری اقتصادی',
      'سازمان همکاری شانگهای',
      'گروه دی‌هشت',
      'سازمان همکاری و توسعه اقتصادی',
    ]);

    const plan = db.prepare("EXPLAIN QUERY PLAN SELECT entity_id FROM entity_aliases WHERE alias_key >= 'x' AND alias_key < 'y'").all() as Array<{ detail: string }>;
    expect(plan.map((row) => row.detail).join(' ')).toContain('entity_aliases_by_key');
    entityReads.suggest('محمد', 10);
    const started = performance.now();
    for (const text of ['م', 'محمد', 'محمد نمونه 12', 'سازمان', 'ا']) expect(entityReads.suggest(text, 10).length).toBeGreaterThan(0);
    const perCall = (performance.now() - started) / 5;
    console.log(`suggest over ${entityReads.list({}).total} entities: ${perCall.toFixed(1)} ms per call`);
  });

  it('finds a name by any of its words, after the names that start with the text', () => {
    temp = openEntityArchive();
    const { entities, entityReads } = temp.archive;
    // The starter list knows the minister as a person, with his English name.
    const araghchi = entities.get(gazetteerEntityId('person:araghchi'));
    expect(araghchi).toMatchObject({ kind: 'person', canonical: 'عباس عراقچی' });
    const iraq = gazetteerEntityId('country:IQ');
    expect(entityReads.suggest('عراقچی').map((item) => item.id)).toEqual([araghchi.id]);
    expect(entityReads.suggest('araghchi').map((item) => item.id)).toEqual([araghchi.id]);
    // «عراق» is Iraq's own name: Iraq first, then the minister, whose surname starts with it.
    const both = entityReads.suggest('عراق').map((item) => item.id);
    expect(both.indexOf(iraq)).toBe(0);
    expect(both).toContain(araghchi.id);
    expect(entityReads.list({ query: 'عراقچی' })).toMatchObject({ total: 1, items: [{ id: araghchi.id }] });
    // A word start, not any substring: «اقچی» is inside the surname, not at its start.
    expect(entityReads.suggest('اقچی')).toEqual([]);
  });

  it('updates with a revision check: a rename keeps the old name as an alias, given aliases replace the set', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const created = entities.create({ kind: 'person', canonical: 'ظریف', aliases: [{ name: 'Zarif' }] });
    const renamed = entities.update({ id: created.id, baseRevision: 1, canonical: 'محمدجواد ظریف' });
    expect(renamed.revision).toBe(2);
    expect(renamed.aliases.map((alias) => alias.name)).toEqual(['محمدجواد ظریف', 'Zarif', 'ظریف']);
    expect(() => entities.update({ id: created.id, baseRevision: 1, description: 'دیپلمات' })).toThrow(expect.objectContaining({ code: 'conflict' }));
    // Nothing changed: no revision.
    expect(entities.update({ id: created.id, canonical: 'محمدجواد ظریف' }).revision).toBe(2);
    const replaced = entities.update({ id: created.id, baseRevision: 2, aliases: [{ name: 'جواد ظریف' }, { name: 'ظريف', ambiguous: true }] });
    expect(replaced.aliases).toEqual([
      { name: 'محمدجواد ظریف', ambiguous: false },
      { name: 'جواد ظریف', ambiguous: false },
      { name: 'ظريف', ambiguous: true },
    ]);
    expect(revisionsOf(temp.archive, created.id).map((row) => row.action)).toEqual(['create', 'update', 'update']);
    expect(() => entities.update({ id: '00000000-0000-4000-8000-000000000000', description: 'x' })).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('shows an entity page: confirmed articles newest story first, and who else is confirmed with it', () => {
    temp = openEntityArchive();
    const { entityReads, articles, mentions } = temp.archive;
    const iran = gazetteerEntityId('country:IR');
    const indonesia = gazetteerEntityId('country:ID');
    const story = (headline: string, datelineDate: string | null) => articles.create({ headline, datelineDate, body: bodyFromPlainText('ایران و اندونزی و سازمان همکاری اسلامی') });
    const old = story('نشست ۱۳۹۶', '2017-12-07');
    const recent = story('نشست ۱۴۰۲', '2023-10-18');
    const undated = story('بی‌تاریخ', null);
    const unconfirmed = story('فقط پیشنهاد', '2024-01-01');
    for (const article of [old, recent, undated]) {
      mentions.setState(article.id, iran, 'confirmed');
      mentions.setState(article.id, indonesia, 'confirmed');
    }
    mentions.setState(old.id, OIC, 'confirmed');
    mentions.setState(unconfirmed.id, iran, 'dismissed');

    const page = entityReads.page(iran);
    const today = new Date().toISOString().slice(0, 10);
    expect(page.timeline.map((item) => [item.headline, item.day])).toEqual([
      ['بی‌تاریخ', today],
      ['نشست ۱۴۰۲', '2023-10-18'],
      ['نشست ۱۳۹۶', '2017-12-07'],
    ]);
    expect(page.entity.mentionCount).toBe(3);
    expect(page.coMentioned.map((item) => [item.entity.id, item.articles])).toEqual([
      [indonesia, 3],
      [OIC, 1],
    ]);
  });
});
