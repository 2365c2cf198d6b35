/**
 * How long the thread that serves the window can be kept from answering: the longest block of
 * the browser shell's event loop (perf_hooks.monitorEventLoopDelay), while the search index of
 * a 20,000-article archive is rebuilt on open, and while a burst of saves of long articles
 * arrives at once. It drives the shell as the renderer does, over HTTP, in this process, so
 * the loop measured is the one that would answer the next click. Target: under 50 ms.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { startBrowserShell, TOKEN_HEADER, type BrowserShell } from '../browser-shell/server';
import { Archive } from '../db/archive';
import { bodyFromPlainText } from '../db/editor/headless';
import { buildBenchArchive } from './build-archive';
import { generateArticle } from './generate-articles';

export const EVENT_LOOP_TARGET_MS = 50;
/** How often the bench asks for the index status during the rebuild, as the renderer polls it. */
const POLL_MS = 50;
const IDLE_MS = 2000;

export interface EventLoopFigures {
  articles: number;
  /** The same loop with nothing to do, for the noise a busy machine adds to every figure. */
  idle: { maxBlockMs: number; p99BlockMs: number };
  loadAverage: number;
  rebuild: { seconds: number; maxBlockMs: number; p99BlockMs: number; pollMaxMs: number; pollP95Ms: number };
  saves: { count: number; bodyChars: number; seconds: number; maxBlockMs: number; p99BlockMs: number; saveMaxMs: number; saveP95Ms: number };
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

const ms = (nanoseconds: number) => nanoseconds / 1e6;

/** A histogram of the loop's delays, started now; `stop` returns its longest and its p99 in ms. */
function watchLoop(): { stop(): { max: number; p99: number } } {
  const histogram: IntervalHistogram = monitorEventLoopDelay({ resolution: 1 });
  histogram.enable();
  return {
    stop() {
      histogram.disable();
      return { max: ms(histogram.max), p99: ms(histogram.percentile(99)) };
    },
  };
}

async function call(shell: BrowserShell, method: string, args: unknown): Promise<{ ok: boolean; value?: any; error?: unknown }> {
  const response = await fetch(`http://127.0.0.1:${shell.port}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: shell.token },
    body: JSON.stringify(args),
  });
  return (await response.json()) as { ok: boolean; value?: any };
}

/** An article as long as a long feature (about 11,000 characters), from the generator's text. */
function longBody(index: number): { text: string } {
  const parts: string[] = [];
  for (let part = 0; parts.join('\n').length < 11_000; part += 1) parts.push(generateArticle(index * 31 + part, 7).bodyText);
  return { text: parts.join('\n').slice(0, 11_000) };
}

export async function benchEventLoop(articles: number, seed: number, saves: number, log: (line: string) => void): Promise<EventLoopFigures> {
  const source = buildBenchArchive(articles, seed, log);
  const dir = mkdtempSync(join(tmpdir(), 'dabir-event-loop-'));
  const dbPath = join(dir, 'archive.sqlite');
  copyFileSync(source, dbPath);
  // An index made by an older normaliser: the shell rebuilds it on open, as after an upgrade.
  const stale = Archive.open(dbPath);
  stale.db.prepare("UPDATE search_state SET value = '0' WHERE key = 'normalizer_version'").run();
  stale.close();

  const idleLoop = watchLoop();
  await new Promise((resolve) => setTimeout(resolve, IDLE_MS));
  const idle = idleLoop.stop();

  const shell = await startBrowserShell({ dbPath, rendererDir: join(dir, 'no-renderer'), port: 0 });
  try {
    // The rebuild: the loop, and how long a poll of its progress waits for an answer.
    let loop = watchLoop();
    let started = performance.now();
    const polls: number[] = [];
    let rebuilding = true;
    const indexed = shell.indexReady.then(() => void (rebuilding = false));
    while (rebuilding) {
      const asked = performance.now();
      await call(shell, 'getIndexStatus', {});
      polls.push(performance.now() - asked);
      await Promise.race([indexed, new Promise((resolve) => setTimeout(resolve, POLL_MS))]);
    }
    const rebuildSeconds = (performance.now() - started) / 1000;
    const rebuildLoop = loop.stop();

    // The burst: `saves` saves of long articles sent at once, over as many articles.
    const listed = await call(shell, 'listArticles', { limit: Math.min(500, saves) });
    const ids: string[] = listed.value.items.map((item: { id: string }) => item.id);
    const bodies = ids.map((_, index) => bodyFromPlainText(longBody(index).text));
    loop = watchLoop();
    started = performance.now();
    const latencies = await Promise.all(
      Array.from({ length: saves }, async (_, index) => {
        const asked = performance.now();
        const result = await call(shell, 'saveArticle', { id: ids[index % ids.length], fields: { body: bodies[index % ids.length], headline: `نسخهٔ ${index}` } });
        if (!result.ok) throw new Error(`save ${index} failed: ${JSON.stringify(result.error)}`);
        return performance.now() - asked;
      }),
    );
    const savesSeconds = (performance.now() - started) / 1000;
    const savesLoop = loop.stop();

    return {
      articles,
      idle: { maxBlockMs: idle.max, p99BlockMs: idle.p99 },
      loadAverage: loadavg()[0],
      rebuild: { seconds: rebuildSeconds, maxBlockMs: rebuildLoop.max, p99BlockMs: rebuildLoop.p99, pollMaxMs: Math.max(...polls), pollP95Ms: percentile(polls, 95) },
      saves: {
        count: saves,
        bodyChars: 11_000,
        seconds: savesSeconds,
        maxBlockMs: savesLoop.max,
        p99BlockMs: savesLoop.p99,
        saveMaxMs: Math.max(...latencies),
        saveP95Ms: percentile(latencies, 95),
      },
    };
  } finally {
    await shell.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function describeEventLoop(figures: EventLoopFigures): string[] {
  const verdict = (value: number) => (value < EVENT_LOOP_TARGET_MS ? 'within' : 'OVER');
  const { rebuild, saves } = figures;
  return [
    `Serving thread's event loop, longest block (target under ${EVENT_LOOP_TARGET_MS} ms; load average ${figures.loadAverage.toFixed(1)} on ${cpus().length} cores):`,
    `  idle, for the machine's noise: max ${figures.idle.maxBlockMs.toFixed(1)} ms, p99 ${figures.idle.p99BlockMs.toFixed(1)} ms`,
    `  index rebuild of ${figures.articles.toLocaleString('en')} articles: max ${rebuild.maxBlockMs.toFixed(1)} ms, p99 ${rebuild.p99BlockMs.toFixed(1)} ms (${verdict(rebuild.maxBlockMs)}); rebuild took ${rebuild.seconds.toFixed(1)} s; a progress poll waited p95 ${rebuild.pollP95Ms.toFixed(1)} ms, max ${rebuild.pollMaxMs.toFixed(1)} ms`,
    `  burst of ${saves.count} saves of ${saves.bodyChars.toLocaleString('en')}-character articles: max ${saves.maxBlockMs.toFixed(1)} ms, p99 ${saves.p99BlockMs.toFixed(1)} ms (${verdict(saves.maxBlockMs)}); all saved in ${saves.seconds.toFixed(1)} s; a save waited p95 ${saves.saveP95Ms.toFixed(0)} ms, max ${saves.saveMaxMs.toFixed(0)} ms`,
  ];
}
