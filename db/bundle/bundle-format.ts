/**
 * A Dabir bundle (`.dabir`): one gzip-compressed file of JSON records, one per line, so it is
 * written and read as a stream whatever its size. The first line names the format and its
 * version; the last says how many records came before it, so a truncated file is noticed
 * before anything of it is merged. In between, in this order: tags, entities (with aliases)
 * and their revisions, articles with every revision (deleted ones as tombstones), links, and
 * mentions (the editors' decisions).
 *
 * Ids, revision lineage (`revId`, `parents`) and tombstones travel exactly, so two archives
 * merge by the same rules in either direction, and a later live sync can build on the same.
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, ENTITY_KINDS, LINK_TYPES, MENTION_STATES } from '../../common/constants';

export const BUNDLE_FORMAT = 'dabir-bundle';
export const BUNDLE_VERSION = 1;

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'must be a lower-case UUID');
const isoTime = z.string().min(10).max(40);
const revId = z.string().min(8).max(64);
/** A stored snapshot, as JSON text: carried verbatim so a revision is the same bytes everywhere. */
const snapshotText = z.string().refine((text) => {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}, 'snapshot must be a JSON object');

export const bundleHeaderSchema = z.object({
  kind: z.literal(BUNDLE_FORMAT),
  version: z.number().int(),
  createdAt: isoTime,
});

export const tagRecordSchema = z.strictObject({ type: z.literal('tag'), id: uuid, name: z.string().min(1).max(500), createdAt: isoTime });

export const entityRecordSchema = z.strictObject({
  type: z.literal('entity'),
  id: uuid,
  kind: z.enum(ENTITY_KINDS),
  canonical: z.string().min(1).max(500),
  description: z.string().max(5000),
  startsOn: z.string().nullable(),
  endsOn: z.string().nullable(),
  gazetteerKey: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
  aliases: z.array(z.strictObject({ name: z.string().min(1).max(500), ambiguous: z.boolean() })).max(1000),
});

/** An entity's history entry; a deleted entity travels as its history alone (ending in its delete). */
export const entityRevisionRecordSchema = z.strictObject({
  type: z.literal('entity-revision'),
  entityId: uuid,
  savedAt: isoTime,
  action: z.string().min(1).max(40),
  snapshot: snapshotText,
});

export const articleRecordSchema = z.strictObject({
  type: z.literal('article'),
  id: uuid,
  createdAt: isoTime,
  /** How many revision records follow (this article's whole history, oldest first). */
  revisions: z.number().int().min(1),
});

export const revisionRecordSchema = z.strictObject({
  type: z.literal('revision'),
  articleId: uuid,
  revId,
  parents: z.array(revId).max(2),
  savedAt: isoTime,
  snapshot: snapshotText,
});

export const linkRecordSchema = z.strictObject({
  type: z.literal('link'),
  sourceId: uuid,
  targetId: uuid,
  linkType: z.enum(LINK_TYPES),
  origin: z.enum(['inline', 'manual']),
  createdAt: isoTime,
});

export const mentionRecordSchema = z.strictObject({
  type: z.literal('mention'),
  articleId: uuid,
  entityId: uuid,
  state: z.enum(MENTION_STATES),
  origin: z.enum(['detected', 'inline', 'manual']),
  occurrences: z.number().int().min(0),
  updatedAt: isoTime,
});

export const endRecordSchema = z.strictObject({ type: z.literal('end'), records: z.number().int().min(0) });

export const bundleRecordSchema = z.discriminatedUnion('type', [
  tagRecordSchema,
  entityRecordSchema,
  entityRevisionRecordSchema,
  articleRecordSchema,
  revisionRecordSchema,
  linkRecordSchema,
  mentionRecordSchema,
  endRecordSchema,
]);

export type TagRecord = z.infer<typeof tagRecordSchema>;
export type EntityRecord = z.infer<typeof entityRecordSchema>;
export type EntityRevisionRecord = z.infer<typeof entityRevisionRecordSchema>;
export type ArticleRecord = z.infer<typeof articleRecordSchema>;
export type RevisionRecord = z.infer<typeof revisionRecordSchema>;
export type LinkRecord = z.infer<typeof linkRecordSchema>;
export type MentionRecord = z.infer<typeof mentionRecordSchema>;
export type BundleRecord = z.infer<typeof bundleRecordSchema>;

/** What an article's snapshot holds that a merge reads (the rest travels untouched). */
export interface ArticleSnapshot {
  headline?: string;
  kicker?: string;
  lead?: string;
  byline?: string;
  desk?: string;
  status?: (typeof ARTICLE_STATUSES)[number];
  datelinePlace?: string;
  datelineDate?: string | null;
  body?: unknown;
  tags?: string[];
  links?: Array<{ articleId: string; headline?: string; type: (typeof LINK_TYPES)[number]; origin: 'inline' | 'manual' }>;
  deletedAt?: string;
  [key: string]: unknown;
}
