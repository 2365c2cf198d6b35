import { afterEach, describe, expect, it } from 'vitest';
import { generateArticle } from '../../bench/generate-articles';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { bodyOf, openEntityArchive, sampleArticleText, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const ID = {
  oic: gazetteerEntityId('org:oic'),
  unsc: gazetteerEntityId('org:un-sc'),
  iran: gazetteerEntityId('country:IR'),
  indonesia: gazetteerEntityId('country:ID'),
  palestine: gazetteerEntityId('country:PS'),
  egypt: gazetteerEntityId('country:EG'),
  morocco: gazetteerEntityId('country:MA'),
  jakarta: gazetteerEntityId('place:ID-capital'),
};

const stateOf = (archive: Archive, articleId: string, entityId: string) =>
  archive.mentions.forArticle(articleId).find((mention) => mention.entity.id === entityId);

describe('mention detection', () => {
  it('finds the sample article’s entities as suggestions only, the OIC under both its names', () => {
    temp = openEntityArchive();
    const { articles, mentions } = temp.archive;
    const text = sampleArticleText();
    const [headline, ...rest] = text.split('\n');
    const article = articles.create({ headline, body: bodyFromPlainText(rest.join('\n')) });
    const found = mentions.forArticle(article.id);
    const byId = new Map(found.map((mention) => [mention.entity.id, mention]));

    for (const id of [ID.oic, ID.indonesia, ID.palestine, ID.iran, ID.unsc, ID.jakarta]) {
      expect(byId.get(id), id).toMatchObject({ state: 'suggested', origin: 'detected', ambiguous: false });
    }
    // Detection never confirms: the editor does.
    expect(found.every((mention) => mention.state === 'suggested')).toBe(true);
    // The OIC is found under its name and, in parentheses, its former name.
    const oicMatches = mentions.matcher().find(text).filter((match) => match.entityId === ID.oic);
    expect(new Set(oicMatches.map((match) => match.aliasText))).toEqual(new Set(['سازمان همکاری اسلامی', 'سازمان کنفرانس اسلامی']));
    expect(byId.get(ID.oic)!.occurrences).toBe(oicMatches.length);
    expect(byId.get(ID.oic)!.matchedText).toBe('سازمان همکاری اسلامی');
    expect(byId.get(ID.unsc)!.matchedText).toBe('شورای امنیت سازمان ملل');
    // «مصر» is also "insistent": it is offered, flagged for the editor's judgement.
    expect(byId.get(ID.egypt)).toMatchObject({ state: 'suggested', ambiguous: true, matchedText: 'مصر' });
    // «رباط، پادشاهی مغرب»: the full name is not ambiguous…
    expect(byId.get(ID.morocco)).toMatchObject({ state: 'suggested', ambiguous: false, matchedText: 'پادشاهی مغرب' });
    // …the most frequent suggestions come first.
    expect(found[0].entity.id).toBe(ID.oic);
  });

  it('offers a bare «مغرب» only where the text supports the country, and then only as a question', () => {
    temp = openEntityArchive();
    const { articles } = temp.archive;
    // The evening prayer: nothing says Morocco, so nothing is offered.
    const prayer = articles.create({ headline: 'پس از نماز مغرب', body: bodyFromPlainText('مراسم پس از نماز مغرب برگزار شد.') });
    expect(stateOf(temp.archive, prayer.id, ID.morocco)).toBeUndefined();
    // «کشور مغرب»: the word before it says it is a country; still the editor's call.
    const country = articles.create({ headline: 'سفر به کشور مغرب', body: bodyFromPlainText('هیئتی از کشور مغرب وارد تهران شد.') });
    expect(stateOf(temp.archive, country.id, ID.morocco)).toMatchObject({
      state: 'suggested',
      ambiguous: true,
      matchedText: 'مغرب',
      occurrences: 2,
      evidence: { alias: 'مغرب', support: { kind: 'cue', text: 'کشور' } },
    });
    expect(temp.archive.entities.get(ID.morocco).mentionCount).toBe(0);
  });

  it('keeps suggestions in step with the text, and never revives a dismissed one', () => {
    temp = openEntityArchive();
    const { articles, mentions } = temp.archive;
    const article = articles.create({ headline: 'سفر به ایران', body: bodyFromPlainText('وزیر خارجه اندونزی وارد ایران شد.') });
    expect(stateOf(temp.archive, article.id, ID.iran)).toMatchObject({ state: 'suggested', occurrences: 2 });
    mentions.setState(article.id, ID.iran, 'dismissed');

    articles.save(article.id, { body: bodyFromPlainText('ایران، ایران و باز هم ایران؛ اما نه اندونزی.') });
    expect(stateOf(temp.archive, article.id, ID.iran)).toMatchObject({ state: 'dismissed', occurrences: 4 });
    expect(stateOf(temp.archive, article.id, ID.indonesia)?.state).toBe('suggested');

    // Indonesia leaves the text: its suggestion goes; the dismissal of Iran stays.
    articles.save(article.id, { body: bodyFromPlainText('متنی دیگر') });
    expect(stateOf(temp.archive, article.id, ID.indonesia)).toBeUndefined();
    expect(stateOf(temp.archive, article.id, ID.iran)).toMatchObject({ state: 'dismissed', occurrences: 1 });
    // A save that touches no text (the status) does not re-run detection.
    articles.save(article.id, { status: 'edited' });
    expect(stateOf(temp.archive, article.id, ID.iran)?.occurrences).toBe(1);
  });

  it('confirms inline @mentions, and drops them when their node leaves the body unless confirmed by hand', () => {
    temp = openEntityArchive();
    const { articles, entities, mentions } = temp.archive;
    const zarif = entities.create({ kind: 'person', canonical: 'محمدجواد ظریف' });
    const lavrov = entities.create({ kind: 'person', canonical: 'سرگئی لاوروف' });
    const article = articles.create({ headline: 'دیدار', body: bodyOf(['دیدار ', { mention: zarif.id, text: 'ظریف' }, ' و سرگئی لاوروف']) });
    expect(stateOf(temp.archive, article.id, zarif.id)).toMatchObject({ state: 'confirmed', origin: 'inline', matchedText: 'ظریف', ambiguous: false });
    expect(entities.get(zarif.id).mentionCount).toBe(1);
    // Lavrov: detected, then confirmed by hand, then also @mentioned inline.
    expect(stateOf(temp.archive, article.id, lavrov.id)).toMatchObject({ state: 'suggested', origin: 'detected' });
    mentions.setState(article.id, lavrov.id, 'confirmed');
    articles.save(article.id, { body: bodyOf(['دیدار ', { mention: zarif.id, text: 'ظریف' }, ' و ', { mention: lavrov.id, text: 'لاوروف' }]) });
    expect(stateOf(temp.archive, article.id, lavrov.id)).toMatchObject({ state: 'confirmed', origin: 'manual' });

    articles.save(article.id, { body: bodyFromPlainText('متنی بی نام') });
    expect(stateOf(temp.archive, article.id, zarif.id)).toBeUndefined();
    // The hand confirmation outlives the node.
    expect(stateOf(temp.archive, article.id, lavrov.id)).toMatchObject({ state: 'confirmed', origin: 'manual', occurrences: 0 });
    // A dismissed entity @mentioned inline: the writer's explicit choice wins.
    mentions.setState(article.id, zarif.id, 'dismissed');
    articles.save(article.id, { body: bodyOf([{ mention: zarif.id, text: 'محمدجواد ظریف' }]) });
    expect(stateOf(temp.archive, article.id, zarif.id)).toMatchObject({ state: 'confirmed', origin: 'inline', occurrences: 1 });
  });

  it('turns an editor’s confirmation of a suggestion into theirs, which outlives its words', () => {
    temp = openEntityArchive();
    const { articles, mentions } = temp.archive;
    const article = articles.create({ headline: 'اندونزی', body: bodyFromPlainText('جاکارتا') });
    const revisions = articles.revisionCount(article.id);
    const listed = mentions.setState(article.id, ID.indonesia, 'confirmed');
    expect(listed[0]).toMatchObject({ entity: { id: ID.indonesia, mentionCount: 1 }, state: 'confirmed', origin: 'manual' });
    expect(listed.map((mention) => mention.state)).toEqual(['confirmed', 'suggested']);
    // Mentions are annotations: no article revision.
    expect(articles.revisionCount(article.id)).toBe(revisions);
    articles.save(article.id, { headline: 'خبر دیگر', body: bodyFromPlainText('متن دیگر') });
    expect(stateOf(temp.archive, article.id, ID.indonesia)).toMatchObject({ state: 'confirmed', origin: 'manual', occurrences: 0 });
    expect(() => mentions.setState(article.id, '00000000-0000-4000-8000-000000000000', 'confirmed')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => mentions.forArticle('00000000-0000-4000-8000-000000000000')).toThrow(expect.objectContaining({ code: 'not_found' }));
  });

  it('detects on demand with the names an entity has now', () => {
    temp = openEntityArchive();
    const { articles, entities, mentions } = temp.archive;
    const article = articles.create({ headline: 'سخنان عراقچی', body: bodyFromPlainText('عباس عراقچی در ژنو گفت') });
    const araghchi = entities.create({ kind: 'person', canonical: 'عباس عراقچی', aliases: [{ name: 'عراقچی' }] });
    expect(stateOf(temp.archive, article.id, araghchi.id)).toBeUndefined();
    const listed = mentions.detect(article.id);
    expect(listed.find((mention) => mention.entity.id === araghchi.id)).toMatchObject({ state: 'suggested', occurrences: 2, matchedText: 'عراقچی' });
  });
});

describe('detection over the archive', () => {
  it('walks every article in batches, with progress up to the total, writing no article revisions', () => {
    temp = openEntityArchive();
    const { articles, entities, mentions, db } = temp.archive;
    const total = 300;
    db.transaction(() => {
      for (let i = 0; i < total; i++) {
        const { bodyText, tags: _tags, ...fields } = generateArticle(i) as ReturnType<typeof generateArticle> & { tags?: string[] };
        articles.create({ ...fields, body: bodyFromPlainText(bodyText) });
      }
    })();
    // A person the archive did not know when the articles were written.
    const zarif = entities.create({ kind: 'person', canonical: 'محمد جواد ظریف', aliases: [{ name: 'ظریف' }] });
    const revisions = db.prepare('SELECT count(*) FROM revisions').pluck().get();
    const containing = articles.list(total, 0).items.filter((item) => {
      const article = articles.get(item.id);
      return /ظر[يی]ف/.test(`${article.headline}\n${article.kicker}\n${article.lead}\n${article.bodyText}`);
    }).length;

    const steps: Array<{ done: number; cursor: number | null; suggested: number }> = [];
    const started = performance.now();
    let progress = mentions.detectInArchive(null, 64);
    steps.push(progress);
    while (progress.cursor !== null) {
      progress = mentions.detectInArchive(progress.cursor, 64);
      steps.push(progress);
    }
    const ms = performance.now() - started;
    console.log(`detectInArchive: ${total} articles in ${ms.toFixed(0)} ms (${((total / ms) * 1000).toFixed(0)} articles/s), batches of 64`);

    expect(steps).toHaveLength(Math.ceil(total / 64));
    expect(steps.map((step) => step.done)).toEqual([...steps.map((step) => step.done)].sort((a, b) => a - b));
    expect(steps.at(-1)).toMatchObject({ done: total, total, cursor: null });
    expect(steps.slice(0, -1).every((step) => step.cursor !== null && step.done < total)).toBe(true);
    expect(containing).toBeGreaterThan(0);
    expect(steps.at(-1)!.suggested).toBe(containing);
    expect(db.prepare("SELECT count(*) FROM mentions WHERE entity_id = ? AND state = 'suggested'").pluck().get(zarif.id)).toBe(containing);
    expect(db.prepare('SELECT count(*) FROM revisions').pluck().get()).toBe(revisions);
    // A second pass finds nothing new.
    let again = mentions.detectInArchive(null, 1000);
    while (again.cursor !== null) again = mentions.detectInArchive(again.cursor, 1000);
    expect(again).toMatchObject({ suggested: 0, done: total });

    const review = mentions.suggestions(20, 0);
    expect(review).toHaveLength(20);
    expect(review.every((row) => row.mention.state === 'suggested' && row.mention.matchedText !== null)).toBe(true);
    const days = review.map((row) => articles.get(row.articleId).datelineDate!);
    expect(days).toEqual([...days].sort().reverse());
  });
});
