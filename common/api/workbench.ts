/**
 * The archivist's workbench in the contract: tags, entities and their aliases, mentions of
 * entities in articles, typed cross-references, and related coverage.
 */
import { z } from 'zod';
import { isoDaySchema, uuidSchema } from './shared-schemas';
import { ENTITY_KINDS, LINK_TYPES, LIMITS, MENTION_STATES, type EntityKind, type LinkType, type MentionState } from '../constants';
import { method } from './method';
import { baseRevisionSchema, type RebasedWrite, type RevisionChange } from './revision';

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

/** A post the entity (a person) held: «وزیر امور خارجه» of Iran, 2013–2021. */
export interface EntityRole {
  title: string;
  /** The country or organisation it was held in, when the archive knows it. */
  of: string | null;
  /** That entity's canonical name, for display. */
  ofName: string | null;
  /** Gregorian years; `to` null while in office (or unknown). */
  from: number | null;
  to: number | null;
}

export interface Entity extends EntitySummary {
  description: string;
  aliases: EntityAlias[];
  /** Newest first. */
  roles: EntityRole[];
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
  /**
   * The story's day: dateline date, else the day it was written; null for an imported story
   * that carried no date (the day of the import is not its day).
   */
  day: string | null;
  status: string;
}

/** An article where detection offers the entity and nobody has decided yet. */
export interface EntitySuggestion extends EntityTimelineItem {
  /** The words that matched, as written. */
  matchedText: string | null;
  ambiguous: boolean;
  occurrences: number;
}

export interface EntityPage {
  entity: Entity;
  /** Newest first. */
  timeline: EntityTimelineItem[];
  /** Entities most often confirmed in the same articles. */
  coMentioned: Array<{ entity: EntitySummary; articles: number }>;
  /** Articles where the entity is suggested and awaits review, newest first (at most a page). */
  suggestions: EntitySuggestion[];
  /** How many articles suggest it in all. */
  suggestionCount: number;
  /** What the person said, newest first (people only; empty for others). */
  quotes: QuoteView[];
}

/** Why detection offered a name: the alias it matched, and for an ambiguous one what supports it. */
export interface MentionEvidence {
  /** The stored alias that matched («ظریف»). */
  alias: string;
  /**
   * What in the text supports an ambiguous alias: the same entity named plainly elsewhere, a
   * word of its kind before it («کشور»), a list of its kind, its capital or country, a dateline,
   * a title or a reporting verb beside a person's name. `text` is those words as written.
   */
  support: { kind: 'same-entity' | 'cue' | 'list' | 'related' | 'dateline' | 'title' | 'speech'; text: string } | null;
  /** The post found beside a person's name: «وزیر امور خارجه اندونزی». */
  role: string | null;
}

/** A sentence attributed to a speaker. */
export interface QuoteView {
  id: string;
  articleId: string;
  headline: string;
  /** The person, when the archive knows them. */
  person: EntitySummary | null;
  /** The speaker as the text names them. */
  speaker: string;
  sentence: string;
  /** The story's day (null for an undated import) and place. */
  day: string | null;
  place: string;
  origin: 'detected' | 'manual';
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
  /** Why detection offers it; null when it is no longer found in the text (confirmed by hand, an @mention). */
  evidence: MentionEvidence | null;
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
  /** The story's day; null for a story imported without any date. */
  day: string | null;
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

/** An article's cross-references both ways, without the article (its body may be megabytes). */
export interface ArticleLinks {
  links: ArticleLinkView[];
  backlinks: ArticleLinkView[];
}

/** What a link write answers: the source article's links and the revision the write made. */
export interface LinkWriteReceipt extends RebasedWrite {
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
const year = z.number().int().min(1).max(9999);
const roleInput = z
  .strictObject({ title: name, of: uuidSchema.nullable().optional(), from: year.nullable().optional(), to: year.nullable().optional() })
  .refine((role) => role.from == null || role.to == null || role.to >= role.from, { error: 'a role cannot end before it starts' });
export type EntityRoleInput = z.input<typeof roleInput>;
const referencePolicy = z.enum(['remove', 'refuse']);

export const workbenchMethods = {
  listTags: method<TagSummary[]>()(
    z.strictObject({
      prefix: z.string().max(LIMITS.shortText).optional(),
      limit: z.number().int().min(1).max(LIMITS.maxPage).optional(),
      offset: z.number().int().min(0).optional(),
    }),
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
      limit: z.number().int().min(1).max(LIMITS.maxPage).optional(),
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
      roles: z.array(roleInput).max(100).optional(),
      description: z.string().max(LIMITS.lead).optional(),
      startsOn: isoDaySchema.nullable().optional(),
      endsOn: isoDaySchema.nullable().optional(),
    }),
  ),
  updateEntity: method<Entity>()(
    z.strictObject({
      id: uuidSchema,
      baseRevision: z.number().int().min(1).optional(),
      canonical: name.optional(),
      kind: entityKindSchema.optional(),
      aliases: z.array(aliasInput).max(200).optional(),
      /** Given roles replace the set. */
      roles: z.array(roleInput).max(100).optional(),
      description: z.string().max(LIMITS.lead).optional(),
      startsOn: isoDaySchema.nullable().optional(),
      endsOn: isoDaySchema.nullable().optional(),
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
  /** What the links panel re-reads after saves: the inline [[links]] the body made or dropped. */
  getArticleLinks: method<ArticleLinks>()(z.strictObject({ id: uuidSchema })),
  relatedArticles: method<RelatedArticle[]>()(z.strictObject({ id: uuidSchema, limit: z.number().int().min(1).max(100).optional() })),
  deleteArticle: method<DeleteReport>()(z.strictObject({ id: uuidSchema, references: referencePolicy })),
  /** Undoes deleteArticle: the article and the cross-references it had, where both ends live. */
  restoreArticle: method<RestoredArticle>()(z.strictObject({ id: uuidSchema })),
  /** Undoes deleteEntity: its names, description and confirmed mentions in live articles. */
  restoreEntity: method<Entity>()(z.strictObject({ id: uuidSchema })),
} as const;

export type { EntityKind, LinkType, MentionState };
