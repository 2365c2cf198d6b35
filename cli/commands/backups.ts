/** `dabir backups`: the archive's backups, newest first, with their time, size, articles and whether they were verified. */
import type { BackupInfo } from '../../common/contract';
import { backupsFolderOf } from '../../db/safekeeping/backup-files';
import { listBackups } from '../../db/safekeeping/backups-folder';
import { join } from 'node:path';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { formatBytes, formatLocalTime, padEnd, printJson } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';

export function backupsCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'backups', ['json']);
  if (args.operands.length > 0) throw new UsageError(`backups takes no operands (got "${args.operands[0]}")`);
  const folder = backupsFolderOf(location.path);
  const backups = listBackups(location.path);

  if (args.json) {
    printJson(io.stdout, { folder, backups: backups.map((backup) => ({ ...backup, path: join(folder, backup.name) })) });
  } else {
    printTable(io, folder, backups);
  }
  return EXIT_OK;
}

function printTable(io: CliIO, folder: string, backups: readonly BackupInfo[]): void {
  if (backups.length === 0) {
    io.stdout(`There are no backups in ${folder} yet; "dabir backup" takes one.\n`);
    return;
  }
  io.stdout(`Backups in ${folder}, newest first (times are local):\n`);
  const row = (time: string, reason: string, size: string, articles: string, verified: string, name: string) =>
    `${padEnd(time, 16)}  ${padEnd(reason, 20)}  ${size.padStart(10)}  ${articles.padStart(8)}  ${padEnd(verified, 8)}  ${name}\n`;
  io.stdout(row('TIME', 'REASON', 'SIZE', 'ARTICLES', 'VERIFIED', 'NAME'));
  for (const backup of backups) {
    io.stdout(
      row(
        formatLocalTime(backup.createdAt),
        backup.reason,
        formatBytes(backup.bytes),
        backup.articles === null ? '?' : backup.articles.toLocaleString('en'),
        backup.verified ? 'yes' : 'no',
        backup.name,
      ),
    );
  }
}
