/**
 * An entity's page, put together from the stores that know its parts: the entity, its
 * timeline and companions (EntityReads), the articles where it awaits review (MentionStore),
 * and what the person said (QuoteStore). The page offers unconfirmed mentions right there,
 * so an entity nobody has confirmed yet is not shown as having no coverage.
 */
import type { EntityPage } from '../../common/contract';
import type { QuoteStore } from '../quotes/quote-store';
import type { EntityReads } from './entity-reads';
import type { MentionStore } from './mention-store';

/** The page shows this many suggestions at once; confirming them all covers every one. */
export const PAGE_SUGGESTIONS = 50;
const PAGE_QUOTES = 100;

export function entityPage(stores: { entityReads: EntityReads; mentions: MentionStore; quotes: QuoteStore }, id: string): EntityPage {
  const base = stores.entityReads.page(id);
  const suggestions = stores.mentions.suggestionsOf(id, PAGE_SUGGESTIONS);
  const quotes = base.entity.kind === 'person' ? stores.quotes.list({ entityId: id, limit: PAGE_QUOTES }) : [];
  return { ...base, suggestions: suggestions.items, suggestionCount: suggestions.total, quotes };
}
