/**
 * People in the starter gazetteer: heads of state and government, foreign ministers and the
 * heads of the international organisations, with their posts over time; loaded into every new
 * archive, found by `@` as they are typed, and edited by editors without an upgrade undoing it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { ensureStarterGazetteer } from '../../db/entities/gazetteer-loader';
import { GAZETTEER_VERSION, loadStarterGazetteer, type StarterEntity } from '../../db/gazetteer';
import { openEntityArchive, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const people = loadStarterGazetteer().filter((entity) => entity.kind === 'person');
const byId = new Map(loadStarterGazetteer().map((entity) => [entity.id, entity]));

/** Who holds the post now (to: null), by the body it is of. */
function currentHolders(of: string): StarterEntity[] {
  return people.filter((person) => person.roles?.some((role) => role.of === of && role.to === null));
}

describe('people in the starter gazetteer', () => {
  it('gives every person a post with years, in a country or organisation the gazetteer has', () => {
    expect(people.length).toBeGreaterThan(300);
    for (const person of people) {
      expect(person.roles?.length, person.id).toBeGreaterThan(0);
      for (const role of person.roles ?? []) {
        if (role.of !== null) expect(byId.has(role.of), `${person.id} → ${role.of}`).toBe(true);
        expect(role.from, person.id).not.toBeNull();
        if (role.to !== null) expect(role.to, person.id).toBeGreaterThanOrEqual(role.from!);
      }
      expect(person.description, person.id).not.toBe('');
    }
  });

  it('names the current head of each organisation the issue lists', () => {
    const heads: Array<[string, string]> = [
      ['org:un', 'آنتونیو گوترش'],
      ['org:iaea', 'رافائل گروسی'],
      ['org:oic', 'حسین ابراهیم طه'],
      ['org:opec', 'هیثم الغیص'],
      ['org:arab-league', 'احمد ابوالغیط'],
      ['org:gcc', 'جاسم محمد البدیوی'],
      ['org:au', 'محمود علی یوسف'],
      ['org:asean', 'کائو کیم هورن'],
      ['org:european-commission', 'اورسولا فون در لاین'],
      ['org:nato', 'مارک روته'],
    ];
    for (const [of, name] of heads) expect(currentHolders(of).map((person) => person.canonical), of).toEqual([name]);
    expect(byId.get('person:grossi')?.description).toBe('مدیرکل آژانس بین‌المللی انرژی اتمی');
    expect(byId.get('person:zarif')?.roles).toEqual([{ title: 'وزیر امور خارجه', of: 'country:IR', from: 2013, to: 2021 }]);
  });

  it('flags a surname that is also a common word, so it never tags on its own', () => {
    const zarif = byId.get('person:zarif')!;
    expect(zarif.aliases.find((alias) => alias.name === 'ظریف')).toMatchObject({ ambiguous: true });
    expect(zarif.aliases.find((alias) => alias.name === 'محمدجواد ظریف')?.ambiguous).toBeUndefined();
  });
});

describe('people in an archive', () => {
  it('loads them with their posts, and `@` finds one by the start of any word of the name', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const grossi = gazetteerEntityId('person:grossi');
    expect(entities.get(grossi)).toMatchObject({
      kind: 'person',
      canonical: 'رافائل گروسی',
      roles: [{ title: 'مدیرکل', of: gazetteerEntityId('org:iaea'), ofName: 'آژانس بین‌المللی انرژی اتمی', from: 2019, to: null }],
    });
    expect(entities.suggest('گروس')[0]).toMatchObject({ id: grossi, canonical: 'رافائل گروسی' });
    expect(entities.suggest('grossi')[0]?.id).toBe(grossi);
  });

  it('lets an editor correct a person’s posts, and an upgrade of the list never overwrites that', () => {
    temp = openEntityArchive();
    const { db, entities } = temp.archive;
    const araghchi = gazetteerEntityId('person:araghchi');
    const iran = gazetteerEntityId('country:IR');
    // The editor adds his earlier post and drops nothing.
    const edited = entities.update({
      id: araghchi,
      roles: [
        { title: 'وزیر امور خارجه', of: iran, from: 2024, to: null },
        { title: 'معاون وزیر امور خارجه', of: iran, from: 2013, to: 2021 },
      ],
    });
    expect(edited.roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'معاون وزیر امور خارجه']);
    // Another editor removes Zarif's only post.
    const zarif = gazetteerEntityId('person:zarif');
    entities.update({ id: zarif, roles: [] });

    // A later version of the list adds a post to each.
    const upgraded = () => {
      const entries = loadStarterGazetteer();
      entries.find((entry) => entry.id === 'person:araghchi')!.roles!.push({ title: 'سفیر', of: 'country:JP', from: 2008, to: 2011 });
      entries.find((entry) => entry.id === 'person:zarif')!.roles!.push({ title: 'نماینده دائم', of: 'org:un', from: 2002, to: 2007 });
      return entries;
    };
    db.prepare("UPDATE gazetteer_state SET value = '0' WHERE key = 'version'").run();
    const report = ensureStarterGazetteer(db, entities, { version: GAZETTEER_VERSION + 1, load: upgraded });
    expect(report).toMatchObject({ entitiesAdded: 0, rolesAdded: 2 });
    expect(entities.get(araghchi).roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'معاون وزیر امور خارجه', 'سفیر']);
    // The removed post stays removed: only the new one comes.
    expect(entities.get(zarif).roles.map((role) => role.title)).toEqual(['نماینده دائم']);
  });

  it('refuses a role that ends before it starts, or names an entity the archive does not have', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const person = entities.create({ kind: 'person', canonical: 'بیژن زنگنه' });
    expect(() => entities.update({ id: person.id, roles: [{ title: 'وزیر نفت', of: '00000000-0000-4000-8000-000000000000' }] })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
    expect(() => entities.update({ id: person.id, roles: [{ title: 'وزیر نفت', from: 2021, to: 2013 }] })).toThrow(
      expect.objectContaining({ code: 'invalid_argument' }),
    );
    expect(entities.get(person.id).roles).toEqual([]);
  });

  it('carries a person’s posts through a merge and a delete undone', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const zarif = gazetteerEntityId('person:zarif');
    const copy = entities.create({ kind: 'person', canonical: 'دکتر ظریف', roles: [{ title: 'نماینده دائم', of: gazetteerEntityId('org:un'), from: 2002, to: 2007 }] });
    const merged = entities.merge(copy.id, zarif);
    expect(merged.roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'نماینده دائم']);
    entities.delete(zarif, 'remove');
    expect(entities.restore(zarif).roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'نماینده دائم']);
  });
});
