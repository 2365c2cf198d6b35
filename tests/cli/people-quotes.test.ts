/**
 * The command line on issue 14: an import that dates a story from its dateline and marks a
 * story without one undated (the shared sample among them), `--confirm-known`, and
 * `dabir quotes` with its --json shape. The real CLI in a child process for what a user runs,
 * in-process for refusals.
 */
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../db/archive';
import { gazetteerEntityId } from '../../db/entities/entity-id';
import { entityPage } from '../../db/entities/entity-page';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, runDabirInProcess, sharedSamplesDir } from './run-cli';

const SAMPLE_NAME = '000_db81ff63d69d69cc.txt';
const ZARIF = gazetteerEntityId('person:zarif');
const OIC = gazetteerEntityId('org:oic');

const DATED_BY_DATELINE = {
  headline: 'یادی از اجلاس سران اسلامی در تهران',
  body: 'تهران - ۱۶ آذر ۱۳۹۵ (ایرنا) - نوزده سال پیش در چنین روزی هشتمین اجلاس سران سازمان کنفرانس اسلامی در تهران گشایش یافت.\nاین اجلاس در شانزدهم آذرماه 1376 برگزار شد.',
};
const INTERVIEW = {
  headline: 'ظریف: مذاکرات ادامه دارد',
  date: '2024-05-02',
  dateline: 'تهران',
  body: 'محمد جواد ظریف وزیر امور خارجه پیشین کشورمان گفت: مذاکرات ادامه دارد و راه دیپلماسی بسته نشده است.\nسرگئی لاوروف وزیر خارجه روسیه نیز تصریح کرد که توافق تنها راه حل است.',
};
const OLDER_INTERVIEW = {
  headline: 'ظریف در داووس',
  date: '2019-01-24',
  dateline: 'داووس',
  body: 'ظریف گفت: ایران به دنبال سلاح هسته‌ای نیست.\nمحمد جواد ظریف این سخنان را در نشست داووس بیان کرد.',
};

describe('dabir on people, quotes and dates', () => {
  let dir: string;
  let db: string;

  beforeAll(() => {
    dir = makeTempDir('dabir-cli-people-');
    db = join(dir, 'archive.sqlite');
    mkdirSync(join(dir, 'in'));
    copyFileSync(join(sharedSamplesDir(), SAMPLE_NAME), join(dir, 'in', SAMPLE_NAME));
    writeFileSync(join(dir, 'in', 'desk.jsonl'), [DATED_BY_DATELINE, INTERVIEW, OLDER_INTERVIEW].map((line) => JSON.stringify(line)).join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports with --confirm-known: dates from a dateline, the sample undated, known names confirmed and ambiguous ones left', () => {
    const run = runDabir(['import', `in/${SAMPLE_NAME}`, 'in/desk.jsonl', '--confirm-known', '--json', '--db', db], { cwd: dir, userDataHome: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const report = jsonOf<{ imported: Array<{ id: string }>; errors: unknown[]; confirmed: number }>(run);
    expect(report.imported).toHaveLength(4);
    expect(report.confirmed).toBeGreaterThan(10);

    const archive = Archive.open(db);
    try {
      const [sample, dated] = report.imported.map((item) => archive.articles.get(item.id));
      // The dateline's day, not the 1376 summit the story recalls.
      expect(dated).toMatchObject({ datelineDate: '2016-12-06', datelinePlace: 'تهران' });
      // The sample has no dateline: no date, and on the OIC's timeline it stands apart, undated.
      expect(sample.datelineDate).toBeNull();
      const oic = entityPage(archive, OIC);
      expect(oic.timeline.find((item) => item.articleId === sample.id)?.day).toBeNull();
      expect(oic.timeline.at(-1)?.articleId).toBe(sample.id);
      // Known names are confirmed; «مصر» (also "insistent") waits for the editor.
      const mentions = archive.mentions.forArticle(sample.id);
      expect(mentions.find((mention) => mention.entity.id === OIC)?.state).toBe('confirmed');
      expect(mentions.find((mention) => mention.entity.id === ZARIF)?.state).toBe('confirmed');
      expect(mentions.find((mention) => mention.entity.id === gazetteerEntityId('country:EG'))?.state).toBe('suggested');
    } finally {
      archive.close();
    }
  });

  it('lists a person’s quotes newest first as JSON, with day, place and article', () => {
    const run = runDabir(['quotes', 'محمد جواد ظریف', '--json', '--db', db], { userDataHome: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const result = jsonOf(run);
    expect(result.person).toEqual({ id: ZARIF, name: 'محمد جواد ظریف' });
    expect(result.quotes.map((quote: { day: string; place: string; person: { id: string } }) => [quote.day, quote.place, quote.person.id])).toEqual([
      ['2024-05-02', 'تهران', ZARIF],
      ['2019-01-24', 'داووس', ZARIF],
    ]);
    expect(Object.keys(result.quotes[0]).sort()).toEqual(['articleId', 'day', 'headline', 'id', 'origin', 'person', 'place', 'sentence', 'speaker']);
    expect(result.quotes[0].sentence).toBe(INTERVIEW.body.split('\n')[0]);
    expect(result.quotes[0].headline).toBe(INTERVIEW.headline);
  });

  it('keeps the days asked for, and reads the sentences out as text', () => {
    const since = runDabirInProcess(['quotes', 'ظريف', '--from', '1400-01-01', '--db', db], dir);
    expect(since.status).toBe(0);
    expect(since.stdout).toContain('2024-05-02');
    expect(since.stdout).toContain(INTERVIEW.body.split('\n')[0]);
    expect(since.stdout).not.toContain('2019-01-24');
    const everyone = jsonOf(runDabirInProcess(['quotes', '--json', '--to', '2024-12-31', '--db', db], dir));
    expect(everyone.quotes.map((quote: { speaker: string }) => quote.speaker)).toContain('سرگئی لاوروف');
  });

  it('refuses a name that is not a person, and a wrong range, in plain English', () => {
    expect(runDabirInProcess(['quotes', 'ایران', '--db', db], dir)).toMatchObject({ status: 1, stderr: expect.stringContaining('is a country, not a person') });
    expect(runDabirInProcess(['quotes', '--from', '2024-05-01', '--to', '2024-01-01', '--db', db], dir)).toMatchObject({
      status: 2,
      stderr: expect.stringContaining('--from 2024-05-01 is after --to 2024-01-01'),
    });
    expect(runDabirInProcess(['quotes', '--kind', 'person', '--db', db], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('--kind does not apply to quotes') });
    expect(runDabirInProcess(['list', '--confirm-known', '--db', db], dir)).toMatchObject({ status: 2, stderr: expect.stringContaining('--confirm-known does not apply to list') });
  });
});
