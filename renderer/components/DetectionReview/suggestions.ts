/** The detection pass's suggestions as the review page lists them: one per article and name. */
import type { ArticleMention } from '../../../common/contract';

export interface Suggestion {
  articleId: string;
  headline: string;
  mention: ArticleMention;
}

export interface SuggestionGroup {
  articleId: string;
  headline: string;
  items: Suggestion[];
}

export const suggestionKey = (suggestion: Suggestion) => `${suggestion.articleId}:${suggestion.mention.entity.id}`;

/** The list comes article by article; each article is shown once, its suggestions under it. */
export function groupByArticle(items: readonly Suggestion[]): SuggestionGroup[] {
  const groups: SuggestionGroup[] = [];
  for (const item of items) {
    const last = groups[groups.length - 1];
    if (last && last.articleId === item.articleId) last.items.push(item);
    else groups.push({ articleId: item.articleId, headline: item.headline, items: [item] });
  }
  return groups;
}
