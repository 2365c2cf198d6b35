/**
 * The first character of every facet token in the index (see facets.ts): U+E000, a
 * private-use character. The tokenizer keeps it as part of a token, and the query parser
 * removes it from what a user types, so no query can reach a facet.
 */
export const FACET_MARK = '\uE000';
