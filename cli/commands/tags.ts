/**
 * `dabir tags [PREFIX] [--limit N] [--offset N]`: the tags with the number of live articles
 * carrying each, most used first (all of them, up to the contract's page of 1,000).
 */
import { type TagSummary } from '../../common/contract';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { plural, printJson, terminalSafe } from '../format';
import { EXIT_OK, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { parseLimit, parseOffset } from '../options';

const MAX_LIMIT = contractLimitOf('listTags');

export function tagsCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'tags', ['json', 'limit', 'offset']);
  const prefix = args.operands.join(' ').trim();
  const limit = parseLimit(args.limit, MAX_LIMIT, MAX_LIMIT);
  const offset = parseOffset(args.offset);

  const { tags, more } = withArchive(location, 'read', (archive) => {
    const page = callApi(archive, 'listTags', { prefix, limit, offset });
    // Whether a tag follows the page: asking for one more than a page might exceed the contract's page.
    const next = page.length === limit ? callApi(archive, 'listTags', { prefix, limit: 1, offset: offset + limit }) : [];
    return { tags: page, more: next.length > 0 };
  });

  if (args.json) printJson(io.stdout, { tags: tags.map(({ id, name, count }) => ({ id, name, count })) });
  else printTags(io, tags, prefix, more ? offset + tags.length : undefined);
  return EXIT_OK;
}

/** `nextOffset`: where the next page starts, when there is one. */
function printTags(io: CliIO, tags: readonly TagSummary[], prefix: string, nextOffset: number | undefined): void {
  if (tags.length === 0) {
    io.stdout(prefix === '' ? 'The archive has no tags yet.\n' : `No tag starts with «${terminalSafe(prefix)}».\n`);
    return;
  }
  const width = Math.max('ARTICLES'.length, ...tags.map((tag) => String(tag.count).length));
  // The name goes last: it is usually right-to-left (see list).
  io.stdout(`${'ARTICLES'.padStart(width)}  TAG\n`);
  for (const tag of tags) io.stdout(`${String(tag.count).padStart(width)}  ${terminalSafe(tag.name)}\n`);
  if (nextOffset !== undefined) {
    const how = nextOffset === tags.length && tags.length < MAX_LIMIT ? `--limit N (up to ${MAX_LIMIT})` : `--offset ${nextOffset}`;
    io.stdout(`Showing the ${nextOffset === tags.length ? plural(tags.length, 'most used tag') : `tags ${nextOffset - tags.length + 1}–${nextOffset} by use`}; use ${how} to see more.\n`);
  }
}
