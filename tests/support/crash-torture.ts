/**
 * Crash torture: a real browser shell in a child process (the archive in its worker thread, as
 * in the app) takes saves over its HTTP API from several writers at once, and is killed with
 * SIGKILL at a random moment. After each kill the archive file is checked (quick_check, foreign_key_check, the search index's integrity-check,
 * and that the history holds every acknowledged revision), the shell is started again, and
 * every article is read back through the API: it must hold, byte for byte, the last save that
 * was acknowledged, or the one save that was in flight when the kill came (committed, but
 * killed before it could answer). Anything else is a lost save.
 *
 * Used by `npm test` (tests/safekeeping/crash-torture.test.ts, 20 kills) and by
 * `npm run torture -- --kills 1000` (scripts/torture.ts), which prints the figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { setTimeout as sleep } from 'node:timers/promises';
import { API_CALL_HEADER, API_CALL_HEADER_VALUE } from '../../common/browser-shell-api';
import type { Article, ArticleFields } from '../../common/contract';
import { Archive } from '../../db/archive';
import { bodyFromPlainText } from '../../db/editor/headless';
import { connectDatabase } from '../../db/open';
import { checkArchive } from '../../db/safekeeping/check-archive';
import { openLaunchUrl } from './shell-session';
import { seededRandom } from './seeded-random';

export interface TortureOptions {
  kills: number;
  /** An empty folder for the archive. */
  dir: string;
  seed?: number;
  articles?: number;
  /** How many saves are in flight at once (each to its own article). */
  writers?: number;
  /**
   * A kill comes at a random moment within this long after the first save of a round is
   * answered (the first save of a fresh process takes longest, and on a busy machine far
   * longer, so the window starts from how long that usually takes, measured as the run goes).
   */
  maxKillDelayMs?: number;
  log?: (line: string) => void;
}

export interface TortureReport {
  kills: number;
  seed: number;
  savesSent: number;
  savesAcknowledged: number;
  /** Acknowledged saves missing or different after a restart: must be 0. */
  savesLost: number;
  /** Saves killed before they were answered that had committed anyway (allowed either way). */
  unacknowledgedCommitted: number;
  unacknowledgedNotCommitted: number;
  /** Answers other than success to a save (a conflict would mean a save was half-applied). */
  unexpectedAnswers: string[];
  integrityFailures: string[];
  lost: string[];
  restartMs: { median: number; max: number };
  durationMs: number;
}

type SavedFields = Pick<ArticleFields, 'headline' | 'lead'> & { body: string };

interface Tracked {
  id: string;
  acked: { revision: number; fields: SavedFields };
  /** Every revision the archive acknowledged for this article. */
  ackedRevisions: number[];
  inflight: { baseRevision: number; fields: SavedFields } | null;
}

const REPOSITORY = join(__dirname, '..', '..');
const MIGRATIONS_DIR = join(REPOSITORY, 'db', 'migrations');

/**
 * The shell as one CommonJS file in out/ (inside the repository, so it finds better-sqlite3 in
 * node_modules), with the archive worker beside it where the host looks for it, as in the
 * built app: loading them takes a tenth of the time tsx needs to load the TypeScript.
 */
function bundleShell(): string {
  // A folder of this run's own: a torture in another process may be running from its own bundle.
  const folder = join(REPOSITORY, 'out', 'torture', String(process.pid));
  const bundle = (entry: string, outfile: string) =>
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', external: ['better-sqlite3'], outfile, logLevel: 'error' });
  bundle(join(REPOSITORY, 'host', 'archive-worker.ts'), join(folder, 'archive-worker.js'));
  const shell = join(folder, 'torture-shell.cjs');
  bundle(join(__dirname, 'torture-shell.ts'), shell);
  return shell;
}

const PHRASES = [
  'وزیر امور خارجه در نشست خبری گفت',
  'مذاکرات هسته‌ای در وین ادامه دارد',
  'آژانس بین‌المللی انرژی اتمی گزارش تازه‌ای منتشر کرد',
  'سخنگوی دولت از سفر هیئت اقتصادی خبر داد',
  'شورای امنیت سازمان ملل امروز تشکیل جلسه می‌دهد',
  'رئیس‌جمهور با همتای ترکیه‌ای خود دیدار کرد',
  'گفت‌وگوهای دوجانبه دربارهٔ تحریم‌ها بی‌نتیجه ماند',
  'The talks resumed in Geneva on Monday',
  'نمایندگان مجلس طرح تازه‌ای را بررسی کردند',
  'بیانیهٔ پایانی اجلاس سران منتشر شد',
];


function randomFields(random: () => number, serial: number): SavedFields {
  const pick = () => PHRASES[Math.floor(random() * PHRASES.length)];
  const paragraphs = Array.from({ length: 1 + Math.floor(random() * 40) }, () =>
    Array.from({ length: 1 + Math.floor(random() * 12) }, pick).join('، '),
  );
  return {
    headline: `${pick()} (${serial})`,
    lead: `${pick()}؛ ${pick()}.`,
    body: JSON.stringify(bodyFromPlainText(paragraphs.join('\n'))),
  };
}

const stored = (article: Pick<Article, 'headline' | 'lead' | 'body'>): SavedFields => ({
  headline: article.headline,
  lead: article.lead,
  body: JSON.stringify(article.body),
});

const same = (a: SavedFields, b: SavedFields) => a.headline === b.headline && a.lead === b.lead && a.body === b.body;

interface RunningShell {
  child: ChildProcess;
  call: (method: string, args: unknown) => Promise<{ ok: boolean; value?: any; error?: { code: string; message: string } }>;
}

async function startShell(shellFile: string, dbPath: string): Promise<RunningShell> {
  const child = spawn(process.execPath, [shellFile, dbPath, MIGRATIONS_DIR], { stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr!.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`the shell exited (${code}) before it was ready: ${errors}`)));
  });
  const [, port, launchUrl] = (await ready).split(' ');
  // The session a page gets by opening the launch URL, as the app's own page does.
  const { cookie } = await openLaunchUrl(launchUrl);
  if (!cookie) throw new Error('the shell set no session cookie');
  return {
    child,
    call: async (method, args) => {
      const response = await fetch(`http://127.0.0.1:${port}/api/${method}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', cookie, [API_CALL_HEADER]: API_CALL_HEADER_VALUE },
        body: JSON.stringify(args),
      });
      return response.json();
    },
  };
}

/** The archive as a crash left it: whole, and holding every acknowledged revision. */
async function checkFile(dbPath: string, tracked: Tracked[]): Promise<string[]> {
  const db = connectDatabase(dbPath);
  try {
    const result = await checkArchive(db, 'quick');
    const problems = result.checks.filter((check) => check.ok === false).map((check) => `${check.name}: ${check.problems.join('; ')}`);
    const revisions = db.prepare('SELECT revision FROM revisions WHERE article_id = ?').pluck();
    for (const article of tracked) {
      const present = new Set(revisions.all(article.id) as number[]);
      const missing = article.ackedRevisions.filter((revision) => !present.has(revision));
      if (missing.length > 0) problems.push(`history of ${article.id} lacks acknowledged revisions ${missing.join(', ')}`);
    }
    return problems;
  } finally {
    db.close();
  }
}

export async function runCrashTorture(options: TortureOptions): Promise<TortureReport> {
  const seed = options.seed ?? Date.now() % 1_000_000;
  const random = seededRandom(seed);
  const writers = options.writers ?? 3;
  const maxKillDelayMs = options.maxKillDelayMs ?? 600;
  const dbPath = join(options.dir, 'archive.sqlite');
  const started = performance.now();
  const shellFile = bundleShell();
  let serial = 0;

  const setup = Archive.open(dbPath);
  const tracked: Tracked[] = Array.from({ length: options.articles ?? 6 }, () => {
    const fields = randomFields(random, ++serial);
    const article = setup.articles.create({ headline: fields.headline, lead: fields.lead, body: JSON.parse(fields.body) });
    return { id: article.id, acked: { revision: article.revision, fields }, ackedRevisions: [article.revision], inflight: null };
  });
  setup.close();

  const report: TortureReport = {
    kills: 0,
    seed,
    savesSent: 0,
    savesAcknowledged: 0,
    savesLost: 0,
    unacknowledgedCommitted: 0,
    unacknowledgedNotCommitted: 0,
    unexpectedAnswers: [],
    integrityFailures: [],
    lost: [],
    restartMs: { median: 0, max: 0 },
    durationMs: 0,
  };
  const restarts: number[] = [];
  /** How long the first save of a round took to be answered, in each round that had one. */
  const firstAnswers: number[] = [];
  const typicalFirstAnswer = () => (firstAnswers.length === 0 ? 500 : [...firstAnswers].sort((a, b) => a - b)[Math.floor(firstAnswers.length / 2)]);

  /** Reads every article back through a freshly started shell and settles what was in flight. */
  const verify = async (shell: RunningShell) => {
    for (const article of tracked) {
      const answer = await shell.call('getArticle', { id: article.id });
      if (!answer.ok) {
        report.savesLost += 1;
        report.lost.push(`${article.id}: cannot be read (${answer.error?.code}: ${answer.error?.message})`);
        continue;
      }
      const found = stored(answer.value);
      const { revision } = answer.value as Article;
      const inflight = article.inflight;
      article.inflight = null;
      if (revision === article.acked.revision && same(found, article.acked.fields)) {
        if (inflight) report.unacknowledgedNotCommitted += 1;
      } else if (inflight && revision === inflight.baseRevision + 1 && same(found, inflight.fields)) {
        report.unacknowledgedCommitted += 1;
        article.acked = { revision, fields: inflight.fields };
      } else {
        report.savesLost += 1;
        report.lost.push(`${article.id}: revision ${revision} found, acknowledged revision ${article.acked.revision} expected`);
        article.acked = { revision, fields: found };
      }
    }
  };

  const write = async (shell: RunningShell, killed: () => boolean, answered: () => void) => {
    while (!killed()) {
      const free = tracked.filter((article) => article.inflight === null);
      if (free.length === 0) return;
      const article = free[Math.floor(random() * free.length)];
      const fields = randomFields(random, ++serial);
      article.inflight = { baseRevision: article.acked.revision, fields };
      report.savesSent += 1;
      let answer;
      try {
        answer = await shell.call('saveArticle', {
          id: article.id,
          fields: { headline: fields.headline, lead: fields.lead, body: JSON.parse(fields.body) },
          baseRevision: article.acked.revision,
        });
      } catch {
        return; // Killed with this save in flight: verify() settles whether it committed.
      }
      article.inflight = null;
      if (answer.ok) {
        answered();
        report.savesAcknowledged += 1;
        article.acked = { revision: answer.value.revision, fields };
        article.ackedRevisions.push(answer.value.revision);
      } else {
        report.unexpectedAnswers.push(`${answer.error?.code}: ${answer.error?.message}`);
      }
    }
  };

  for (let round = 0; round <= options.kills; round += 1) {
    const restartStarted = performance.now();
    const shell = await startShell(shellFile, dbPath);
    restarts.push(performance.now() - restartStarted);
    await verify(shell);
    if (round === options.kills) {
      shell.child.kill('SIGTERM');
      await once(shell.child, 'exit');
      break;
    }
    let killed = false;
    const loadStarted = performance.now();
    let firstAnswer: number | undefined;
    const answered = () => (firstAnswer ??= performance.now() - loadStarted);
    const load = Array.from({ length: writers }, () => write(shell, () => killed, answered));
    await sleep(Math.floor(random() * (typicalFirstAnswer() + maxKillDelayMs)));
    killed = true;
    // A round killed before its first answer says only that the answer takes longer than that.
    firstAnswers.push(firstAnswer ?? 2 * (performance.now() - loadStarted));
    shell.child.kill('SIGKILL');
    await once(shell.child, 'exit');
    await Promise.allSettled(load);
    report.kills += 1;
    const problems = await checkFile(dbPath, tracked);
    report.integrityFailures.push(...problems.map((problem) => `after kill ${report.kills}: ${problem}`));
    if ((round + 1) % 50 === 0) {
      options.log?.(`${round + 1} kills: ${report.savesAcknowledged} saves acknowledged, ${report.savesLost} lost`);
    }
  }

  const sorted = [...restarts].sort((a, b) => a - b);
  report.restartMs = { median: Math.round(sorted[Math.floor(sorted.length / 2)]), max: Math.round(sorted[sorted.length - 1]) };
  report.durationMs = Math.round(performance.now() - started);
  rmSync(dirname(shellFile), { recursive: true, force: true });
  return report;
}
