/**
 * `dabir export`: the real CLI in a child process for what a user runs (stdout, --out, a
 * folder as --out, --json; one spawn per behaviour, they are slow), `runCli` in-process for
 * the refusals, on an archive seeded with an article holding an @mention and a [[link]].
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportedFile } from '../../common/contract';
import { Archive } from '../../db/archive';
import { EXPORTED, seedExportArticle, type ExportFixture } from '../support/export-fixture';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir, runDabirInProcess, runDabirInProcessAsync } from './run-cli';

const MISSING_ID = '99999999-0000-4000-8000-000000000099';
const EXPORT_HINT =
  'Usage: dabir [--db PATH] export ID [--format html|md|txt|jsonl] [--out FILE] [--json] | export --format jsonl|md|html|txt|bundle --out PATH [ID...] [--tag T]... [--from D] [--to D] [--desk D] [--json]; "dabir --help" explains more.\n';

let dir: string;
let db: string;
let fixture: ExportFixture;
/** What the archive's own service exports, to compare the command's output with. */
let expected: Record<'html' | 'markdown', ExportedFile>;

beforeAll(() => {
  dir = makeTempDir('dabir-cli-export-');
  db = join(dir, 'archive.sqlite');
  const archive = Archive.open(db);
  try {
    fixture = seedExportArticle(archive);
    expected = {
      html: archive.services.exportArticle({ id: fixture.articleId, format: 'html' }),
      markdown: archive.services.exportArticle({ id: fixture.articleId, format: 'markdown' }),
    };
  } finally {
    archive.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dabir = (args: string[]) => runDabir([...args, '--db', db], { cwd: dir, userDataHome: dir });

const inProcess = (args: string[]) => runDabirInProcessAsync([...args, '--db', db], dir);
const inProcessSync = (args: string[]) => runDabirInProcess([...args, '--db', db], dir);

/** A fresh folder for one test's output, so leftovers of a write are visible. */
function outputFolder(name: string): string {
  const folder = join(dir, name);
  mkdirSync(folder);
  return folder;
}

describe('dabir export', () => {
  it('prints the article as HTML by default', () => {
    const run = dabir(['export', fixture.articleId]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected.html.content);
    expect(run.stdout).toContain(`data-entity-id="${fixture.entityId}"`);
    expect(run.stdout).toContain(`data-article-id="${fixture.targetId}"`);
  });

  it('prints Markdown with --format md', () => {
    const run = dabir(['export', fixture.articleId, '--format', 'md']);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(expected.markdown.content);
    expect(run.stdout).toContain(`[${EXPORTED.mentionText}](dabir://entity/${fixture.entityId})`);
  });

  it('writes the file with --out, and nothing beside it', () => {
    const folder = outputFolder('out-file');
    const path = join(folder, 'article.md');
    writeFileSync(path, 'an older export');
    const run = dabir(['export', fixture.articleId, '--format', 'markdown', '--out', path]);
    expect(run).toEqual({ status: 0, stdout: `Wrote ${path} (Markdown, ${Buffer.byteLength(expected.markdown.content)} bytes)\n`, stderr: '' });
    expect(readFileSync(path, 'utf8')).toBe(expected.markdown.content);
    // The temporary file it was written through was renamed into place.
    expect(readdirSync(folder)).toEqual(['article.md']);
  });

  it('names the file after the headline when --out is a folder, and reports it as JSON', () => {
    const folder = outputFolder('out-folder');
    const run = dabir(['export', fixture.articleId, '--out', folder, '--json']);
    expect(run.status).toBe(0);
    const path = join(folder, `${EXPORTED.filenameStem}.html`);
    expect(jsonOf(run)).toEqual({
      path,
      filename: `${EXPORTED.filenameStem}.html`,
      mimeType: 'text/html; charset=utf-8',
      bytes: Buffer.byteLength(expected.html.content),
    });
    expect(readFileSync(path, 'utf8')).toBe(expected.html.content);
  });

  it('prints the file as JSON with --json', () => {
    expect(jsonOf(dabir(['export', fixture.articleId, '--json', '--format', 'md']))).toEqual(expected.markdown);
  });
});

describe('dabir export refuses what it cannot do', () => {
  it('fails clearly for an article that is not there', async () => {
    expect(await inProcess(['export', MISSING_ID])).toEqual({ status: 1, stdout: '', stderr: `dabir: no article with id ${MISSING_ID}\n` });
  });

  it.each([
    [['export'], 'export of more than one article needs --out: a folder for md, html and txt, a file for jsonl and bundle'],
    [['export', 'a', 'b'], 'export of more than one article needs --out: a folder for md, html and txt, a file for jsonl and bundle'],
    [['export', MISSING_ID, '--format', 'pdf'], '--format must be one of jsonl, md, html, txt, bundle, not "pdf"'],
    [['export', MISSING_ID, '--out', ''], '--out needs the path of a file or folder to write'],
    [['export', MISSING_ID, '--limit', '3'], '--limit does not apply to export'],
  ])('refuses %j', async (args, message) => {
    expect(await inProcess(args)).toEqual({ status: 2, stdout: '', stderr: `dabir: ${message}\n${EXPORT_HINT}` });
  });

  it('refuses --format and --out on other commands', () => {
    expect(inProcessSync(['list', '--out', 'x.html'])).toMatchObject({ status: 2, stderr: expect.stringContaining('dabir: --out does not apply to list\n') });
    expect(inProcessSync(['show', fixture.articleId, '--format', 'md'])).toMatchObject({ status: 2, stderr: expect.stringContaining('dabir: --format does not apply to show\n') });
  });

  it('says why a file cannot be written, and leaves nothing behind', async () => {
    const folder = outputFolder('unwritable');
    const missingFolder = join(folder, 'no-such-folder', 'article.html');
    expect(await inProcess(['export', fixture.articleId, '--out', missingFolder])).toEqual({
      status: 1,
      stdout: '',
      stderr: `dabir: cannot write ${missingFolder}: the folder ${join(folder, 'no-such-folder')} does not exist\n`,
    });
    const notAFolder = join(folder, 'plain-file');
    writeFileSync(notAFolder, 'not a folder');
    const underAFile = join(notAFolder, 'article.html');
    expect(await inProcess(['export', fixture.articleId, '--out', underAFile])).toEqual({
      status: 1,
      stdout: '',
      stderr: `dabir: cannot write ${underAFile}: ${notAFolder} is not a folder\n`,
    });
    expect(readdirSync(folder)).toEqual(['plain-file']);
  });
});
