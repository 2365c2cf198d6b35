/**
 * The archivist's workbench in the contract: tags, entities and their aliases, mentions of
 * entities in articles, typed cross-references, and related coverage.
 */
import { z } from 'zod';
import { ENTITY_KINDS, LINK_TYPES, LIMITS, MENTION_STATES, type EntityKind, type LinkType, type MentionState } from '../constants';
import { method } from './method';
import { baseRevisionSchema, type RevisionChange } from './revision';

export const uuidSchema = z.uuid({ error: 'id must be a UUID' });
const isoDay = z.iso.date({ error: 'date must be YYYY-MM-DD' });
const name = z.string().trim().min(1, 'must not be empty').max(LIMITS.shortText);
const entityKindSchema = z.enum(ENTITY_KINDS);
const linkTypeSchema = z.enum(LINK_TYPES);

/** A tag as shown: its name as first written, and how many live articles carry it. */
export interface TagSummary {
  id: string;
  name: string;
  count: number;
}

export interface EntityAlias {
  name: string;
  /** Also a common word: detection offers it for confirmation, never tags it silently. */
  ambiguous: boolean;
}

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  canonical: string;
  /** Confirmed mentions in live articles. */
  mentionCount: number;
}

export interface Entity extends EntitySummary {
  description: string;
  aliases: EntityAlias[];
  /** For events: the days the event ran. */
  startsOn: string | null;
  endsOn: string | null;
  /** Set when the entity came from the starter gazetteer. */
  gazetteerKey: string | null;
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface EntityTimelineItem {
  articleId: string;
  headline: string;
  /** The story's day: dateline date, else the day it was written. */
  day: string;
  status: string;
}

export interface EntityPage {
  entity: Entity;
  /** Newest first. */
  timeline: EntityTimelineItem[];
  /** Entities most often confirmed in the same articles. */
  coMentioned: Array<{ entity: EntitySummary; articles: number }>;
}

export interface ArticleMention {
  entity: EntitySummary;
  state: MentionState;
  origin: 'detected' | 'inline' | 'manual';
  /** How many times its aliases occur in the article's text. */
  occurrences: number;
  /** The alias as written in the text, for the panel («ظریف»). */
  matchedText: string | null;
  /** Only ambiguous aliases matched: the editor's judgement is needed. */
  ambiguous: boolean;
}

export interface ArticleLinkView {
  /** The other article: the target for outgoing links, the source for backlinks. */
  articleId: string;
  headline: string;
  type: LinkType;
  origin: 'inline' | 'manual';
}

export interface RelatedArticle {
  id: string;
  headline: string;
  day: string;
  score: number;
  /** Why it is related, for the panel. */
  sharedEntities: string[];
  sharedTags: string[];
  sharedTerms: string[];
  /** Already cross-referenced from the open article. */
  linked: boolean;
}

export interface DetectionProgress {
  /** Articles examined so far in this pass. */
  done: number;
  total: number;
  /** Pass this back to continue; null when the pass is finished. */
  cursor: number | null;
  /** New suggestions made so far in this pass. */
  suggested: number;
}

export interface DeleteReport {
  /** What still pointed at the deleted thing and was removed (or would block, with 'refuse'). */
  references: Array<{ articleId: string; headline: string; kind: 'link' | 'backlink' | 'mention' | 'inline' }>;
  deleted: boolean;
}

/** What a link write answers: the source article's links and the revision the write made. */
export interface LinkWriteReceipt {
  links: ArticleLinkView[];
  revision: number;
  updatedAt: string;
}

/** A tag write over many articles: how many changed, and each one's new revision. */
export interface TagWriteReceipt {
  changed: number;
  revisions: RevisionChange[];
}

/** A restored article, as the list shows it (the editor reads it whole with getArticle). */
export interface RestoredArticle {
  id: string;
  headline: string;
  revision: number;
}

const aliasInput = z.strictObject({ name, ambiguous: z.boolean().optional() });
const referencePolicy = z.enum(['remove', 'refuse']);

export const workbenchMethods = {
  listTags: method<TagSummary[]>()(
    z.strictObject({ prefix: z.string().max(LIMITS.shortText).optional(), limit: z.number().int().min(1).max(1000).optional() }),
  ),
  renameTag: method<TagSummary>()(z.strictObject({ id: uuidSchema, name })),
  /** Each article that carried a source tag gets a revision; `revisions` says which. */
  mergeTags: method<TagSummary & { revisions: RevisionChange[] }>()(
    z.strictObject({ sourceIds: z.array(uuidSchema).min(1).max(100), targetId: uuidSchema }),
  ),
  /**
   * `baseRevisions`: the revision a caller holds of any of these articles (the one open in its
   * editor); the whole write is refused as a conflict when one of them is stale.
   */
  tagArticles: method<TagWriteReceipt>()(
    z.strictObject({
      articleIds: z.array(uuidSchema).min(1).max(LIMITS.listPage),
      add: z.array(name).max(50).optional(),
      remove: z.array(name).max(50).optional(),
      baseRevisions: z.record(uuidSchema, baseRevisionSchema).optional(),
    }),
  ),

  listEntities: method<{ items: EntitySummary[]; total: number }>()(
    z.strictObject({
      kind: entityKindSchema.optional(),
      query: z.string().max(LIMITS.shortText).optional(),
      limit: z.number().int().min(1).max(LIMITS.listPage).optional(),
      offset: z.number().int().min(0).optional(),
    }),
  ),
  /** Typeahead for `@`: entities whose canonical name or an alias starts with the text. */
  suggestEntities: method<EntitySummary[]>()(
    z.strictObject({ text: z.string().max(LIMITS.shortText), limit: z.number().int().min(1).max(50).optional() }),
  ),
  getEntity: method<EntityPage>()(z.strictObject({ id: uuidSchema })),
  createEntity: method<Entity>()(
    z.strictObject({
      kind: entityKindSchema,
      canonical: name,
      aliases: z.array(aliasInput).max(200).optional(),
      description: z.string().max(LIMITS.lead).optional(),
      startsOn: isoDay.nullable().optional(),
      endsOn: isoDay.nullable().optional(),
    }),
  ),
  updateEntity: method<Entity>()(
    z.strictObject({
      id: uuidSchema,
      baseRevision: z.number().int().min(1).optional(),
      canonical: name.optional(),
      kind: entityKindSchema.optional(),
      aliases: z.array(aliasInput).max(200).optional(),
      description: z.string().max(LIMITS.lead).optional(),
      startsOn: isoDay.nullable().optional(),
      endsOn: isoDay.nullable().optional(),
    }),
  ),
  mergeEntities: method<Entity>()(z.strictObject({ sourceId: uuidSchema, targetId: uuidSchema })),
  deleteEntity: method<DeleteReport>()(z.strictObject({ id: uuidSchema, references: referencePolicy })),

  getArticleMentions: method<ArticleMention[]>()(z.strictObject({ id: uuidSchema })),
  /** Finds mentions in the article's saved text; new ones become suggestions. */
  detectMentions: method<ArticleMention[]>()(z.strictObject({ id: uuidSchema })),
  setMentionState: method<ArticleMention[]>()(
    z.strictObject({ articleId: uuidSchema, entityId: uuidSchema, state: z.enum(MENTION_STATES) }),
  ),
  /** One step of detection over the whole archive; call again with the cursor until null. */
  detectMentionsInArchive: method<DetectionProgress>()(
    z.strictObject({ cursor: z.number().int().min(0).nullable(), batch: z.number().int().min(1).max(2000).optional() }),
  ),
  /** Suggestions awaiting review across the archive, for the archivist's review list. */
  listSuggestedMentions: method<Array<{ articleId: string; headline: string; mention: ArticleMention }>>()(
    z.strictObject({ limit: z.number().int().min(1).max(LIMITS.listPage).optional(), offset: z.number().int().min(0).optional() }),
  ),

  /** A new revision of the source article; `baseRevision` is the source's, as for a save. */
  addArticleLink: method<LinkWriteReceipt>()(
    z.strictObject({ sourceId: uuidSchema, targetId: uuidSchema, type: linkTypeSchema, baseRevision: baseRevisionSchema }),
  ),
  removeArticleLink: method<LinkWriteReceipt>()(
    z.strictObject({ sourceId: uuidSchema, targetId: uuidSchema, type: linkTypeSchema, baseRevision: baseRevisionSchema }),
  ),
  /** Typeahead for `[[`: articles by headline. */
  suggestArticles: method<Array<{ id: string; headline: string; day: string }>>()(
    z.strictObject({ text: z.string().max(LIMITS.shortText), excludeId: uuidSchema.optional(), limit: z.number().int().min(1).max(50).optional() }),
  ),
  relatedArticles: method<RelatedArticle[]>()(z.strictObject({ id: uuidSchema, limit: z.number().int().min(1).max(100).optional() })),
  deleteArticle: method<DeleteReport>()(z.strictObject({ id: uuidSchema, references: referencePolicy })),
  /** Undoes deleteArticle: the article and the cross-references it had, where both ends live. */
  restoreArticle: method<RestoredArticle>()(z.strictObject({ id: uuidSchema })),
  /** Undoes deleteEntity: its names, description and confirmed mentions in live articles. */
  restoreEntity: method<Entity>()(z.strictObject({ id: uuidSchema })),
} as const;

export type { EntityKind, LinkType, MentionState };
