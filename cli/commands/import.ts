/** `dabir import FILE...`: the parsing and writing live in db/import; this only reports. */
import { importFiles, type FileImportReport, type ImportProblem, type ImportReport } from '../../db/import/import-files';
import { TIDY_KINDS, type TidyCounts, type TidyKind } from '../../common/typography/tidy-persian';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson } from '../format';
import { EXIT_FAILED, EXIT_OK, printProblem, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';

export function importCommand({ args, io, archive: location }: CommandContext): number {
  acceptOnlyOptions(args, 'import', ['json', 'tidy', 'confirmKnown']);
  if (args.operands.length === 0) throw new UsageError('import needs at least one file: dabir import FILE...');

  // Files are not part of the API contract: importing them is db/import's, called directly.
  const { report, confirmed } = withArchive(location, 'write', (archive) => {
    const written = importFiles(archive, args.operands, { tidy: args.tidy });
    // The names the archive knows for sure; ambiguous ones and new names stay for review.
    const ids = written.files.flatMap((file) => file.imported.map((article) => article.id));
    return { report: written, confirmed: args.confirmKnown ? archive.mentions.confirmKnown(ids) : undefined };
  });

  // A file's lines first, then its links (they are made once every file is written).
  const errors = report.files.flatMap((file) => [...file.errors, ...file.linkErrors]);
  if (args.json) {
    printJson(io.stdout, {
      imported: report.files.flatMap((file) => file.imported),
      errors,
      ...(confirmed === undefined ? {} : { confirmed }),
    });
    if (errors.length > 0) {
      const cost = describeLinkCost(report);
      printProblem(io, `${plural(errors.length, 'problem')}; see "errors"${cost ? `: ${cost}` : ' (nothing was written for those)'}`);
    }
  } else {
    printSummary(io, report, location.path, errors);
    if (confirmed !== undefined) io.stdout(`Confirmed ${plural(confirmed, 'known name')} in the imported articles; ambiguous and new names await review.\n`);
  }
  if (report.stoppedBy === 'disk_full') {
    printProblem(io, 'the disk is full, so the import stopped. The archive is intact and keeps what was imported before; free some space and import the remaining files again');
  }
  return errors.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function printSummary(io: CliIO, report: ImportReport, archivePath: string, errors: readonly ImportProblem[]): void {
  for (const file of report.files) io.stdout(`${describeFileOutcome(file)}\n`);
  io.stdout(`Archive: ${archivePath}\n`);
  if (report.tidied) io.stdout(`${describeTidied(report.tidied)}\n`);
  for (const error of errors) printProblem(io, `${error.source}: ${error.message}`);
  if (errors.length === 0) return;
  const cost = describeLinkCost(report);
  printProblem(io, `${plural(errors.length, 'problem')}${cost ? `: ${cost};` : '; nothing was written for those,'} everything else was imported`);
}

/**
 * What the problems cost when links failed too (undefined when none did): a line, nothing
 * written for it; a link, only itself.
 */
function describeLinkCost(report: ImportReport): string | undefined {
  const lines = report.files.reduce((sum, file) => sum + file.errors.length, 0);
  const links = report.files.reduce((sum, file) => sum + file.linkErrors.length, 0);
  if (links === 0) return undefined;
  const linksCost = `${plural(links, 'link')} not made (${links === 1 ? 'its article was' : 'their articles were'} imported without ${links === 1 ? 'it' : 'them'})`;
  return lines === 0 ? linksCost : `${plural(lines, 'line or file', 'lines or files')} not imported, ${linksCost}`;
}

function describeFileOutcome(file: FileImportReport): string {
  const refusedWhole = file.errors.some((error) => error.source === file.file);
  if (refusedWhole) return `Nothing imported from ${file.file}`;
  const notes = [];
  if (file.errors.length > 0) notes.push(`${plural(file.errors.length, 'line')} skipped`);
  if (file.linkErrors.length > 0) notes.push(`${plural(file.linkErrors.length, 'link')} not made`);
  const suffix = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return `Imported ${plural(file.imported.length, 'article')} from ${file.file}${suffix}`;
}

const TIDY_LABELS: Record<TidyKind, string> = {
  halfSpace: 'half-space',
  arabicYeh: 'Arabic yeh',
  arabicKaf: 'Arabic kaf',
  digits: 'Persian figure',
  quotes: 'quotation mark pair',
  punctuation: 'Persian punctuation mark',
  spacing: 'spacing fix',
};

/** "Typography tidied: 12 half-spaces, 3 Arabic yeh" for `--tidy`. */
function describeTidied(counts: TidyCounts): string {
  const items = TIDY_KINDS.filter((kind) => counts[kind] > 0).map((kind) => plural(counts[kind], TIDY_LABELS[kind]));
  return items.length > 0 ? `Typography tidied: ${items.join(', ')}` : 'Typography tidied: nothing needed fixing';
}
