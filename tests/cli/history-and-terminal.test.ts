/**
 * `dabir history` and `dabir revert`, and what every text command prints when an archive's
 * text carries terminal control sequences: they are shown, never obeyed.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabirInProcess } from './run-cli';
import { rmSync } from 'node:fs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function archiveWith<T>(seed: (archive: Archive) => T): { path: string; seeded: T } {
  dir = makeTempDir();
  const path = join(dir, 'archive.sqlite');
  const archive = Archive.open(path);
  try {
    return { path, seeded: seed(archive) };
  } finally {
    archive.close();
  }
}

const dabir = (path: string, ...args: string[]) => runDabirInProcess(['--db', path, ...args], dir);

describe('dabir history and revert', () => {
  function seedStory(archive: Archive): string {
    const story = archive.articles.create({ headline: 'نشست سران در جاکارتا', body: bodyFromPlainText('وزیر روز یکشنبه وارد شد.') }, { at: '2026-03-01T08:00:00.000Z' });
    archive.articles.save(story.id, { headline: 'نشست فوق‌العاده در جاکارتا', status: 'edited' }, { baseRevision: 1, at: '2026-03-01T08:10:00.000Z' });
    return story.id;
  }

  it('lists the revisions newest first, as text and as JSON', () => {
    const { path, seeded: id } = archiveWith(seedStory);
    const text = dabir(path, 'history', id);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('نشست فوق‌العاده در جاکارتا');
    expect(lines[1]).toBe(`${id}: revision 2, 2 revisions kept (older ones are thinned as they age)`);
    expect(lines[3]).toMatch(/^REVISION\s+SAVED\s+WORDS\s+CHANGE$/);
    expect(lines[4]).toMatch(/^2\s+2026-03-01T08:10:00.000Z\s+5\s+\+1 -1\s+status edited$/);
    expect(lines[5]).toMatch(/^1\s+2026-03-01T08:00:00.000Z\s+5\s+\+9 -0\s+status draft$/);

    const json = jsonOf(dabir(path, 'history', id, '--json'));
    expect(json).toMatchObject({ id, headline: 'نشست فوق‌العاده در جاکارتا', revision: 2 });
    expect(json.revisions.map((item: { revision: number }) => item.revision)).toEqual([2, 1]);
    expect(json.revisions[0]).toEqual({
      revision: 2,
      savedAt: '2026-03-01T08:10:00.000Z',
      kind: 'save',
      status: 'edited',
      statusChanged: true,
      revertedFrom: null,
      words: 5,
      wordsAdded: 1,
      wordsRemoved: 1,
    });
  });

  it('reverts to a revision as a new one, and refuses what it cannot do', () => {
    const { path, seeded: id } = archiveWith(seedStory);
    const reverted = dabir(path, 'revert', id, '1', '--json');
    expect(reverted.status).toBe(0);
    expect(jsonOf(reverted)).toMatchObject({ id, revision: 3, revertedFrom: 1 });
    expect(jsonOf(dabir(path, 'show', id, '--json'))).toMatchObject({ headline: 'نشست سران در جاکارتا', status: 'draft', revision: 3 });
    expect(dabir(path, 'revert', id, '2').stdout).toBe(`Article ${id} is now revision 4, equal to revision 2.\n`);

    const missing = dabir(path, 'revert', id, '99');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/^dabir: article .* has no revision 99/);
    const current = dabir(path, 'revert', id, '4');
    expect(current.stderr).toContain('revision 4 is the article as it stands');
    const wrong = dabir(path, 'revert', id, 'first');
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('REVISION must be a revision number');
    expect(jsonOf(dabir(path, 'history', id, '--json')).revision).toBe(4);
  });
});

describe('text output never carries a terminal control sequence', () => {
  // Recolour, retitle the window (OSC 0, ended by BEL), clear the screen, an 8-bit CSI.
  const HOSTILE = '\u001b[31mقرمز\u001b]0;owned\u0007\u001b[2J\u009b31m';

  /**
   * Dabir refuses such text now, so it is put in as an archive written before would hold it:
   * clean articles first, then `⟦⟧` in their rows replaced by the sequences.
   */
  function seedHostile(archive: Archive) {
    const entity = archive.entities.create({ kind: 'person', canonical: 'ظریف ⟦⟧' });
    const story = archive.articles.create({
      headline: 'تیتر ⟦⟧',
      kicker: '⟦⟧',
      lead: 'لید ⟦⟧',
      byline: '⟦⟧',
      desk: 'سیاسی⟦⟧',
      tags: ['برچسب ⟦⟧'],
      body: bodyFromPlainText('متن قرمز ⟦⟧\nظریف ⟦⟧ در جاکارتا'),
    });
    const other = archive.articles.create({ headline: 'قرمز دیگر ⟦⟧', body: bodyFromPlainText('قرمز') });
    archive.links.add(other.id, story.id, 'related', { baseRevision: other.revision });
    const inJson = JSON.stringify(HOSTILE).slice(1, -1);
    archive.db.exec(`
      UPDATE articles SET headline = replace(headline, '⟦⟧', '${HOSTILE}'), kicker = replace(kicker, '⟦⟧', '${HOSTILE}'),
        lead = replace(lead, '⟦⟧', '${HOSTILE}'), byline = replace(byline, '⟦⟧', '${HOSTILE}'), desk = replace(desk, '⟦⟧', '${HOSTILE}'),
        body_text = replace(body_text, '⟦⟧', '${HOSTILE}'), body_json = replace(body_json, '⟦⟧', '${inJson.replace(/'/g, "''")}');
      UPDATE tags SET name = replace(name, '⟦⟧', '${HOSTILE}');
      UPDATE entities SET canonical = replace(canonical, '⟦⟧', '${HOSTILE}');
    `);
    return { id: story.id, entity: entity.id };
  }

  it('shows the control characters as symbols in every text command, and keeps them in JSON', () => {
    const { path, seeded } = archiveWith(seedHostile);
    const runs = [
      ['list'],
      ['show', seeded.id],
      ['search', 'قرمز'],
      ['tags'],
      ['entities'],
      ['entity', 'show', seeded.entity],
      ['related', seeded.id],
      ['history', seeded.id],
      ['export', seeded.id, '--format', 'md'],
      ['show', '00000000-0000-4000-8000-000000000000'],
    ].map((args) => ({ args, run: dabir(path, ...args) }));
    for (const { args, run } of runs) {
      const printed = run.stdout + run.stderr;
      expect(printed, `dabir ${args.join(' ')}`).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    }
    const shown = runs[1].run.stdout;
    expect(shown).toContain('تیتر ␛[31mقرمز␛]0;owned␇␛[2J\ufffd31m');

    const json = jsonOf(dabir(path, 'show', seeded.id, '--json'));
    expect(json.headline).toBe(`تیتر ${HOSTILE}`);
    expect(dabir(path, 'show', seeded.id, '--json').stdout.trimEnd()).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
