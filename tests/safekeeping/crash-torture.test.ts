import { describe, expect, it } from 'vitest';
import { runCrashTorture } from '../support/crash-torture';
import { makeTempDir } from '../support/temp-archive';

describe('saves survive crashes', () => {
  it('keeps every acknowledged save, byte for byte, through 20 SIGKILLs of a shell taking saves, and the archive stays whole', async () => {
    const report = await runCrashTorture({ kills: 20, dir: makeTempDir('dabir-torture-') });
    const context = `seed ${report.seed}: ${[...report.lost, ...report.integrityFailures, ...report.unexpectedAnswers].join('\n')}`;
    expect(report.kills, context).toBe(20);
    expect(report.savesAcknowledged, context).toBeGreaterThan(20);
    expect(report.savesLost, context).toBe(0);
    expect(report.integrityFailures, context).toEqual([]);
    expect(report.unexpectedAnswers, context).toEqual([]);
  }, 300_000);
});
