/**
 * `dabir merge OTHER.sqlite`: merges another archive file into this one by the same rules as
 * importing a bundle (db/bundle/merge-archive). The other file is never changed.
 */
import { mergeArchiveFile } from '../../db/bundle/merge-archive';
import type { BundleMergeSummary } from '../../db/bundle/merge-bundle';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, UsageError } from '../io';
import { MIGRATIONS_DIR, openArchive } from '../open-archive';
import { progressLine } from '../progress-line';

/** A wrong command line is refused at once (exit 2); the merge itself answers asynchronously. */
export function mergeCommand(context: CommandContext): Promise<number> {
  acceptOnlyOptions(context.args, 'merge', ['json']);
  if (context.args.operands.length !== 1) throw new UsageError('merge needs exactly one other archive: dabir merge OTHER.sqlite');
  return runMerge(context);
}

async function runMerge({ args, io, location }: CommandContext): Promise<number> {
  const archive = openArchive(location, 'write');
  const progress = progressLine(io, args.json === true, 'Merging');
  let summary: BundleMergeSummary;
  try {
    summary = await mergeArchiveFile(archive, args.operands[0], { migrationsDir: MIGRATIONS_DIR, onProgress: (p) => progress.update(p) });
  } finally {
    progress.clear();
    archive.close();
  }
  if (args.json) {
    printJson(io.stdout, summary);
    return EXIT_OK;
  }
  io.stdout(
    `Merged ${terminalSafe(args.operands[0])} into ${location.path}: ${plural(summary.articlesAdded, 'article')} added, ${summary.articlesUpdated} updated, ` +
      `${summary.articlesUnchanged} unchanged; ${plural(summary.revisionsAdded, 'revision')} added; ` +
      `${plural(summary.entitiesAdded, 'name')} added, ${summary.entitiesUpdated} updated, ${summary.entitiesDeleted} deleted\n`,
  );
  for (const review of summary.needsReview) {
    io.stdout(`  needs review after the merge: ${review.id} «${terminalSafe(review.headline)}» (${review.reason.replace(/_/g, ' ')})\n`);
  }
  return EXIT_OK;
}
