/**
 * What a revision records, and its words: the history panel counts a revision's body words
 * as the editor does, and measures a change in words added and removed.
 */
import type { Article } from '../../common/contract';
import { wordsOf } from '../../common/text-counts';
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
  /** Every word of the headline, kicker, lead and body, in order: what a change is measured in. */
  words: string[];
}

export function revisionText(fields: { headline: string; kicker: string; lead: string }, bodyText: string): RevisionText {
  // Words only: counting characters (by grapheme) would cost more than the rest of a save.
  return { bodyWords: wordsOf(bodyText).length, words: wordsOf([fields.headline, fields.kicker, fields.lead, bodyText].join('\n')) };
}

/** The plain text of a snapshot's body (Lexical, headless). */
export function snapshotBodyText(snapshot: RevisionSnapshot): string {
  return snapshot.body === null ? '' : readBody(snapshot.body).text;
}

export function snapshotText(snapshot: RevisionSnapshot): RevisionText {
  return revisionText(snapshot, snapshotBodyText(snapshot));
}
