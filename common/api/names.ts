/**
 * People and what they said, in the contract: names proposed by their titles, bulk decisions
 * on mentions (each one undoable), and the quote register.
 */
import { z } from 'zod';
import { ENTITY_KINDS, LIMITS } from '../constants';
import { method } from './method';
import { isoDaySchema, uuidSchema } from './shared-schemas';
import type { Entity, QuoteView } from './workbench';

const name = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);

/** A person named beside a title («سخنگوی وزارت امور خارجه اسماعیل بقائی») whom the archive does not know. */
export interface NameProposal {
  name: string;
  /** The post found with it, as written. */
  role: string;
  occurrences: number;
  state: 'suggested' | 'dismissed';
}

/** One bulk decision, undoable as a whole. */
export interface MentionBatch {
  batchId: string;
  /** Mentions whose state it changed. */
  changed: number;
}

export const BULK_DECISIONS = ['confirmed', 'dismissed'] as const;
export type BulkDecision = (typeof BULK_DECISIONS)[number];

export const nameMethods = {
  /** Names the article's text gives beside a title, that no entity has yet. */
  getNameProposals: method<NameProposal[]>()(z.strictObject({ articleId: uuidSchema })),
  /**
   * Adds the proposed name as a new entity (a person unless told otherwise), with the role found
   * as its description, and confirms it in this article; every other article proposing the same
   * name has it suggested instead.
   */
  acceptNameProposal: method<Entity>()(
    z.strictObject({ articleId: uuidSchema, name, kind: z.enum(ENTITY_KINDS).optional() }),
  ),
  dismissNameProposal: method<NameProposal[]>()(z.strictObject({ articleId: uuidSchema, name })),
  /** Proposed names across the archive, newest stories first, for the review screen. */
  listSuggestedNames: method<Array<{ articleId: string; headline: string; proposal: NameProposal }>>()(
    z.strictObject({ limit: z.number().int().min(1).max(LIMITS.listPage).optional(), offset: z.number().int().min(0).optional() }),
  ),

  /** Confirms or dismisses the entity's suggestions in every article at once. */
  decideEntityEverywhere: method<MentionBatch>()(z.strictObject({ entityId: uuidSchema, state: z.enum(BULK_DECISIONS) })),
  /** Confirms or dismisses every suggested name of one article at once. */
  decideArticleNames: method<MentionBatch>()(z.strictObject({ articleId: uuidSchema, state: z.enum(BULK_DECISIONS) })),
  /** Puts every mention a bulk decision changed back as it was (those changed since are left alone). */
  undoMentionBatch: method<{ restored: number }>()(z.strictObject({ batchId: uuidSchema })),

  getArticleQuotes: method<QuoteView[]>()(z.strictObject({ articleId: uuidSchema })),
  /** Marks a sentence of the article as said by a person. */
  addQuote: method<QuoteView[]>()(
    z.strictObject({ articleId: uuidSchema, sentence: z.string().trim().min(1, 'must not be empty').max(LIMITS.lead), entityId: uuidSchema }),
  ),
  /** Corrects who said it; the quote becomes the editor's and re-detection leaves it alone. */
  updateQuote: method<QuoteView[]>()(z.strictObject({ id: uuidSchema, entityId: uuidSchema })),
  /** Removes a quote; a detected one is not found again. */
  removeQuote: method<QuoteView[]>()(z.strictObject({ id: uuidSchema })),
  /** The register: quotes of one person (or everyone's), newest first, within the days given. */
  listQuotes: method<QuoteView[]>()(
    z.strictObject({
      entityId: uuidSchema.optional(),
      from: isoDaySchema.optional(),
      to: isoDaySchema.optional(),
      limit: z.number().int().min(1).max(LIMITS.listPage).optional(),
    }),
  ),
} as const;
