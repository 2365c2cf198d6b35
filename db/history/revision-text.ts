/**
 * What a revision records, and its words: the history panel counts a revision's body words
 * as the editor does, and measures a change in words added and removed.
 */
import type { Article } from '../../common/contract';
import { countWords } from '../../common/text-counts';
import { readBody } from '../editor/headless';

/**
 * The article as it stood: every field, its tags and its cross-references. The body's plain
 * text is derived, and backlinks belong to the other articles' histories, so neither is kept.
 * A delete's tombstone adds when it happened and what a restore must put back.
 */
export type RevisionSnapshot = Omit<Article, 'bodyText' | 'backlinks'> & { deletedAt?: string; [extra: string]: unknown };

export interface RevisionText {
  /** Words of the body, as the editor's count shows them. */
  bodyWords: number;
  /**
   * The headline, kicker, lead and each paragraph of the body, in order: a change is found
   * paragraph by paragraph first, then counted in words (revision-store.ts, wordChange).
   */
  lines: string[];
}

export function revisionText(fields: { headline: string; kicker: string; lead: string }, bodyText: string): RevisionText {
  // Words only: counting characters (by grapheme) would cost more than the rest of a save.
  return { bodyWords: countWords(bodyText), lines: [fields.headline, fields.kicker, fields.lead, ...bodyText.split('\n')] };
}

/** The plain text of a snapshot's body (Lexical, headless). */
export function snapshotBodyText(snapshot: RevisionSnapshot): string {
  return snapshot.body === null ? '' : readBody(snapshot.body).text;
}

export function snapshotText(snapshot: RevisionSnapshot): RevisionText {
  return revisionText(snapshot, snapshotBodyText(snapshot));
}
