/**
 * The shape of one line of a `.jsonl` import, with the messages a user sees when a line is
 * wrong. Unknown fields are refused rather than dropped, so a misspelt `kiker` is reported
 * instead of silently losing the kicker. `null` means "not given" (exports often write it).
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, articleIdSchema, isoDaySchema, LIMITS, LINK_TYPES, type LinkType } from '../../common/contract';
import { tagKey } from '../tags';

const isoDateTime = z.iso.datetime({ offset: true });
const DATE_EXAMPLES = '"2017-12-07" or "2017-12-07T10:30:00+03:30"';

const requiredText = (field: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be text`) });
const optionalText = (field: string, maxChars: number) =>
  z
    .string({ error: `${field} must be text` })
    .max(maxChars, { error: `${field} is longer than ${maxChars} characters` })
    .nullish();
/** Fields shown on one line: surrounding spaces are never meant. */
const optionalLine = (field: string) => optionalText(field, LIMITS.shortText).transform((value) => value?.trim());
const tagList = z
  .array(
    z
      .string({ error: 'tags must hold only text values' })
      .trim()
      .min(1, { error: 'tags may not hold empty text' })
      .max(LIMITS.shortText, { error: `a tag is longer than ${LIMITS.shortText} characters` })
      .refine((name) => tagKey(name) !== '', { error: (issue) => `the tag ${JSON.stringify(issue.input)} has no letters or digits` }),
    { error: 'tags must be a list of text values, like ["OIC", "Palestine"]' },
  )
  .max(LIMITS.tagsPerArticle, { error: `an article may have at most ${LIMITS.tagsPerArticle} tags` })
  .nullish();

/** A cross-reference to another article, by its id; resolved once the whole import is written. */
export interface JsonlLink {
  id: string;
  type: LinkType;
}

export const MAX_LINKS_PER_ARTICLE = 100;
const LINK_EXAMPLE = '["<article id>"] or [{"id": "<article id>", "type": "follow_up"}]';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An item of `links`: an article id (a link of type related) or {"id": ID, "type": TYPE} (the
 * type defaults to related). Returns the link, or a message saying what is wrong with it.
 */
function readLink(item: unknown): JsonlLink | string {
  if (typeof item === 'string') {
    const id = item.trim();
    if (UUID.test(id)) return { id: id.toLowerCase(), type: 'related' };
    const webAddress = /^[a-z][a-z0-9+.-]*:\/\//i.test(id);
    return `a link must be an article's id (a UUID), not ${webAddress ? 'the web address ' : ''}${JSON.stringify(item)}`;
  }
  if (typeof item !== 'object' || item === null || Array.isArray(item)) {
    return `a link must be an article id or {"id": …, "type": …}, not ${item === null ? 'null' : Array.isArray(item) ? 'a list' : `a ${typeof item}`}`;
  }
  const { id, type, ...rest } = item as Record<string, unknown>;
  const unknown = Object.keys(rest);
  if (unknown.length > 0) return `a link has only "id" and "type", not ${unknown.map((key) => JSON.stringify(key)).join(', ')}`;
  if (typeof id !== 'string' || !UUID.test(id.trim())) {
    return id === undefined ? 'a link needs the "id" of the article it points to' : `a link's "id" must be an article's id (a UUID), not ${JSON.stringify(id)}`;
  }
  if (type !== undefined && type !== null && !(LINK_TYPES as readonly unknown[]).includes(type)) {
    return `a link's "type" must be one of ${LINK_TYPES.join(', ')}, not ${JSON.stringify(type)}`;
  }
  return { id: id.trim().toLowerCase(), type: (type as LinkType | null | undefined) ?? 'related' };
}

const linkList = z
  .array(z.unknown(), { error: `links must be a list of article ids or {"id", "type"} objects, like ${LINK_EXAMPLE}` })
  .max(MAX_LINKS_PER_ARTICLE, { error: `an article may have at most ${MAX_LINKS_PER_ARTICLE} links` })
  .transform((items, context) => {
    const links: JsonlLink[] = [];
    items.forEach((item, index) => {
      const link = readLink(item);
      if (typeof link === 'string') context.addIssue({ code: 'custom', message: link, path: [index] });
      else links.push(link);
    });
    return links;
  })
  .nullish();

const jsonlArticleShape = {
  id: articleIdSchema.nullish(),
  headline: requiredText('headline')
    .trim()
    .min(1, { error: 'headline is required' })
    .max(LIMITS.shortText, { error: `headline is longer than ${LIMITS.shortText} characters` }),
  kicker: optionalLine('kicker'),
  lead: optionalText('lead', LIMITS.lead),
  byline: optionalLine('byline'),
  desk: optionalLine('desk'),
  status: z
    .enum(ARTICLE_STATUSES, {
      error: (issue) => `status must be one of ${ARTICLE_STATUSES.join(', ')}, not ${JSON.stringify(issue.input)}`,
    })
    .nullish(),
  /** The dateline's place; its day comes from `date`. */
  dateline: optionalLine('dateline'),
  date: z
    .string({ error: `date must be text, like ${DATE_EXAMPLES}` })
    .refine((value) => isoDaySchema.safeParse(value).success || isoDateTime.safeParse(value).success, {
      error: (issue) =>
        `date ${JSON.stringify(issue.input)} is not an ISO 8601 date or date-time, like ${DATE_EXAMPLES} (a date-time needs its time zone)`,
    })
    .nullish(),
  body: z.string({ error: 'body must be text (paragraphs separated by line breaks)' }).nullish(),
  /** Tag names, stored on the article (spelling variants are one tag). */
  tags: tagList,
  /**
   * Cross-references to other articles: ids (type related) or {"id", "type"} objects. They are
   * made once every file of the import is written, so a line may point at a later line.
   */
  links: linkList,
};

export const jsonlArticleSchema = z.strictObject(jsonlArticleShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} (known fields: ${Object.keys(jsonlArticleShape).join(', ')})`
      : undefined,
});

export type JsonlArticle = z.output<typeof jsonlArticleSchema>;
