/**
 * What an import costs in memory, for the largest files Dabir accepts: a .txt of one 8 MiB
 * line (the shape that once took 3.5 GB) and a .jsonl of 64 MiB (about 3,000 long articles).
 * Each import runs in a process of its own (tests/support/import-memory.ts), whose peak
 * resident memory (VmHWM) is its own and nothing else's.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIMITS } from '../common/constants';
import { longArticleParagraphs } from './autosave-workload';
import { generateArticle } from './generate-articles';

export const IMPORT_MEMORY_TARGET_MB = 500;

export interface ImportMemoryResult {
  file: string;
  bytes: number;
  imported: number;
  peakMb: number;
  seconds: number;
}

function oneLineText(path: string): void {
  const sentence = `${longArticleParagraphs(2_000).join(' ')} `;
  const copies = Math.floor((LIMITS.bodyJsonBytes - 1_000) / Buffer.byteLength(sentence));
  writeFileSync(path, `نشست جاکارتا\n${sentence.repeat(copies)}`);
}

function longJsonl(path: string): void {
  const lines: string[] = [];
  let bytes = 0;
  for (let index = 0; ; index += 1) {
    const article = generateArticle(index);
    const body = longArticleParagraphs(11_000, index).join('\n');
    const line = `${JSON.stringify({ headline: article.headline, lead: article.lead, body, tags: article.tags, date: article.datelineDate })}\n`;
    if (bytes + Buffer.byteLength(line) > LIMITS.importJsonlFileBytes) break;
    bytes += Buffer.byteLength(line);
    lines.push(line);
  }
  writeFileSync(path, lines.join(''));
}

export function benchImportMemory(): ImportMemoryResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-import-bench-'));
  try {
    const files = [
      { name: 'one-line.txt', make: oneLineText },
      { name: 'many.jsonl', make: longJsonl },
    ];
    return files.map(({ name, make }) => {
      const path = join(dir, name);
      make(path);
      const started = Date.now();
      const script = join(__dirname, '..', 'tests', 'support', 'import-memory.ts');
      const output = execFileSync(process.execPath, [require.resolve('tsx/cli'), script, join(dir, `${name}.sqlite`), path], { encoding: 'utf8' });
      const result = JSON.parse(output) as { imported: number; peakMb: number };
      return { file: name, bytes: statSync(path).size, imported: result.imported, peakMb: result.peakMb, seconds: (Date.now() - started) / 1000 };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function reportImportMemory(results: readonly ImportMemoryResult[], log: (line: string) => void): void {
  log(`Import memory, each file in a process of its own (target: under ${IMPORT_MEMORY_TARGET_MB} MB peak):`);
  for (const result of results) {
    const verdict = result.peakMb < IMPORT_MEMORY_TARGET_MB ? 'within' : 'OVER';
    log(`  ${result.file}: ${(result.bytes / 1024 / 1024).toFixed(1)} MiB, ${result.imported} articles, peak ${result.peakMb.toFixed(0)} MB (${verdict}), ${result.seconds.toFixed(0)} s`);
  }
}
