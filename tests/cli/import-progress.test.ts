/**
 * `dabir import` on a terminal shows one progress line on stderr, rewritten in place with the
 * file in hand and cleared before the summary; with --json, or when stderr is not a terminal,
 * nothing extra is written.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../cli/run';
import { makeTempDir } from '../support/temp-archive';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function importOnTerminal(extra: string[], stderrIsTTY: boolean) {
  let stdout = '';
  let stderr = '';
  const file = join(dir, 'خبرها.jsonl');
  writeFileSync(file, Array.from({ length: 300 }, (_, i) => JSON.stringify({ headline: `نشست شمارهٔ ${i} در تهران`, body: `متن خبر ${i}.` })).join('\n'));
  const status = await runCli(['import', file, '--db', join(dir, 'archive.sqlite'), ...extra], {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    env: { XDG_CONFIG_HOME: dir, APPDATA: dir },
    stdoutIsTTY: stderrIsTTY,
    stderrIsTTY,
  });
  return { status, stdout, stderr, file };
}

describe('the import progress line', () => {
  it('rewrites one line on a terminal, naming the file, and clears it before the summary', async () => {
    dir = makeTempDir('dabir-cli-progress-');
    const run = await importOnTerminal([], true);
    expect(run.status).toBe(0);
    const frames = run.stderr.split('\r\u001b[2K').filter((frame) => frame !== '');
    expect(frames[0]).toMatch(/^Importing +0% {2}.*خبرها\.jsonl$/);
    expect(frames.at(-1)).toMatch(/^Importing 100%/);
    // Cleared last: the summary on stdout starts on a clean line.
    expect(run.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(run.stdout).toContain('Imported 300 articles from');
  });

  it('writes nothing extra with --json, nor when stderr is not a terminal', async () => {
    dir = makeTempDir('dabir-cli-progress-');
    const json = await importOnTerminal(['--json'], true);
    expect(json.stderr).toBe('');
    expect(JSON.parse(json.stdout).imported).toHaveLength(300);
    const piped = await importOnTerminal([], false);
    expect(piped.stderr).toBe('');
  });
});
