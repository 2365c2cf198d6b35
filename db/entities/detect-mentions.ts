/**
 * Which entities an article's text names, and how: the matcher run over the headline,
 * kicker, lead and body, each on its own (a name never runs from one field into the next).
 */
import type { AliasMatcher } from './alias-matcher';

export interface ArticleText {
  headline: string;
  kicker: string;
  lead: string;
  body: string;
}

export interface Detection {
  /** Matches of the entity's aliases in the text. */
  occurrences: number;
  /** The first match as written in the text. */
  matchedText: string;
  /** Every match was an ambiguous alias: the editor has to judge. */
  ambiguous: boolean;
}

export function detectMentions(matcher: AliasMatcher, text: ArticleText): Map<string, Detection> {
  const found = new Map<string, Detection>();
  for (const field of [text.headline, text.kicker, text.lead, text.body]) {
    if (field.length === 0) continue;
    for (const match of matcher.find(field)) {
      const detection = found.get(match.entityId);
      if (detection) {
        detection.occurrences += 1;
        detection.ambiguous &&= match.ambiguous;
      } else {
        found.set(match.entityId, { occurrences: 1, matchedText: match.aliasText, ambiguous: match.ambiguous });
      }
    }
  }
  return found;
}
