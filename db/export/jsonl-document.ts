/**
 * An article as one `.jsonl` line, in exactly the shape `dabir import` reads
 * (db/import/jsonl-article-schema.ts): exporting and importing again gives the same articles,
 * with their ids, tags and cross-references. The body travels as its text, a paragraph per line.
 */
import type { Article } from '../../common/contract';

export function articleToJsonl(article: Article): string {
  const date = article.datelineDate ?? article.createdAt;
  const links = article.links.filter((link) => link.origin === 'manual').map((link) => ({ id: link.articleId, type: link.type }));
  return JSON.stringify({
    id: article.id,
    headline: article.headline,
    kicker: article.kicker || null,
    lead: article.lead || null,
    byline: article.byline || null,
    desk: article.desk || null,
    status: article.status,
    dateline: article.datelinePlace || null,
    date,
    body: article.bodyText || null,
    tags: article.tags,
    links,
  });
}
