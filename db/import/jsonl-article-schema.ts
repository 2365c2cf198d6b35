/**
 * The shape of one line of a `.jsonl` import, with the messages a user sees when a line is
 * wrong. Unknown fields are refused rather than dropped, so a misspelt `kiker` is reported
 * instead of silently losing the kicker. `null` means "not given" (exports often write it).
 */
import { z } from 'zod';
import { ARTICLE_STATUSES, articleIdSchema, isoDaySchema, LIMITS } from '../../common/contract';

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
const textList = (field: string, example: string) =>
  z.array(z.string({ error: `${field} must hold only text values` }).trim().min(1, { error: `${field} may not hold empty text` }), {
    error: `${field} must be a list of text values, like ${example}`,
  }).nullish();

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
  // Validated so a broken export is caught now, but not stored: the archive has no tags or
  // links yet (they will be sets keyed by id, see docs/architecture.md). Ignored after this.
  tags: textList('tags', '["OIC", "Palestine"]'),
  links: textList('links', '["https://example.org/story"]'),
};

export const jsonlArticleSchema = z.strictObject(jsonlArticleShape, {
  error: (issue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')} (known fields: ${Object.keys(jsonlArticleShape).join(', ')})`
      : undefined,
});

export type JsonlArticle = z.output<typeof jsonlArticleSchema>;
