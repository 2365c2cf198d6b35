/**
 * `dabir history ID`: the article's kept revisions, newest first, each with its time, body
 * word count and the words it added and removed. `dabir revert ID REVISION`: writes a new
 * revision equal to REVISION (the earlier ones stay, so a revert can itself be reverted).
 */
import type { ArticleHistory, RevisionSummary } from '../../common/contract';
import { callApi } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { padEnd, plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { parseArticleId } from '../options';

export function historyCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'history', ['json']);
  if (args.operands.length !== 1) throw new UsageError('history needs exactly one article id: dabir history ID');
  const id = parseArticleId(args.operands[0]);

  const history = withArchive(location, 'read', (archive) => callApi(archive, 'getArticleHistory', { id }));

  if (args.json) printJson(io.stdout, history);
  else printHistory(io, history);
  return EXIT_OK;
}

export function revertCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'revert', ['json']);
  if (args.operands.length !== 2) throw new UsageError('revert needs an article id and a revision: dabir revert ID REVISION');
  const id = parseArticleId(args.operands[0]);
  const revision = parseRevision(args.operands[1]);

  const receipt = withArchive(location, 'write', (archive) => {
    // The command line holds no copy of the article: it reverts the revision there is now.
    const { revision: baseRevision } = callApi(archive, 'getArticleHistory', { id });
    return callApi(archive, 'revertArticle', { id, revision, baseRevision });
  });

  if (args.json) printJson(io.stdout, { id, revision: receipt.revision, revertedFrom: revision, updatedAt: receipt.updatedAt });
  else io.stdout(`Article ${id} is now revision ${receipt.revision}, equal to revision ${revision}.\n`);
  return EXIT_OK;
}

function parseRevision(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1 || !Number.isSafeInteger(number)) {
    throw new UsageError(`REVISION must be a revision number (dabir history ID lists them), not "${value}"`);
  }
  return number;
}

/** What made a revision, beside its numbers: a revert, a delete, a status set. */
function describe(revision: RevisionSummary): string {
  const notes: string[] = [];
  if (revision.kind === 'revert') notes.push(`reverted to ${revision.revertedFrom}`);
  if (revision.kind === 'delete') notes.push('deleted');
  if (revision.kind === 'restore') notes.push('restored');
  if (revision.statusChanged) notes.push(`status ${revision.status}`);
  return notes.join(', ');
}

function printHistory(io: CliIO, history: ArticleHistory): void {
  const kept = plural(history.revisions.length, 'revision');
  io.stdout(`${terminalSafe(history.headline) || '(no headline)'}\n${history.id}: revision ${history.revision}, ${kept} kept (older ones are thinned as they age)\n\n`);
  const rows = history.revisions.map((revision) => [
    String(revision.revision),
    revision.savedAt,
    String(revision.words),
    `+${revision.wordsAdded} -${revision.wordsRemoved}`,
    describe(revision),
  ]);
  const header = ['REVISION', 'SAVED', 'WORDS', 'CHANGE', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) => `${cells.map((cell, column) => padEnd(cell, widths[column])).join('  ').trimEnd()}\n`;
  io.stdout(line(header));
  for (const row of rows) io.stdout(line(row));
}
