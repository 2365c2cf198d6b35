/**
 * `npm run torture -- [--kills N] [--seed S] [--writers W]`: the crash torture of
 * tests/support/crash-torture.ts at length (1000 kills for the figure in README), printing
 * kills, saves acknowledged and saves lost (the target is 0). Exits 1 on any loss or damage.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runCrashTorture } from '../tests/support/crash-torture';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '1000' },
      seed: { type: 'string' },
      writers: { type: 'string', default: '3' },
    },
  });
  const kills = Number(values.kills);
  const dir = mkdtempSync(join(tmpdir(), 'dabir-torture-'));
  const log = (line: string) => process.stdout.write(`${line}\n`);
  log(`Crash torture: ${kills} SIGKILLs of a browser shell taking saves from ${values.writers} writers`);
  try {
    const report = await runCrashTorture({
      kills,
      dir,
      seed: values.seed === undefined ? undefined : Number(values.seed),
      writers: Number(values.writers),
      log,
    });
    log(`seed ${report.seed}; ${(report.durationMs / 60_000).toFixed(1)} min; restart median ${report.restartMs.median} ms, max ${report.restartMs.max} ms`);
    log(`kills: ${report.kills}`);
    log(`saves sent: ${report.savesSent}`);
    log(`saves acknowledged: ${report.savesAcknowledged}`);
    log(`saves lost: ${report.savesLost}`);
    log(`unacknowledged saves (in flight at a kill): ${report.unacknowledgedCommitted} had committed, ${report.unacknowledgedNotCommitted} had not`);
    log(`archive checks after each kill: ${report.kills - new Set(report.integrityFailures.map((line) => line.split(':')[0])).size} passed`);
    for (const line of [...report.lost, ...report.integrityFailures, ...report.unexpectedAnswers]) log(`  ${line}`);
    return report.savesLost === 0 && report.integrityFailures.length === 0 && report.unexpectedAnswers.length === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().then((status) => {
  process.exitCode = status;
});
