/**
 * `dabir check [--full]`: is the archive whole? SQLite's quick_check (integrity_check with
 * --full), its foreign_key_check, and the search index's own integrity-check. One line says
 * the verdict; the exit status is 1 when the archive is unhealthy.
 */
import { NotAnArchiveError, type ArchiveDatabase } from '../../db/open';
import { checkArchive, type ArchiveCheck, type CheckName } from '../../db/safekeeping/check-archive';
import { newestVerifiedBackup } from '../../db/safekeeping/backups-folder';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { formatLocalTime, plural, printJson } from '../format';
import { CliError, EXIT_FAILED, EXIT_OK, UsageError } from '../io';
import { openArchiveAsIs, type ArchiveLocation } from '../open-archive';

const CHECK_LABELS: Record<CheckName, string> = {
  quick_check: 'quick_check',
  integrity_check: 'integrity_check',
  foreign_key_check: 'foreign_key_check',
  search_index: "the search index's integrity-check",
};

export async function checkCommand({ args, io, location }: CommandContext): Promise<number> {
  acceptOnlyOptions(args, 'check', ['json', 'full']);
  if (args.operands.length > 0) throw new UsageError(`check takes no operands (got "${args.operands[0]}")`);
  const mode = args.full ? 'full' : 'quick';

  let result: ArchiveCheck;
  const db = openForCheck(location);
  if (db === undefined) {
    result = { healthy: false, mode, checks: [{ name: mode === 'full' ? 'integrity_check' : 'quick_check', ok: false, problems: ['the file is not an SQLite database any more (its header is unreadable)'] }] };
  } else {
    try {
      result = await checkArchive(db, mode);
    } finally {
      db.close();
    }
  }

  if (args.json) {
    printJson(io.stdout, { archive: location.path, ...result });
  } else {
    io.stdout(`${verdict(result, location)}\n`);
    for (const check of result.checks) for (const problem of check.problems) io.stderr(`  ${CHECK_LABELS[check.name]}: ${problem}\n`);
  }
  return result.healthy ? EXIT_OK : EXIT_FAILED;
}

/**
 * Writable if it may be (the search index's check is an INSERT), else read-only; undefined
 * for a file SQLite no longer recognises, which is a finding, not an error.
 */
function openForCheck(location: ArchiveLocation): ArchiveDatabase | undefined {
  for (const readonly of [false, true]) {
    try {
      return openArchiveAsIs(location, { readonly });
    } catch (error) {
      if (error instanceof NotAnArchiveError) {
        if (/not an SQLite database/.test(error.message)) return undefined;
        throw new CliError(error.message);
      }
      const code = (error as { code?: unknown }).code;
      if (readonly || typeof code !== 'string' || !/^SQLITE_(READONLY|CANTOPEN)/.test(code)) throw error;
    }
  }
  return undefined;
}

function verdict(result: ArchiveCheck, location: ArchiveLocation): string {
  const names = result.checks.map((check) => CHECK_LABELS[check.name]);
  if (result.healthy) {
    const skipped = result.checks.filter((check) => check.ok === null).map((check) => CHECK_LABELS[check.name]);
    const ran = names.filter((name) => !skipped.includes(name));
    return `Healthy: ${ran.join(', ')} found no problems in ${location.path}${skipped.length ? ` (${skipped.join(', ')} not run: read-only)` : ''}.`;
  }
  const failed = result.checks.filter((check) => check.ok === false);
  const found = failed.map((check) => `${CHECK_LABELS[check.name]} found ${plural(check.problems.length, 'problem')}`).join(', ');
  const backup = newestVerifiedBackup(location.path);
  const remedy = backup
    ? `the newest verified backup is from ${formatLocalTime(backup.createdAt)} (${plural(backup.articles ?? 0, 'article')}): dabir restore "${backup.name}"`
    : 'Dabir has no backup of it; "dabir backups" lists any there are';
  return `Unhealthy: ${found} in ${location.path}; ${remedy}.`;
}
