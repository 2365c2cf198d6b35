/**
 * Typing in a long article, measured from outside in Chromium: a 20,000-word Persian article
 * open in the real app (browser shell, every editor plugin on), and the same text in a plain
 * `contenteditable` in the same run, the floor. Keys are typed one at a time, in bursts with
 * pauses long enough for autosave to fire, so later bursts land while a save is in flight.
 *
 * From a Chromium trace of the renderer's main thread, per keystroke:
 * - work: the main thread's CPU time from the task that dispatched the keydown to the end of
 *   the task that painted the next frame (input handling, the editor's update, style, layout,
 *   paint). CPU time, not wall time: on a machine shared with other work, a task's wall time
 *   also counts the time the thread waited for a core. Work between frames (autosave, the
 *   spelling pass) is not a keystroke's, but a task of it over 50 ms is counted below;
 * - key-to-paint: from the keydown's dispatch to the end of the next Paint;
 * and the number of main-thread tasks over 50 ms (of CPU) while typing.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startBrowserShell } from '../browser-shell/server';
import type { SerializedBody } from '../common/contract';
import { Archive } from '../db/archive';
import { createArticleEditor } from '../db/editor/headless';
import { generateArticle } from './generate-articles';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TYPED = 'وزیر امور خارجه گفت مذاکرات ادامه دارد و نتیجه روشن است ';

export interface TypingFigures {
  workP50: number;
  workP95: number;
  paintP50: number;
  paintP95: number;
  longTasks: number;
  keystrokes: number;
}

export interface TypingBenchOptions {
  words: number;
  keystrokes: number;
  /** Keys per burst; a pause after each lets autosave (1 s after the last change) fire. */
  burst: number;
  rendererDir: string;
  /** Where to write a V8 CPU profile of Dabir's keystrokes (`.cpuprofile`, for DevTools), if anywhere. */
  profile?: string;
  log: (line: string) => void;
}

/** Paragraphs of generated Persian news copy adding up to `words` words. */
export function longArticleParagraphs(words: number): string[] {
  const paragraphs: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index += 1) {
    for (const paragraph of generateArticle(index).bodyText.split('\n')) {
      if (!paragraph.trim() || count >= words) continue;
      paragraphs.push(paragraph.trim());
      count += paragraph.trim().split(/\s+/).length;
    }
  }
  return paragraphs;
}

function bodyOf(paragraphs: string[]): SerializedBody {
  const editor = createArticleEditor();
  editor.update(() => $getRoot().append(...paragraphs.map((text) => $createParagraphNode().append($createTextNode(text)))), { discrete: true });
  return editor.getEditorState().toJSON() as unknown as SerializedBody;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  /** Thread (CPU) time of a complete event, in µs. */
  tdur?: number;
  args?: { name?: string; data?: { type?: string } };
}

/** Per-keystroke work and key-to-paint from a trace of the typing. */
export function analyseTrace(trace: TraceEvent[], keystrokes: number): TypingFigures {
  const mainThreads = trace.filter((event) => event.ph === 'M' && event.name === 'thread_name' && event.args?.name === 'CrRendererMain');
  const keydowns = trace.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown');
  // The renderer that received the keys is the page's.
  const main = mainThreads.find((thread) => keydowns.some((event) => event.pid === thread.pid && event.tid === thread.tid));
  if (!main) throw new Error('The trace has no renderer main thread that received keys');
  const onMain = (event: TraceEvent) => event.pid === main.pid && event.tid === main.tid;
  const keys = keydowns.filter(onMain).sort((a, b) => a.ts - b.ts);
  // Chromium names its top-level task one of two ways depending on the version; one, not both.
  const taskName = trace.some((event) => onMain(event) && event.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = trace.filter((event) => onMain(event) && event.ph === 'X' && event.name === taskName).sort((a, b) => a.ts - b.ts);
  const endOf = (event: TraceEvent) => event.ts + (event.dur ?? 0);
  /** The CPU part of the piece of a task that falls in `[from, to)` (its CPU time, pro rata). */
  const cpuWithin = (task: TraceEvent, from: number, to: number) => {
    const wall = task.dur ?? 0;
    const overlap = Math.max(0, Math.min(endOf(task), to) - Math.max(task.ts, from));
    return wall === 0 ? 0 : overlap * ((task.tdur ?? wall) / wall);
  };
  const paints = trace.filter((event) => onMain(event) && event.ph === 'X' && event.name === 'Paint').sort((a, b) => a.ts - b.ts);

  const work: number[] = [];
  const toPaint: number[] = [];
  keys.forEach((key, index) => {
    const nextKey = index + 1 < keys.length ? keys[index + 1].ts : key.ts + 1_000_000;
    const framePaint = paints.find((event) => event.ts >= key.ts);
    const paintTask = framePaint ? tasks.find((task) => task.ts <= framePaint.ts && endOf(task) >= framePaint.ts) : undefined;
    const end = Math.min(nextKey, paintTask ? endOf(paintTask) : nextKey);
    // The task that dispatched the key started a little before it: it counts whole.
    const start = tasks.find((task) => task.ts <= key.ts && endOf(task) >= key.ts)?.ts ?? key.ts;
    const busy = tasks.reduce((sum, task) => sum + cpuWithin(task, start, end), 0);
    work.push(busy / 1000);
    const paint = paints.find((event) => event.ts >= key.ts);
    if (paint) toPaint.push((endOf(paint) - key.ts) / 1000);
  });
  const first = keys[0]?.ts ?? 0;
  const last = (keys[keys.length - 1]?.ts ?? 0) + 1_000_000;
  const longTasks = tasks.filter((task) => task.ts >= first && task.ts <= last && (task.tdur ?? task.dur ?? 0) > 50_000).length;
  return {
    workP50: percentile(work, 50),
    workP95: percentile(work, 95),
    paintP50: percentile(toPaint, 50),
    paintP95: percentile(toPaint, 95),
    longTasks,
    keystrokes: Math.min(keys.length, keystrokes),
  };
}

async function typeAndTrace(browser: Browser, page: Page, options: TypingBenchOptions, profile?: string): Promise<TypingFigures> {
  // Keys go in through the DevTools protocol as a keyboard sends them (keydown with its text,
  // keyup): Playwright types a character missing from the US layout as inserted text, with no
  // key events at all, which is not how a Persian keyboard types.
  const cdp = await page.context().newCDPSession(page);
  if (profile) {
    // Sampling costs a little on every keystroke, so the figures of a profiled run read high;
    // the profile is for finding where the time goes, not for the table.
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  for (let typed = 0; typed < options.keystrokes; typed += 1) {
    const key = TYPED[typed % TYPED.length];
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key, text: key, unmodifiedText: key, code: key === ' ' ? 'Space' : '' });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key, code: key === ' ' ? 'Space' : '' });
    // A steady typist, about 8 keys a second; a pause after each burst lets autosave fire.
    await page.waitForTimeout((typed + 1) % options.burst === 0 ? 1200 : 120);
  }
  await page.waitForTimeout(500);
  const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
  if (profile) {
    const { profile: cpuProfile } = await cdp.send('Profiler.stop');
    writeFileSync(profile, JSON.stringify(cpuProfile));
    options.log(`CPU profile of Dabir's keystrokes written to ${profile}`);
  }
  if (process.env.DABIR_TRACE_OUT) writeFileSync(`${process.env.DABIR_TRACE_OUT}-${Date.now()}.json`, JSON.stringify(trace));
  return analyseTrace(trace.traceEvents, options.keystrokes);
}

/** Puts the caret at the end of the paragraph in the middle of the body. */
async function caretInTheMiddle(page: Page, selector: string): Promise<void> {
  await page.evaluate((paragraphs) => {
    const list = document.querySelectorAll(paragraphs);
    const middle = list[Math.floor(list.length / 2)] as HTMLElement;
    middle.scrollIntoView({ block: 'center' });
  }, selector);
  const middle = page.locator(selector).nth(await page.locator(selector).count().then((n) => Math.floor(n / 2)));
  await middle.click();
  await page.keyboard.press('End');
  await page.waitForTimeout(300);
}

async function floorFigures(browser: Browser, paragraphs: string[], options: TypingBenchOptions): Promise<TypingFigures> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.setContent('<!doctype html><html lang="fa" dir="rtl"><body><div id="floor" contenteditable="true" style="max-width:44rem;margin:auto;font-size:17px;line-height:1.9"></div></body></html>');
  await page.evaluate((texts) => {
    const root = document.getElementById('floor')!;
    for (const text of texts) root.append(Object.assign(document.createElement('p'), { textContent: text, dir: 'rtl' }));
  }, paragraphs);
  await caretInTheMiddle(page, '#floor p');
  const figures = await typeAndTrace(browser, page, options);
  await page.close();
  return figures;
}

async function dabirFigures(browser: Browser, paragraphs: string[], options: TypingBenchOptions): Promise<TypingFigures> {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-typing-'));
  const dbPath = join(dir, 'archive.sqlite');
  const archive = Archive.open(dbPath);
  const article = archive.articles.create({ headline: 'گزارش بلند نشست وین', body: bodyOf(paragraphs) });
  archive.close();
  const shell = await startBrowserShell({ dbPath, rendererDir: options.rendererDir, port: 0 });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${shell.url}#article=${article.id}`);
    await page.getByTestId('editor').locator('p').nth(paragraphs.length - 1).waitFor({ state: 'attached', timeout: 60_000 });
    // Let the first spelling pass and the counts settle, as they would before a writer starts.
    await page.waitForTimeout(3000);
    await caretInTheMiddle(page, '[data-testid="editor"] p');
    const figures = await typeAndTrace(browser, page, options, options.profile);
    await page.close();
    return figures;
  } finally {
    await shell.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchTyping(options: TypingBenchOptions): Promise<{ dabir: TypingFigures; floor: TypingFigures; words: number }> {
  const paragraphs = longArticleParagraphs(options.words);
  const words = paragraphs.reduce((sum, paragraph) => sum + paragraph.split(/\s+/).length, 0);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-timer-throttling'] });
  try {
    const floor = await floorFigures(browser, paragraphs, options);
    const dabir = await dabirFigures(browser, paragraphs, options);
    return { dabir, floor, words };
  } finally {
    await browser.close();
  }
}

export function formatTypingFigures(label: string, figures: TypingFigures): string {
  return `${label.padEnd(26)} work p50 ${figures.workP50.toFixed(1)} ms, p95 ${figures.workP95.toFixed(1)} ms; key-to-paint p50 ${figures.paintP50.toFixed(1)} ms, p95 ${figures.paintP95.toFixed(1)} ms; tasks over 50 ms: ${figures.longTasks} in ${figures.keystrokes} keystrokes`;
}
