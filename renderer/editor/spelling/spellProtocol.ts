/** Messages between the page and the spelling worker. */
export type SpellRequest =
  | { type: 'lexicon'; texts: string[] }
  | { type: 'check'; id: number; words: string[] }
  | { type: 'suggest'; id: number; word: string };

export type SpellResponse =
  | { type: 'checked'; id: number; unknown: string[] }
  | { type: 'suggested'; id: number; suggestions: string[] };
