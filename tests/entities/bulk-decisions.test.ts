/**
 * Confirming in bulk: one name in every article at once, and every name of one article at
 * once, each one undoable action, on a real archive of real-style Persian stories.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { entityPage } from '../../db/entities/entity-page';
import { openEntityArchive, type EntityArchive } from './support';

let temp: EntityArchive;
afterEach(() => temp?.cleanup());

const OIC = gazetteerEntityId('org:oic');
const IRAN = gazetteerEntityId('country:IR');

const STORIES = [
  'نشست سازمان همکاری اسلامی در جده با حضور وزیر امور خارجه ایران برگزار شد.',
  'سازمان همکاری اسلامی حمله به غزه را محکوم کرد.',
  'دبیرکل سازمان همکاری اسلامی با رئیس‌جمهور ایران دیدار کرد.',
];

function seed(archive: Archive): string[] {
  return STORIES.map((text, i) => archive.articles.create({ headline: `خبر ${i + 1}`, body: bodyFromPlainText(text), datelineDate: `2024-03-1${i}` }).id);
}

const stateIn = (archive: Archive, articleId: string, entityId: string) =>
  archive.mentions.forArticle(articleId).find((mention) => mention.entity.id === entityId)?.state;

describe('bulk decisions', () => {
  it('confirms a name in every article at once, and undoes it as one action', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const ids = seed(archive);
    // One article was already decided by hand: the bulk decision leaves it alone.
    archive.mentions.setState(ids[1], OIC, 'dismissed');

    const batch = archive.mentionBatches.decideEntity(OIC, 'confirmed');
    expect(batch.changed).toBe(2);
    expect(ids.map((id) => stateIn(archive, id, OIC))).toEqual(['confirmed', 'dismissed', 'confirmed']);
    expect(archive.entities.get(OIC).mentionCount).toBe(2);
    expect(stateIn(archive, ids[0], IRAN)).toBe('suggested');

    expect(archive.mentionBatches.undo(batch.batchId)).toEqual({ restored: 2 });
    expect(ids.map((id) => stateIn(archive, id, OIC))).toEqual(['suggested', 'dismissed', 'suggested']);
    expect(archive.entities.get(OIC).mentionCount).toBe(0);
    // Undone once; a second undo is refused rather than silently doing nothing.
    expect(() => archive.mentionBatches.undo(batch.batchId)).toThrow(expect.objectContaining({ code: 'conflict' }));
  });

  it('dismisses every name of one article at once; undo spares what an editor changed since', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const ids = seed(archive);
    const batch = archive.mentionBatches.decideArticle(ids[2], 'dismissed');
    expect(batch.changed).toBe(2);
    expect([stateIn(archive, ids[2], OIC), stateIn(archive, ids[2], IRAN)]).toEqual(['dismissed', 'dismissed']);
    // The editor confirms Iran by hand after the bulk dismissal…
    archive.mentions.setState(ids[2], IRAN, 'confirmed');
    // …so the undo brings back only the OIC suggestion.
    expect(archive.mentionBatches.undo(batch.batchId)).toEqual({ restored: 1 });
    expect([stateIn(archive, ids[2], OIC), stateIn(archive, ids[2], IRAN)]).toEqual(['suggested', 'confirmed']);
  });

  it('shows an entity nobody confirmed yet with its suggestions, not as having no coverage', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    const ids = seed(archive);
    const page = entityPage(archive, OIC);
    expect(page.timeline).toEqual([]);
    expect(page.suggestionCount).toBe(3);
    expect(page.suggestions.map((item) => item.articleId)).toEqual([ids[2], ids[1], ids[0]]);
    expect(page.suggestions[0]).toMatchObject({ headline: 'خبر 3', day: '2024-03-12', matchedText: 'سازمان همکاری اسلامی', ambiguous: false, occurrences: 1 });
  });

  it('refuses an unknown entity, article or batch, changing nothing', () => {
    temp = openEntityArchive();
    const { archive } = temp;
    seed(archive);
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(() => archive.mentionBatches.decideEntity(missing, 'confirmed')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => archive.mentionBatches.decideArticle(missing, 'confirmed')).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(() => archive.mentionBatches.undo(missing)).toThrow(expect.objectContaining({ code: 'not_found' }));
    expect(archive.db.prepare("SELECT count(*) FROM mentions WHERE state <> 'suggested'").pluck().get()).toBe(0);
  });
});
