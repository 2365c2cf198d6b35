/**
 * Detection keeps its matcher between articles and rebuilds it only when the entity
 * repository says names changed. Each path that writes a name is tried with the matcher
 * already built, so a path that skipped the signal would leave the new name unmatched.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mergeEntity } from '../../db/bundle/merge-entities';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { ensureStarterGazetteer } from '../../db/entities/gazetteer-loader';
import { GAZETTEER_VERSION, loadStarterGazetteer } from '../../db/gazetteer';
import { openEntityArchive, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

/** An article naming `name`, written with the matcher already built (and so to be rebuilt). */
function storyNaming(name: string): string {
  const { articles, mentions } = temp.archive;
  const article = articles.create({ headline: 'گزارش دیدار', body: bodyFromPlainText(`${name} امروز در تهران با خبرنگاران گفت‌وگو کرد.`) });
  mentions.detect(article.id);
  return article.id;
}

function detected(articleId: string): string[] {
  return temp.archive.mentions.detect(articleId).map((mention) => mention.entity.id);
}

describe('a name written by any path is matched by the next detection', () => {
  it('when an editor creates an entity, or gives one a new name', () => {
    temp = openEntityArchive();
    const { entities } = temp.archive;
    const created = storyNaming('کامران نیک‌سرشت');
    const person = entities.create({ kind: 'person', canonical: 'کامران نیک‌سرشت' });
    expect(detected(created)).toContain(person.id);

    const renamed = storyNaming('مهندس نیک‌سرشت');
    expect(detected(renamed)).not.toContain(person.id);
    entities.update({ id: person.id, aliases: [{ name: 'مهندس نیک‌سرشت' }] });
    expect(detected(renamed)).toContain(person.id);
  });

  it('when a merge moves the names, and when a delete is undone', () => {
    temp = openEntityArchive();
    const { entities, entityLifecycle } = temp.archive;
    const target = entities.create({ kind: 'person', canonical: 'سیاوش فرهمند' });
    const source = entities.create({ kind: 'person', canonical: 'دکتر فرهمندی' });
    const merged = storyNaming('دکتر فرهمندی');
    expect(detected(merged)).toContain(source.id);
    entityLifecycle.merge(source.id, target.id);
    expect(detected(merged)).toContain(target.id);
    expect(detected(merged)).not.toContain(source.id);

    const restored = storyNaming('سیاوش فرهمند');
    entityLifecycle.delete(target.id, 'remove');
    expect(detected(restored)).not.toContain(target.id);
    entityLifecycle.restore(target.id);
    expect(detected(restored)).toContain(target.id);
  });

  it('when an upgrade of the starter list adds a name to a kept entity', () => {
    temp = openEntityArchive();
    const { db, entities } = temp.archive;
    const article = storyNaming('ایرانشهر');
    const iran = gazetteerEntityId('country:IR');
    expect(detected(article)).not.toContain(iran);
    const upgraded = () => {
      const entries = loadStarterGazetteer();
      entries.find((entry) => entry.id === 'country:IR')!.aliases.push({ name: 'ایرانشهر' });
      return entries;
    };
    expect(ensureStarterGazetteer(db, entities, { version: GAZETTEER_VERSION + 1, load: upgraded }).aliasesAdded).toBe(1);
    expect(detected(article)).toContain(iran);
  });

  it('when another archive merged in brings a name', () => {
    temp = openEntityArchive();
    const archive = temp.archive;
    const person = archive.entities.create({ kind: 'person', canonical: 'نسرین آذرپاد' });
    const article = storyNaming('خانم آذرپاد');
    expect(detected(article)).not.toContain(person.id);
    const record = {
      type: 'entity' as const,
      ...person,
      updatedAt: person.updatedAt,
      aliases: [...person.aliases, { name: 'خانم آذرپاد', ambiguous: false }],
    };
    const { mentionCount: _count, roles: _roles, revision: _revision, ...fields } = record;
    archive.entities.write((writes) => mergeEntity(archive, writes, { id: person.id, record: fields, revisions: [] }));
    expect(detected(article)).toContain(person.id);
  });
});
