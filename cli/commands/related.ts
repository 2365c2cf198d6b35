/**
 * `dabir related ID [--limit N]`: archive articles that cover the same story, best first, with
 * what each shares with it (confirmed entities, tags, key words). The scoring is db/related's.
 */
import type { RelatedArticle } from '../../common/contract';
import { callApi, contractLimitOf } from '../api';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { printJson, terminalSafe } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { withArchive } from '../open-archive';
import { parseArticleId, parseLimit } from '../options';
import { rebuildSearchIndexIfNeeded } from '../rebuild-index';

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = contractLimitOf('relatedArticles');

export function relatedCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'related', ['json', 'limit']);
  if (args.operands.length !== 1) throw new UsageError('related needs exactly one article id: dabir related ID');
  const id = parseArticleId(args.operands[0]);
  const limit = parseLimit(args.limit, DEFAULT_LIMIT, MAX_LIMIT);

  const related = withArchive(location, 'read', (archive) => {
    // Shared words are found through the search index, so it must be current.
    rebuildSearchIndexIfNeeded(archive, io);
    return callApi(archive, 'relatedArticles', { id, limit });
  });

  if (args.json) {
    printJson(io.stdout, {
      id,
      related: related.map(({ id: other, headline, day, score, sharedEntities, sharedTags, sharedTerms, linked }) => ({
        id: other, headline, day, score, sharedEntities, sharedTags, sharedTerms, linked,
      })),
    });
  } else {
    printRelated(io, related);
  }
  return EXIT_OK;
}

function printRelated(io: CliIO, related: readonly RelatedArticle[]): void {
  if (related.length === 0) {
    io.stdout('No related articles found. Related articles share confirmed entities (not suggested ones), tags or key words, and only what not every article has counts.\n');
    return;
  }
  const width = Math.max(...related.map((item) => item.score.toFixed(3).length));
  for (const item of related) {
    // Score, day and id first; the headline last, since it is usually right-to-left.
    const linked = item.linked ? '  (linked)' : '';
    io.stdout(`${item.score.toFixed(3).padStart(width)}  ${item.day ?? 'undated   '}  ${item.id}${linked}  ${terminalSafe(item.headline) || '(no headline)'}\n`);
    const shared = [
      ['entities', item.sharedEntities],
      ['tags', item.sharedTags],
      ['words', item.sharedTerms],
    ] as const;
    for (const [label, names] of shared) {
      if (names.length > 0) io.stdout(`${' '.repeat(width)}  shares ${label}: ${names.map(terminalSafe).join(' · ')}\n`);
    }
  }
}
