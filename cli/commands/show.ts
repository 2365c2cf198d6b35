/** `dabir show ID`: one article, its body as plain text (the Lexical JSON stays inside). */
import type { Article } from '../../common/contract';
import { rejectOptions, SEARCH_OPTIONS } from '../args';
import type { CommandContext } from '../command';
import { padEnd, printJson } from '../format';
import { EXIT_OK, UsageError, type CliIO } from '../io';
import { openArchive } from '../open-archive';

export function showCommand({ args, io, archive: location }: CommandContext): number {
  rejectOptions(args, 'show', ['limit', ...SEARCH_OPTIONS]);
  if (args.operands.length !== 1) throw new UsageError('show needs exactly one article id: dabir show ID');
  const [id] = args.operands;

  const archive = openArchive(location, 'read');
  let article: Article;
  try {
    article = archive.articles.get(id.trim().toLowerCase());
  } finally {
    archive.close();
  }

  if (args.json) printJson(io.stdout, toShownJson(article));
  else printArticle(io, article);
  return EXIT_OK;
}

function toShownJson(article: Article) {
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
  };
}

function printArticle(io: CliIO, article: Article): void {
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
  if (article.lead) lines.push('', article.lead);
  if (article.bodyText) lines.push('', article.bodyText);
  io.stdout(`${lines.join('\n')}\n`);
}
