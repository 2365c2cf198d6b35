/** `dabir import FILE...`: the parsing and writing live in db/import; this only reports. */
import { importFiles, type FileImportReport, type ImportReport } from '../../db/import/import-files';
import { rejectOptions, SEARCH_OPTIONS } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson } from '../format';
import { EXIT_FAILED, EXIT_OK, printProblem, UsageError, type CliIO } from '../io';
import { openArchive } from '../open-archive';

export function importCommand({ args, io, archive: location }: CommandContext): number {
  rejectOptions(args, 'import', ['limit', ...SEARCH_OPTIONS]);
  if (args.operands.length === 0) throw new UsageError('import needs at least one file: dabir import FILE...');

  const archive = openArchive(location, 'write');
  let report: ImportReport;
  try {
    report = importFiles(archive, args.operands);
  } finally {
    archive.close();
  }

  const errors = report.files.flatMap((file) => file.errors);
  if (args.json) {
    printJson(io.stdout, { imported: report.files.flatMap((file) => file.imported), errors });
    if (errors.length > 0) printProblem(io, `${plural(errors.length, 'problem')}; see "errors" (nothing was written for those)`);
  } else {
    printSummary(io, report, location.path);
  }
  if (report.stoppedBy === 'disk_full') {
    printProblem(io, 'the disk is full, so the import stopped. The archive is intact and keeps what was imported before; free some space and import the remaining files again');
  }
  return errors.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function printSummary(io: CliIO, report: ImportReport, archivePath: string): void {
  for (const file of report.files) io.stdout(`${describeFileOutcome(file)}\n`);
  io.stdout(`Archive: ${archivePath}\n`);
  const errors = report.files.flatMap((file) => file.errors);
  for (const error of errors) printProblem(io, `${error.source}: ${error.message}`);
  if (errors.length > 0) printProblem(io, `${plural(errors.length, 'problem')}; nothing was written for those, everything else was imported`);
}

function describeFileOutcome(file: FileImportReport): string {
  const refusedWhole = file.errors.some((error) => error.source === file.file);
  if (refusedWhole) return `Nothing imported from ${file.file}`;
  const skipped = file.errors.length > 0 ? ` (${plural(file.errors.length, 'line')} skipped)` : '';
  return `Imported ${plural(file.imported.length, 'article')} from ${file.file}${skipped}`;
}
