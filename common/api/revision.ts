/**
 * Revisions in the contract. Every write to an article names the revision its caller last saw
 * and answers with the one it made, so a stale window gets a conflict instead of overwriting,
 * and a window whose own change was made beside its saver (a link, a tag) knows it is current.
 */
import { z } from 'zod';

export const baseRevisionSchema = z
  .number({ error: 'baseRevision (the revision this change was made on) is required' })
  .int()
  .min(1);

/** An article a write gave a new revision: `from` is what the write was made on, `to` what it made. */
export interface RevisionChange {
  id: string;
  from: number;
  to: number;
}
