/**
 * The real CLI imports the shared sample story (.txt): its body comes back byte for byte and
 * its long first line stays in the body, with a headline derived from it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, sharedSamplesDir } from './run-cli';

const SAMPLE_NAME = '000_db81ff63d69d69cc.txt';

interface ImportJson {
  imported: Array<{ id: string; headline: string; source: string }>;
  errors: Array<{ source: string; message: string }>;
}

describe('dabir import of the shared sample', () => {
  let dir: string;
  let db: string;
  let sampleText: string;

  beforeAll(() => {
    dir = makeTempDir('dabir-cli-sample-');
    db = join(dir, 'archive.sqlite');
    const samplePath = join(sharedSamplesDir(), SAMPLE_NAME);
    sampleText = readFileSync(samplePath, 'utf8');
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', SAMPLE_NAME), readFileSync(samplePath));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const expectedBody = () => sampleText.replace(/^\uFEFF/, '').replace(/\r?\n$/, '');
  const firstLine = () => expectedBody().split('\n')[0];

  it('imports it, and show --json gives the body back byte for byte with a derived headline', () => {
    expect(Array.from(firstLine()).length).toBeGreaterThan(120);

    const imported = runDabir(['import', '--json', `in/${SAMPLE_NAME}`, '--db', db], { cwd: dir, userDataHome: dir });
    expect(imported.stderr).toBe('');
    expect(imported.status).toBe(0);
    const report = jsonOf<ImportJson>(imported);
    expect(report.errors).toEqual([]);
    expect(report.imported).toHaveLength(1);
    expect(report.imported[0].source).toBe(`in/${SAMPLE_NAME}:1`);

    const shown = runDabir(['show', report.imported[0].id, '--json', '--db', db], { userDataHome: dir });
    expect(shown.status).toBe(0);
    const article = jsonOf(shown);
    expect(article.body).toBe(expectedBody());

    // The headline is the start of the first line, cut between words, with an ellipsis.
    const headline: string = article.headline;
    expect(headline).toBe('نشست فوق العاده سازمان همکاری اسلامی با موضوع آزادی فلسطین و قدس شریف دقایقی…');
    expect(report.imported[0].headline).toBe(headline);
    expect(Array.from(headline).length).toBeLessThanOrEqual(80);
    const kept = headline.slice(0, -1);
    expect(firstLine().startsWith(kept)).toBe(true);
    expect(firstLine()[kept.length]).toBe(' ');
  });

  it('reads the same story saved with a BOM, CRLF line ends and a final line end', () => {
    const windowsCopy = `\uFEFF${expectedBody().replace(/\n/g, '\r\n')}\r\n`;
    writeFileSync(join(dir, 'in', 'windows.txt'), windowsCopy, 'utf8');

    // Into the archive that has the story already: the same story, so it is skipped and named.
    const again = runDabir(['--db', db, 'import', 'in/windows.txt', '--json'], { cwd: dir, userDataHome: dir });
    expect(again.status).toBe(0);
    const skipped = jsonOf<ImportJson & { skipped: Array<{ source: string }> }>(again);
    expect(skipped.imported).toEqual([]);
    expect(skipped.skipped.map((entry) => entry.source)).toEqual(['in/windows.txt:1']);

    const other = join(dir, 'windows.sqlite');
    const imported = runDabir(['--db', other, 'import', 'in/windows.txt', '--json'], { cwd: dir, userDataHome: dir });
    expect(imported.status).toBe(0);
    const { imported: [entry] } = jsonOf<ImportJson>(imported);
    const article = jsonOf(runDabir(['show', entry.id, '--json', '--db', other], { userDataHome: dir }));
    expect(article.body).toBe(expectedBody());
    expect(article.headline.startsWith('\uFEFF')).toBe(false);
  });

  it('shows the story as readable text without --json', () => {
    const list = jsonOf(runDabir(['list', '--json', '--db', db], { userDataHome: dir }));
    const shown = runDabir(['show', list.articles[0].id, '--db', db], { userDataHome: dir });
    expect(shown.status).toBe(0);
    const [headline, blank] = shown.stdout.split('\n');
    expect(headline).toBe(list.articles[0].headline);
    expect(blank).toBe('');
    expect(shown.stdout).toContain(`ID:       ${list.articles[0].id}`);
    expect(shown.stdout).toContain('Status:   draft');
    expect(shown.stdout.endsWith(`${expectedBody()}\n`)).toBe(true);
    expect(readdirSync(dir)).toContain('archive.sqlite');
  });
});
