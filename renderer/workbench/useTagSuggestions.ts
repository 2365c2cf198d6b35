/** Tags the archive already has that start with what is typed, most used first (listTags's order). */
import type { TagSummary } from '../../common/contract';
import { useApi } from '../api/ApiContext';
import { hasTag } from './tagText';
import { useLookup } from './useLookup';

const TYPING_DELAY_MS = 120;
const SHOWN = 8;

export function useTagSuggestions(text: string, wanted: boolean, exclude: readonly string[]): TagSummary[] {
  const api = useApi();
  const prefix = text.trim();
  // A few more than shown, since tags already chosen are left out below.
  const found = useLookup(prefix, wanted, TYPING_DELAY_MS, () => api.listTags({ prefix, limit: SHOWN + 12 }));
  return found.filter((tag) => !hasTag(exclude, tag.name)).slice(0, SHOWN);
}
