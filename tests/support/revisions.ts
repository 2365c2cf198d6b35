/**
 * Every write to an article names the revision it was made on. A test that just read the
 * article (or made it) writes on the revision it now has, as a window would that is current.
 */
import type { ArticleStore } from '../../db/articles';

export function onCurrentRevision(articles: ArticleStore, id: string): { baseRevision: number } {
  return { baseRevision: articles.get(id).revision };
}
