/**
 * `npm run bench -- --only typing [--words N] [--keystrokes K] [--profile FILE]`: typing in a
 * long article in Chromium, Dabir beside a plain contenteditable (see typing-bench.ts). Builds
 * the renderer first unless `--no-build` is given. `--profile FILE` writes a V8 CPU profile of
 * Dabir's keystrokes (open it in DevTools' Performance panel; a profiled run's figures read
 * high). `DABIR_TRACE_OUT=PREFIX` keeps the Chromium traces the figures are taken from.
 */
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { benchTyping, formatTypingFigures } from './typing-bench';

export const TYPING_TARGET_WORK_P95_MS = 12;

export async function runTypingBench(values: { words: string; keystrokes: string; build: boolean; profile?: string }, log: (line: string) => void): Promise<void> {
  const root = join(__dirname, '..');
  if (values.build) {
    log('Building the renderer…');
    // The package exports only its entry and package.json, so its command is found beside the latter.
    const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
    const env = values.profile === undefined ? process.env : { ...process.env, DABIR_RENDERER_MINIFY: '0' };
    execFileSync(process.execPath, [electronVite, 'build'], { cwd: root, stdio: 'ignore', env });
  }
  const words = Number(values.words);
  const keystrokes = Number(values.keystrokes);
  log(`Dabir typing benchmark: ${words.toLocaleString('en')}-word article, ${keystrokes} keystrokes in bursts of 15 with pauses for autosave`);
  const result = await benchTyping({ words, keystrokes, burst: 15, rendererDir: join(root, 'out', 'renderer'), profile: values.profile === undefined ? undefined : resolve(values.profile), log });
  log(formatTypingFigures(`Plain contenteditable`, result.floor));
  log(formatTypingFigures(`Dabir (${result.words.toLocaleString('en')} words)`, result.dabir));
  const verdict = result.dabir.workP95 < TYPING_TARGET_WORK_P95_MS ? 'within' : 'OVER';
  log(`Work p95 ${result.dabir.workP95.toFixed(1)} ms is ${verdict} the ${TYPING_TARGET_WORK_P95_MS} ms target; key-to-paint p95 ${result.dabir.paintP95.toFixed(1)} ms vs the floor's ${result.floor.paintP95.toFixed(1)} ms`);
}
