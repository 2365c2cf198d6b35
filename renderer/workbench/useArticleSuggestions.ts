/** Articles by headline for the cross-reference typeahead; the open article is never offered. */
import { useApi } from '../api/ApiContext';
import { useLookup } from './useLookup';

export interface ArticleChoice {
  id: string;
  headline: string;
  day: string;
}

const TYPING_DELAY_MS = 150;

export function useArticleSuggestions(text: string, excludeId: string, wanted: boolean): ArticleChoice[] {
  const api = useApi();
  // An empty text lists the latest articles: often the one being followed up.
  return useLookup(`${excludeId}\n${text}`, wanted, TYPING_DELAY_MS, () => api.suggestArticles({ text, excludeId, limit: 8 }));
}
