/** `dabir tags [PREFIX]`: every tag with the number of live articles carrying it, most used first. */
import type { TagSummary } from '../../common/contract';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, type CliIO } from '../io';
import { openArchive } from '../open-archive';
import { parseLimit } from '../options';

/** SQLite reads a negative LIMIT as none: every tag. */
const ALL = -1;

export function tagsCommand({ args, io, archive: location }: CommandContext): number {
  acceptOnlyOptions(args, 'tags', ['json', 'limit']);
  const prefix = args.operands.join(' ').trim();
  const limit = parseLimit(args.limit, ALL);

  const archive = openArchive(location, 'read');
  let tags: TagSummary[];
  try {
    // One more than asked for says whether there are more.
    tags = archive.tags.list(prefix, limit === ALL ? ALL : limit + 1);
  } finally {
    archive.close();
  }
  const more = limit !== ALL && tags.length > limit;
  if (more) tags = tags.slice(0, limit);

  if (args.json) printJson(io.stdout, { tags: tags.map(({ id, name, count }) => ({ id, name, count })) });
  else printTags(io, tags, prefix, more);
  return EXIT_OK;
}

function printTags(io: CliIO, tags: readonly TagSummary[], prefix: string, more: boolean): void {
  if (tags.length === 0) {
    io.stdout(prefix === '' ? 'The archive has no tags yet.\n' : `No tag starts with «${terminalSafe(prefix)}».\n`);
    return;
  }
  const width = Math.max('ARTICLES'.length, ...tags.map((tag) => String(tag.count).length));
  // The name goes last: it is usually right-to-left (see list).
  io.stdout(`${'ARTICLES'.padStart(width)}  TAG\n`);
  for (const tag of tags) io.stdout(`${String(tag.count).padStart(width)}  ${terminalSafe(tag.name)}\n`);
  if (more) io.stdout(`Showing the ${plural(tags.length, 'most used tag')}; use --limit N to see more.\n`);
}
