/**
 * `dabir search`: the real CLI in a child process for what a user sees (JSON, text, filters in
 * both calendars, order, usage errors, hostile queries, a missing archive), and `runCli`
 * in-process for the long tables of odd input and for terminal-only behaviour (colour,
 * progress overwritten in place), which a child process with pipes can't show.
 */
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Archive } from '../../db/archive';
import { parseDay } from '../../cli/dates';
import { rebuildSearchIndexIfNeeded } from '../../cli/rebuild-index';
import { runCli } from '../../cli/run';
import { makeTempDir } from '../support/temp-archive';
import { jsonOf, runDabir } from './run-cli';

const SEARCH_HINT =
  'Usage: dabir [--db PATH] search QUERY [--limit N] [--offset N] [--desk D] [--status S] [--from DATE] [--to DATE] [--tag T]... [--order relevance|date] [--json]; "dabir --help" explains more.\n';
const REBUILT = 'Rebuilding the search index: 100%\n';

interface SearchJson {
  query: string;
  total: number;
  results: Array<{
    id: string;
    headline: string;
    snippet: string;
    score: number;
    desk: string;
    status: string;
    date: string | null;
    headlineHighlights: Array<{ start: number; end: number }>;
    snippetHighlights: Array<{ start: number; end: number }>;
  }>;
  notices: string[];
}

/** Four stories; ظریف is in A's and B's headlines, only in C's body, not in D. */
const FIXTURE = [
  {
    headline: 'سفر ظریف به جاکارتا',
    lead: 'محمد جواد ظريف وزیر امور خارجه روز یکشنبه وارد جاکارتا شد.',
    body: 'او در نشست فوق‌العاده سازمان همکاری اسلامی سخنرانی کرد.',
    desk: 'سیاسی',
    status: 'published',
    dateline: 'جاکارتا',
    date: '2017-12-07',
    tags: ['سازمان همکاری اسلامی', 'جاکارتا'],
  },
  { headline: 'ظریف در ژنو', body: 'مذاکرات هسته‌ای با حضور ظریف ادامه یافت.', desk: 'اقتصادی', status: 'draft', date: '2015-03-01' },
  {
    headline: 'دیدار در وین',
    lead: 'نشست وزیران در وین برگزار شد.',
    body: 'در این نشست ظریف و همتایانش درباره برجام گفت‌وگو کردند.',
    desk: 'بین‌الملل',
    status: 'approved',
    date: '2019-06-10',
    tags: ['برجام', 'سازمان همکاری اسلامی'],
  },
  { headline: 'بازار نفت', body: 'قیمت نفت افزایش یافت.', desk: 'اقتصادی', status: 'published', date: '2017-12-08' },
];
const [A, B, C] = FIXTURE.map((article) => article.headline);

/**
 * Makes the archive's search index look built by another normaliser version, so the next
 * search must rebuild it (the row db/search/search-index.ts keeps the version in).
 */
function forgetIndexVersion(path: string): void {
  const archive = Archive.open(path);
  try {
    archive.db.prepare('DELETE FROM search_state').run();
    expect(archive.searchIndex.needsRebuild()).toBe(true);
  } finally {
    archive.close();
  }
}

let dir: string;
let db: string;
let firstSearch: ReturnType<typeof runDabir>;
const dabir = (args: string[]) => runDabir(args, { cwd: dir, userDataHome: dir });
const searchJson = (...args: string[]) => {
  const run = dabir(['search', ...args, '--json', '--db', db]);
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return jsonOf<SearchJson>(run);
};
const headlines = (answer: SearchJson) => answer.results.map((result) => result.headline);

/** runCli in this process, its output captured. */
function inProcess(args: string[], options: { stdoutIsTTY?: boolean; stderrIsTTY?: boolean; env?: NodeJS.ProcessEnv } = {}) {
  let stdout = '';
  let stderr = '';
  const status = runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { XDG_CONFIG_HOME: dir, APPDATA: dir, ...options.env },
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  });
  // A run that first backs the archive up answers with a promise; its output is read after it.
  return {
    status,
    get stdout() {
      return stdout;
    },
    get stderr() {
      return stderr;
    },
  };
}

beforeAll(() => {
  dir = makeTempDir('dabir-cli-search-');
  db = join(dir, 'archive.sqlite');
  writeFileSync(join(dir, 'stories.jsonl'), FIXTURE.map((line) => JSON.stringify(line)).join('\n'));
  const imported = dabir(['import', 'stories.jsonl', '--db', db]);
  expect(imported.stderr).toBe('');
  expect(imported.status).toBe(0);
  forgetIndexVersion(db);
  firstSearch = dabir(['search', 'ظریف', '--json', '--db', db]);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('dabir search through the real CLI', () => {
  it('backs the archive up, then rebuilds an out-of-date index, with progress on stderr, and only once', () => {
    expect(firstSearch.status).toBe(0);
    expect(firstSearch.stderr).toMatch(
      new RegExp(`^(Backing up the archive before rebuilding its search index: \\d+%\n)*Backed up to .*/Backups/archive \\S+ before-index-rebuild\\.sqlite\n${REBUILT}$`),
    );
    expect(jsonOf<SearchJson>(firstSearch).total).toBe(3);
    expect(inProcess(['search', 'ظریف', '--json', '--db', db]).stderr).toBe('');
  });

  it('prints the documented JSON: query, total, results of id, headline, snippet, score', () => {
    const answer = jsonOf<SearchJson>(firstSearch);
    expect(Object.keys(answer).slice(0, 3)).toEqual(['query', 'total', 'results']);
    expect(answer).toMatchObject({ query: 'ظریف', total: 3, notices: [] });
    for (const result of answer.results) {
      expect(Object.keys(result).slice(0, 4)).toEqual(['id', 'headline', 'snippet', 'score']);
      expect(result.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(result.score).toBeGreaterThan(0);
    }
    // Best first: the headline matches outrank the body-only one.
    expect(headlines(answer)[2]).toBe(C);
    const scores = answer.results.map((result) => result.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);

    // The snippet is the text as written (Arabic yeh), the highlight on the word itself.
    const a = answer.results.find((result) => result.headline === A)!;
    expect(a).toMatchObject({ desk: 'سیاسی', status: 'published', date: '2017-12-07' });
    expect(a.snippet).toBe(FIXTURE[0].lead);
    expect(a.snippetHighlights.map(({ start, end }) => a.snippet.slice(start, end))).toEqual(['ظريف']);
    expect(a.headlineHighlights.map(({ start, end }) => a.headline.slice(start, end))).toEqual(['ظریف']);
  });

  it('prints text: a count, then headline, details and snippet per hit, matches in [ ]', () => {
    const run = dabir(['search', 'ظریف', '--limit', '1', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toBe('3 results for «ظریف»');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/\[ظریف\]/);
    expect(lines[3]).toMatch(/^ {2}\d{4}-\d\d-\d\d {2}(published|draft) {2}[0-9a-f-]{36} {2}\S/);
    expect(lines[4]).toMatch(/^ {2}.*\[ظر[يی]ف\]/);
    expect(lines.slice(5)).toEqual(['', 'Showing 1 of 3 results; use --limit N (up to 1000) to see more.', '']);
  });

  it('filters by desk', () => {
    expect(headlines(searchJson('ظریف', '--desk', 'سیاسی'))).toEqual([A]);
  });

  it('filters by status', () => {
    expect(headlines(searchJson('ظریف', '--status', 'draft'))).toEqual([B]);
  });

  it('filters by tags, every one given, spelt any way the tag folds to', () => {
    expect(headlines(searchJson('ظریف', '--tag', 'برجام'))).toEqual([C]);
    expect(headlines(searchJson('ظریف', '--tag', 'سازمان همکاری اسلامي')).sort()).toEqual([A, C].sort());
    expect(headlines(searchJson('ظریف', '--tag', 'سازمان همکاری اسلامی', '--tag', 'جاکارتا'))).toEqual([A]);
  });

  it('lists the articles a filter selects when there is no query, newest first', () => {
    expect(headlines(searchJson('--tag', 'سازمان همکاری اسلامی'))).toEqual([C, A]);
  });

  it('filters by Gregorian dates, inclusive', () => {
    expect(headlines(searchJson('ظریف', '--from', '2017-01-01', '--to', '2017-12-07'))).toEqual([A]);
  });

  it('filters by Solar Hijri dates, in Persian or Latin digits (1396-09-16 is 2017-12-07)', () => {
    expect(headlines(searchJson('ظریف', '--from', '۱۳۹۶/۰۹/۱۶', '--to', '1396-09-16'))).toEqual([A]);
  });

  it('orders by date, newest first, with --order date', () => {
    const answer = searchJson('ظریف', '--order', 'date');
    expect(headlines(answer)).toEqual([C, A, B]);
    expect(answer.results.map((result) => result.date)).toEqual(['2019-06-10', '2017-12-07', '2015-03-01']);
  });

  it.each([
    [['--to', '۱۳۹۶/۱۲/۳۰'], '--to "۱۳۹۶/۱۲/۳۰" is not a date: Esfand 1396 (Solar Hijri) has 29 days'],
    [['--status', 'sent'], '--status must be one of draft, edited, approved, published, archived, not "sent"'],
  ])('refuses %j with a usage error', (options, message) => {
    const run = dabir(['search', 'ظریف', ...options, '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dabir: ${message}\n${SEARCH_HINT}`);
  });

  it('treats SQL in the query as words, and the archive is unharmed', () => {
    const answer = searchJson("'); DROP TABLE articles; --");
    expect(answer).toMatchObject({ total: 0, results: [], notices: ['unsearchable_term_dropped'] });
    expect(JSON.parse(inProcess(['list', '--json', '--db', db]).stdout).total).toBe(FIXTURE.length);
  });

  it('cuts a 10,000-character query and says so', () => {
    const answer = searchJson(`ظریف ${'و'.repeat(10_000)}`);
    expect(answer.total).toBe(0);
    expect(answer.notices).toContain('truncated');
  });

  it('explains a query of only exclusions (after --, a query may start with -)', () => {
    const run = dabir(['search', '--db', db, '--', '-ظریف']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('0 results for «-ظریف»\nThe query has only exclusions (-word); add a word to search for.\n');
  });

  it('fails without creating an archive when there is none', () => {
    const missing = join(dir, 'missing.sqlite');
    const run = dabir(['search', 'ظریف', '--db', missing]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dabir: there is no archive at ${missing} (import articles first, or choose an archive with --db PATH or DABIR_DB)\n`);
    expect(existsSync(missing)).toBe(false);
  });
});

describe('dabir search in-process: the command line', () => {
  it('fails without creating the default archive, or even its folder', () => {
    const run = inProcess(['search', 'ظریف']);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`dabir: there is no archive at ${join(dir, 'Dabir', 'archive.sqlite')} (import articles first, or choose an archive with --db PATH or DABIR_DB)\n`);
    expect(existsSync(join(dir, 'Dabir'))).toBe(false);
  });

  it('takes a desk typed with other letters and spacing as the archive desk it folds to', () => {
    // بين الملل: Arabic yeh and a space, for the archive's بین‌الملل.
    const run = inProcess(['search', 'ظریف', '--desk', 'بين الملل', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results.map((result: { headline: string }) => result.headline)).toEqual([C]);
    // The text names the desk as the archive spells it, the one the core matched.
    expect(inProcess(['search', 'ظریف', '--desk', 'بين الملل', '--db', db]).stdout).toMatch(/^1 result for «ظریف» \(desk "بین‌الملل"\)\n/);
  });

  it('pages with --offset: each page takes up where the last left off, and says where it is', () => {
    const all = JSON.parse(inProcess(['search', 'ظریف', '--json', '--db', db]).stdout);
    expect(all.total).toBe(3);
    const pages = [0, 1, 2].map((offset) => JSON.parse(inProcess(['search', 'ظریف', '--limit', '1', '--offset', String(offset), '--json', '--db', db]).stdout));
    expect(pages.map((page) => page.results.map((result: { id: string }) => result.id))).toEqual(all.results.map((result: { id: string }) => [result.id]));
    expect(pages.every((page) => page.total === 3)).toBe(true);
    const middle = inProcess(['search', 'ظریف', '--limit', '1', '--offset', '1', '--db', db]).stdout;
    expect(middle).toMatch(/\nShowing 2–2 of 3 results; use --offset 2 to see more\.\n$/);
    const last = inProcess(['search', 'ظریف', '--limit', '1', '--offset', '2', '--db', db]).stdout;
    expect(last).toMatch(/\nShowing 3–3 of 3 results\.\n$/);
  });

  it('accepts --limit up to 1,000, the bound of the API contract', () => {
    const run = inProcess(['search', 'ظریف', '--limit', '1000', '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).results).toHaveLength(3);
  });

  it.each([
    [[], 'search needs a query or a filter: dabir search QUERY, or dabir search --tag TAG'],
    [['ظریف', '--tag', ' '], '--tag needs the name of a tag'],
    [['ظریف', '--from', '1396-13-01'], '--from "1396-13-01" is not a date: there is no month 13; months run from 1 to 12'],
    [['ظریف', '--from', '2017-02-29'], '--from "2017-02-29" is not a date: February 2017 has 28 days'],
    [['ظریف', '--from', '1396-9-31'], '--from "1396-9-31" is not a date: Azar 1396 (Solar Hijri) has 30 days'],
    [['ظریف', '--to', 'yesterday'], '--to "yesterday" is not a date: write YYYY-MM-DD, a Gregorian date like 2017-12-07 or a Solar Hijri one like 1396-09-16'],
    [['ظریف', '--to', '2017/12-07'], '--to "2017/12-07" is not a date: write YYYY-MM-DD, a Gregorian date like 2017-12-07 or a Solar Hijri one like 1396-09-16'],
    [['ظریف', '--from', '2017-00-10'], '--from "2017-00-10" is not a date: there is no month 0; months run from 1 to 12'],
    [['ظریف', '--from', '2018-01-01', '--to', '1396-09-16'], '--from 2018-01-01 is after --to 1396-09-16 (2017-12-07): no day is in between'],
    [['ظریف', '--status', ''], '--status must be one of draft, edited, approved, published, archived, not ""'],
    [['ظریف', '--limit', '0'], '--limit must be a whole number from 1 to 1000, not "0"'],
    [['ظریف', '--limit', '1001'], '--limit must be a whole number from 1 to 1000, not "1001"'],
    [['ظریف', '--offset=-1'], '--offset must be a whole number (0 or more), not "-1"'],
    [['ظریف', '--limit', '2.5'], '--limit must be a whole number from 1 to 1000, not "2.5"'],
    [['ظریف', '--order', 'newest'], '--order must be relevance or date, not "newest"'],
    [['ظریف', '--desk', ' '], '--desk needs the name of a desk'],
    [['ظریف', '-رئیسی'], 'unknown option -ر (to exclude a word, quote the whole query, as in dabir search "word -other", or put -- before the query)'],
  ])('search %j is a usage error', (args, message) => {
    const run = inProcess(['search', ...args, '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`dabir: ${message}\n${SEARCH_HINT}`);
  });

  it.each([
    [['list', '--desk', 'سیاسی'], '--desk does not apply to list'],
    [['show', '00000000-0000-4000-8000-000000000000', '--order', 'date'], '--order does not apply to show'],
    [['import', 'x.jsonl', '--from', '2017-12-07'], '--from does not apply to import'],
  ])('%j refuses the search options', (args, message) => {
    const run = inProcess([...args, '--db', db]);
    expect(run.status).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe(`dabir: ${message}`);
  });

  it('joins several operands into one query', () => {
    const run = inProcess(['search', 'سازمان', 'همکاری', '--json', '--db', db]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ query: 'سازمان همکاری', total: 1, results: [{ headline: A }] });
  });

  it.each([
    ['"', ['nothing_searchable', 'unbalanced_quote', 'unsearchable_term_dropped']],
    ['*', ['nothing_searchable', 'unsearchable_term_dropped']],
    ['AND', ['nothing_searchable', 'operator_ignored']],
    ['-', ['nothing_searchable', 'unsearchable_term_dropped']],
    [':', ['nothing_searchable', 'unsearchable_term_dropped']],
    ['NEAR(ظریف', []],
    ['ظریف OR', ['operator_ignored']],
    ['', ['blank_input']],
  ])('searches %j without failing, with its notices', (query, notices) => {
    const run = inProcess(['search', query, '--json', '--db', db]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).notices).toEqual(notices);
  });

  it('searches an unclosed quote as a phrase and says so', () => {
    const run = inProcess(['search', '"سازمان همکاری', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^1 result for «"سازمان همکاری»\nA quotation mark was not closed, so the rest of the query was searched as one phrase\.\n/);
  });

  it('explains every notice in words', () => {
    const run = inProcess(['search', '* AND', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        '0 results for «* AND»',
        'The query has no letters or digits to search for.',
        'AND, OR and NEAR were ignored (every word must appear anyway); NOT works like -word.',
        'Parts of the query with no letters or digits (such as * - : or a lone quote) were skipped.',
        '',
      ].join('\n'),
    );
  });

  it('shows the day an undated article was written, the day --from and --to compare', () => {
    const undatedDb = join(dir, 'undated.sqlite');
    const archive = Archive.open(undatedDb);
    const written = archive.articles.create({ headline: 'یادداشت بی‌تاریخ از جاکارتا' });
    archive.close();
    const day = written.createdAt.slice(0, 10);
    const run = inProcess(['search', 'جاکارتا', '--from', day, '--to', day, '--db', undatedDb]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`\n  ${day}  draft  ${written.id}  no desk\n`);
  });

  it('lists what the filters select for an empty query', () => {
    const run = inProcess(['search', '', '--desk', 'اقتصادی', '--order', 'date', '--db', db]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^2 articles \(desk "اقتصادی", newest first\)\n\nبازار نفت\n {2}2017-12-08 {2}published/);
  });

  it('says when the desk filter names no desk of the archive, and still exits 0', () => {
    const run = inProcess(['search', 'ظریف', '--desk', 'ورزشی', '--json', '--db', db]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).total).toBe(0);
    expect(run.stderr).toBe('dabir: the archive has no desk "ورزشی" (its desks are "اقتصادی", "بین‌الملل", "سیاسی")\n');
  });

  it('marks matches in bold on a terminal, in brackets when NO_COLOR is set', () => {
    const tty = inProcess(['search', 'ظریف', '--desk', 'سیاسی', '--db', db], { stdoutIsTTY: true });
    expect(tty.stdout).toContain('سفر \u001b[1mظریف\u001b[22m به جاکارتا');
    expect(tty.stdout).toContain('محمد جواد \u001b[1mظريف\u001b[22m وزیر');
    const noColor = inProcess(['search', 'ظریف', '--desk', 'سیاسی', '--db', db], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).toContain('سفر [ظریف] به جاکارتا');
    expect(noColor.stdout).not.toContain('\u001b');
  });

  it('overwrites one progress line on a terminal, for the backup and then the rebuild', async () => {
    forgetIndexVersion(db);
    const run = inProcess(['search', 'ظریف', '--json', '--db', db], { stderrIsTTY: true });
    expect(await run.status).toBe(0);
    expect(run.stderr).toMatch(
      /^(\rBacking up the archive before rebuilding its search index: \d+%)+\nBacked up to .* before-index-rebuild\.sqlite\n\rRebuilding the search index: 100%\n$/,
    );
  });
});

describe('rebuild progress', () => {
  /** An archive whose index reports `steps` batches of progress. */
  const fakeArchive = (steps: number) =>
    ({
      searchIndex: {
        needsRebuild: () => true,
        rebuildNow: (onProgress: (status: { state: 'rebuilding'; done: number; total: number }) => void) => {
          for (let done = 1; done <= steps; done++) onProgress({ state: 'rebuilding', done, total: steps });
        },
      },
    }) as unknown as Archive;
  const capture = (stderrIsTTY: boolean, steps: number) => {
    let stderr = '';
    rebuildSearchIndexIfNeeded(fakeArchive(steps), { stdout: () => {}, stderr: (text) => void (stderr += text), env: {}, stderrIsTTY });
    return stderr;
  };

  it('writes at most one plain line per tenth when stderr is not a terminal', () => {
    expect(capture(false, 1000).split('\n')).toEqual([...Array.from({ length: 10 }, (_, i) => `Rebuilding the search index: ${(i + 1) * 10}%`), '']);
    expect(capture(false, 3)).toBe('Rebuilding the search index: 33%\nRebuilding the search index: 66%\nRebuilding the search index: 100%\n');
  });

  it('overwrites the line on a terminal, once per percent, and ends it', () => {
    const stderr = capture(true, 1000);
    expect(stderr.startsWith('\rRebuilding the search index: 0%\rRebuilding the search index: 1%')).toBe(true);
    expect(stderr.endsWith('\rRebuilding the search index: 100%\n')).toBe(true);
    expect(stderr.split('\r')).toHaveLength(102);
  });
});

describe('--from and --to days', () => {
  it.each([
    ['2017-12-07', '2017-12-07', 'gregorian'],
    ['2016-02-29', '2016-02-29', 'gregorian'],
    ['1396-09-16', '2017-12-07', 'solar-hijri'],
    ['۱۳۹۶/۰۹/۱۶', '2017-12-07', 'solar-hijri'],
    ['١٣٩٦-٠٩-١٦', '2017-12-07', 'solar-hijri'],
    ['1396/9/16', '2017-12-07', 'solar-hijri'],
    ['1395-12-30', '2017-03-20', 'solar-hijri'],
    ['1403-01-01', '2024-03-20', 'solar-hijri'],
    [' 1699-12-29 ', '2321-03-20', 'solar-hijri'],
    ['1700-01-01', '1700-01-01', 'gregorian'],
  ])('reads %j as %s', (typed, iso, calendar) => {
    expect(parseDay(typed, '--from')).toEqual({ iso, calendar });
  });

  it.each(['2017-02-29', '1396-12-30', '1397-13-01', '0000-01-01', '2017-12', '17-12-07', '2017.12.07', ''])('refuses %j', (typed) => {
    expect(() => parseDay(typed, '--from')).toThrow(/^--from ".*" is not a date: /);
  });
});
