/**
 * An article's history in the contract: its revisions as the history panel lists them, a
 * word-level comparison of any two, and a revert, which is itself a new revision.
 */
import { z } from 'zod';
import type { ArticleStatus } from '../constants';
import { method } from './method';
import { baseRevisionSchema } from './revision';
import { uuidSchema } from './shared-schemas';

/** What made a revision: an edit, a revert to an earlier one, the delete, the delete undone. */
export const REVISION_KINDS = ['save', 'revert', 'delete', 'restore'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

export interface RevisionSummary {
  revision: number;
  savedAt: string;
  kind: RevisionKind;
  status: ArticleStatus;
  /** The status differs from the revision before (the first revision sets one). */
  statusChanged: boolean;
  /** For a revert: the revision the article was made equal to. */
  revertedFrom: number | null;
  /** Words in the body, as the editor counts them. */
  words: number;
  /** Words added and removed (headline, kicker, lead, body) since the revision listed before. */
  wordsAdded: number;
  wordsRemoved: number;
}

export interface ArticleHistory {
  id: string;
  /** The article's headline as it stands. */
  headline: string;
  /** The article's current revision: what a revert or a save must name as its base. */
  revision: number;
  /** Newest first. Older revisions are thinned as they age (see db/history/thinning.ts). */
  revisions: RevisionSummary[];
}

/** A stretch of text in a comparison: in both revisions, only the newer, or only the older. */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export const COMPARED_FIELDS = [
  'headline',
  'kicker',
  'lead',
  'body',
  'byline',
  'desk',
  'status',
  'datelinePlace',
  'datelineDate',
  'tags',
  'links',
] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldComparison {
  field: ComparedField;
  /** Word by word for text; whole values for a status, a date, a tag or a link. */
  parts: DiffPart[];
}

export interface RevisionComparison {
  id: string;
  from: number;
  to: number;
  /** Only the fields that differ, in the order of COMPARED_FIELDS. */
  fields: FieldComparison[];
}

const revisionNumber = z.number().int().min(1);

export const historyMethods = {
  getArticleHistory: method<ArticleHistory>()(z.strictObject({ id: uuidSchema })),
  /** `from` is usually the older revision; either may be the article's current one. */
  compareRevisions: method<RevisionComparison>()(z.strictObject({ id: uuidSchema, from: revisionNumber, to: revisionNumber })),
  /**
   * Writes a new revision equal to `revision` (its fields, body, tags and cross-references).
   * `baseRevision` is the revision the caller saw, as for a save: a stale one is a conflict.
   */
  revertArticle: method<{ id: string; revision: number; updatedAt: string }>()(
    z.strictObject({ id: uuidSchema, revision: revisionNumber, baseRevision: baseRevisionSchema }),
  ),
} as const;
