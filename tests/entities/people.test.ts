/**
 * People in the starter gazetteer: heads of state and government, foreign ministers and the
 * heads of the international organisations, with their posts over time; loaded into every new
 * archive, found by `@` as they are typed, and edited by editors without an upgrade undoing it.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { ensureStarterGazetteer } from '../../db/entities/gazetteer-loader';
import { GAZETTEER_VERSION, loadStarterGazetteer, type StarterEntity } from '../../db/gazetteer';
import { UN_MEMBER_CODES } from '../../db/gazetteer/un-members';
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
    expect(people.length).toBeGreaterThan(900);
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

  // The desk's countries: Iran's neighbours, the Middle East and North Africa, Central and South
  // Asia, the permanent five and the rest of the G20, and the EU. Each has a head of state and a
  // foreign minister in office as of the file's asOf (mid-2025). Left out, because the post is not
  // one person's or is not a foreign minister: Afghanistan (the Taliban's posts), Bangladesh (an
  // adviser for foreign affairs), Libya and Sudan (rival authorities), and Romania (whose foreign
  // minister changed the month of asOf: the editors' to add, not guessed).
  const DESK_COUNTRIES = [
    ...['IR', 'IQ', 'TR', 'AM', 'AZ', 'TM', 'PK', 'SA', 'AE', 'QA', 'KW', 'BH', 'OM'],
    ...['SY', 'LB', 'JO', 'IL', 'PS', 'EG', 'YE', 'DZ', 'MA', 'TN', 'MR'],
    ...['KZ', 'KG', 'TJ', 'UZ', 'GE', 'IN', 'LK', 'NP', 'CN', 'RU', 'US', 'GB', 'FR'],
    ...['DE', 'IT', 'JP', 'KR', 'KP', 'ID', 'MY', 'BR', 'AR', 'MX', 'CA', 'AU', 'ZA'],
    ...['AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'GR', 'HU', 'IE', 'LV', 'LT'],
    ...['LU', 'MT', 'NL', 'PL', 'PT', 'SK', 'SI', 'ES', 'SE'],
  ];
  /** Titles that head a state; the collegial ones are Yemen's and Sudan's. */
  const HEAD_OF_STATE = /^(رئیس‌جمهور|پادشاه|ملکه|امیر|سلطان|رهبر|دوک بزرگ|امپراتور|شاهزاده|پاپ|رئیس|رئیس شورای ریاست‌جمهوری|رئیس شورای حاکمیتی)( دوره انتقالی)?$/;
  const currentTitles = (of: string) =>
    people.flatMap((person) => (person.roles ?? []).filter((role) => role.of === of && role.to === null).map((role) => role.title));

  it('names the current head of state and foreign minister of every country the desk covers most', () => {
    const missing = DESK_COUNTRIES.flatMap((code) => {
      const titles = currentTitles(`country:${code}`);
      return [
        ...(titles.some((title) => HEAD_OF_STATE.test(title)) ? [] : [`${code}: head of state`]),
        ...(titles.includes('وزیر امور خارجه') ? [] : [`${code}: foreign minister`]),
      ];
    });
    expect(missing).toEqual([]);
  });

  it('has someone in office in all but three UN members, and never two holders of one post at once', () => {
    // Andorra's co-princes, Haiti's transitional council and San Marino's six-monthly captains
    // regent are not one person's post.
    const unstaffed = UN_MEMBER_CODES.filter((code) => currentTitles(`country:${code}`).length === 0);
    expect(unstaffed.sort()).toEqual(['AD', 'HT', 'SM']);
    // One post's terms, in order, may meet in a year of handover but never overlap.
    const terms = new Map<string, Array<{ id: string; from: number; to: number }>>();
    for (const person of people) {
      for (const role of person.roles ?? []) {
        if (role.of === null) continue;
        const post = `${role.title} ${role.of}`;
        terms.set(post, [...(terms.get(post) ?? []), { id: person.id, from: role.from!, to: role.to ?? Infinity }]);
      }
    }
    const overlaps = [...terms].flatMap(([post, list]) =>
      list
        .sort((a, b) => a.from - b.from || a.to - b.to)
        .flatMap((term, i) => (i > 0 && term.from < list[i - 1].to && term.id !== list[i - 1].id ? [`${post}: ${list[i - 1].id}, ${term.id}`] : [])),
    );
    expect(overlaps).toEqual([]);
    expect(currentHolders('country:FR').map((person) => person.canonical).sort()).toEqual(['امانوئل مکرون', 'ژان‌نوئل بارو', 'فرانسوا بایرو'].sort());
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
    const { entities, entityReads } = temp.archive;
    const grossi = gazetteerEntityId('person:grossi');
    expect(entities.get(grossi)).toMatchObject({
      kind: 'person',
      canonical: 'رافائل گروسی',
      roles: [{ title: 'مدیرکل', of: gazetteerEntityId('org:iaea'), ofName: 'آژانس بین‌المللی انرژی اتمی', from: 2019, to: null }],
    });
    expect(entityReads.suggest('گروس')[0]).toMatchObject({ id: grossi, canonical: 'رافائل گروسی' });
    expect(entityReads.suggest('grossi')[0]?.id).toBe(grossi);
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
    const { entities, entityLifecycle } = temp.archive;
    const zarif = gazetteerEntityId('person:zarif');
    const copy = entities.create({ kind: 'person', canonical: 'دکتر ظریف', roles: [{ title: 'نماینده دائم', of: gazetteerEntityId('org:un'), from: 2002, to: 2007 }] });
    const merged = entityLifecycle.merge(copy.id, zarif);
    expect(merged.roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'نماینده دائم']);
    entityLifecycle.delete(zarif, 'remove');
    expect(entityLifecycle.restore(zarif).roles.map((role) => role.title)).toEqual(['وزیر امور خارجه', 'نماینده دائم']);
  });
});
