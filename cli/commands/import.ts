/**
 * `dabir import PATH...`: files and folders (read recursively). The reading, checking and
 * writing live in db/import; this reports. Each file imports whole or not at all; duplicates
 * of stories already in the archive are skipped and listed; a bundle (.dabir) is merged.
 * Files are not part of the API contract: importing them is db/import's, called directly.
 */
import { TIDY_KINDS, type TidyCounts, type TidyKind } from '../../common/typography/tidy-persian';
import type { BundleMergeSummary } from '../../db/bundle/merge-bundle';
import { importPaths, type FileImportReport, type ImportProblem, type ImportReport } from '../../db/import/import-files';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_FAILED, EXIT_OK, printProblem, UsageError, type CliIO } from '../io';
import { openArchive } from '../open-archive';
import { progressLine } from '../progress-line';

/** A wrong command line is refused at once (exit 2); the import itself answers asynchronously. */
export function importCommand(context: CommandContext): Promise<number> {
  const { args } = context;
  acceptOnlyOptions(args, 'import', ['json', 'tidy', 'confirmKnown']);
  if (args.operands.length === 0) throw new UsageError('import needs at least one file or folder: dabir import PATH...');
  return runImport(context);
}

async function runImport({ args, io, location }: CommandContext): Promise<number> {
  const archive = openArchive(location, 'write');
  const progress = progressLine(io, args.json === true, 'Importing');
  let report: ImportReport;
  let confirmed: number | undefined;
  try {
    report = await importPaths(archive, args.operands, { tidy: args.tidy, onProgress: (p) => progress.update(p) });
    // The names the archive knows for sure; ambiguous ones and new names stay for review.
    const ids = report.files.flatMap((file) => file.imported.map((article) => article.id));
    confirmed = args.confirmKnown ? archive.mentions.confirmKnown(ids) : undefined;
  } finally {
    progress.clear();
    archive.close();
  }

  // A file's lines first, then its links (they are made once every file is written).
  const errors = report.files.flatMap((file) => [...file.errors, ...file.linkErrors]);
  const skipped = report.files.flatMap((file) => file.skipped);
  const merged = report.files.filter((file) => file.merged).map((file) => ({ file: file.file, ...file.merged! }));
  if (args.json) {
    printJson(io.stdout, {
      imported: report.files.flatMap((file) => file.imported),
      errors: errors.map(({ source, message, code }) => ({ source, message, code })),
      skipped,
      ...(merged.length > 0 ? { merged } : {}),
      ...(report.ignored.length > 0 ? { ignored: report.ignored } : {}),
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
    printProblem(io, 'the disk is full, so the import stopped. The archive is intact and keeps the files imported before; free some space and import the remaining files again');
  }
  return errors.length > 0 ? EXIT_FAILED : EXIT_OK;
}

function printSummary(io: CliIO, report: ImportReport, archivePath: string, errors: readonly ImportProblem[]): void {
  for (const file of report.files) io.stdout(`${terminalSafe(describeFileOutcome(file))}\n`);
  for (const file of report.files) {
    for (const skip of file.skipped) {
      io.stdout(`  skipped ${terminalSafe(skip.source)}: the same story as ${skip.duplicateOf.id} «${terminalSafe(skip.duplicateOf.headline)}»\n`);
    }
    for (const review of file.merged?.needsReview ?? []) {
      io.stdout(`  needs review after the merge: ${review.id} «${terminalSafe(review.headline)}» (${review.reason.replace(/_/g, ' ')})\n`);
    }
  }
  if (report.ignored.length > 0) io.stdout(`Passed over ${plural(report.ignored.length, 'file')} of other kinds in the folders given\n`);
  io.stdout(`Archive: ${archivePath}\n`);
  if (report.tidied) io.stdout(`${describeTidied(report.tidied)}\n`);
  for (const error of errors) printProblem(io, terminalSafe(`${error.source}: ${error.message}`));
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

function describeMerge(file: string, merged: BundleMergeSummary): string {
  const parts = [`${plural(merged.articlesAdded, 'article')} added`, `${merged.articlesUpdated} updated`, `${merged.articlesUnchanged} unchanged`];
  if (merged.needsReview.length > 0) parts.push(`${merged.needsReview.length} to review`);
  return `Merged ${file}: ${parts.join(', ')} (${plural(merged.revisionsAdded, 'revision')} added)`;
}

function describeFileOutcome(file: FileImportReport): string {
  if (file.merged) return describeMerge(file.file, file.merged);
  const refusedWhole = file.errors.some((error) => error.source === file.file);
  if (refusedWhole) return `Nothing imported from ${file.file}`;
  const notes = [];
  if (file.errors.length > 0) notes.push(`${plural(file.errors.length, 'line')} skipped`);
  if (file.skipped.length > 0) notes.push(`${plural(file.skipped.length, 'duplicate')} skipped`);
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
