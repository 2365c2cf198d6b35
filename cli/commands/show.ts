/**
 * `dabir show ID`: one article, its body as plain text (the Lexical JSON stays inside), with
 * its tags, the entities it mentions (confirmed, and those detection suggests), and its
 * cross-references both ways.
 */
import type { Article, ArticleLinkView, ArticleMention } from '../../common/contract';
import { acceptOnlyOptions } from '../args';
import type { CommandContext } from '../command';
import { padEnd, printJson, terminalSafe } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { callApi } from '../api';
import { withArchive } from '../open-archive';
import { parseArticleId } from '../options';

export function showCommand({ args, io, location }: CommandContext): number {
  acceptOnlyOptions(args, 'show', ['json']);
  if (args.operands.length !== 1) throw new UsageError('show needs exactly one article id: dabir show ID');
  const id = parseArticleId(args.operands[0]);

  const { article, mentions } = withArchive(location, 'read', (archive) => ({
    article: callApi(archive, 'getArticle', { id }),
    mentions: callApi(archive, 'getArticleMentions', { id }),
  }));

  if (args.json) printJson(io.stdout, toShownJson(article, mentions));
  else printArticle(io, article, mentions);
  return EXIT_OK;
}

const entitiesIn = (mentions: readonly ArticleMention[], state: ArticleMention['state']) =>
  mentions.filter((mention) => mention.state === state).map(({ entity }) => ({ id: entity.id, canonical: entity.canonical, kind: entity.kind }));

const linkJson = (link: ArticleLinkView) => ({ id: link.articleId, headline: link.headline, type: link.type });

function toShownJson(article: Article, mentions: readonly ArticleMention[]) {
  return {
    id: article.id,
    headline: article.headline,
    kicker: article.kicker,
    lead: article.lead,
    byline: article.byline,
    desk: article.desk,
    status: article.status,
    dateline: { place: article.datelinePlace, date: article.datelineDate },
    createdAt: article.createdAt,
    updatedAt: article.updatedAt,
    revision: article.revision,
    body: article.bodyText,
    tags: article.tags,
    entities: entitiesIn(mentions, 'confirmed'),
    suggestedEntities: entitiesIn(mentions, 'suggested'),
    links: article.links.map(linkJson),
    backlinks: article.backlinks.map(linkJson),
  };
}

function printArticle(io: CliIO, article: Article, mentions: readonly ArticleMention[]): void {
  const lines = [article.headline];
  if (article.kicker) lines.push(article.kicker);
  lines.push('');
  const dateline = [article.datelinePlace, article.datelineDate].filter(Boolean).join(', ');
  const fields: Array<[string, string]> = [
    ['ID', article.id],
    ['Status', article.status],
    ['Desk', article.desk],
    ['Byline', article.byline],
    ['Dateline', dateline],
    ['Created', article.createdAt],
    ['Updated', article.updatedAt],
    ['Revision', String(article.revision)],
  ];
  for (const [label, value] of fields) lines.push(`${padEnd(`${label}:`, 10)}${value || '-'}`);
  // Only what the article has: most have no links, and a bare heading would be noise. Each
  // row puts the Persian name last, where it can't scramble the columns before it.
  if (article.tags.length > 0) lines.push(`${padEnd('Tags:', 10)}${article.tags.map(terminalSafe).join(' · ')}`);
  const section = (title: string, rows: Array<[string, string, string]>) => {
    if (rows.length === 0) return;
    lines.push('', title);
    for (const [label, id, name] of rows) lines.push(`  ${padEnd(label, 12)}  ${id}  ${terminalSafe(name) || '(no headline)'}`);
  };
  const entityRows = (state: ArticleMention['state']) =>
    mentions.filter((mention) => mention.state === state).map(({ entity }): [string, string, string] => [entity.kind, entity.id, entity.canonical]);
  const linkRows = (links: readonly ArticleLinkView[]) => links.map((link): [string, string, string] => [link.type, link.articleId, link.headline]);
  section('Entities:', entityRows('confirmed'));
  section('Suggested entities (found in the text, not yet confirmed):', entityRows('suggested'));
  section('Links:', linkRows(article.links));
  section('Backlinks (articles that link here):', linkRows(article.backlinks));
  if (article.lead) lines.push('', article.lead);
  if (article.bodyText) lines.push('', article.bodyText);
  io.stdout(`${lines.join('\n')}\n`);
}
