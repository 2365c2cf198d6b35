/**
 * The one API contract between Dabir's front doors (Electron IPC, the browser shell's HTTP,
 * the CLI) and the archive services. Each method names a zod schema for its arguments, which
 * main validates on every call, and a result type. Nothing here may import electron, react,
 * node built-ins or db/: the renderer imports this file.
 */
import { z } from 'zod';
import type { Result } from './result';

export const ARTICLE_STATUSES = ['draft', 'edited', 'approved', 'published', 'archived'] as const;
export type ArticleStatus = (typeof ARTICLE_STATUSES)[number];

export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export const articleIdSchema = z.uuid({ error: 'id must be a UUID' });

/** A calendar day as ISO 8601 `YYYY-MM-DD` (Gregorian); the UI shows it in Solar Hijri. */
export const isoDaySchema = z.iso.date({ error: 'date must be YYYY-MM-DD' });

/** Lexical's serialized editor state. Its inner shape is checked by parsing it in main. */
export const serializedEditorStateSchema = z.looseObject({
  root: z.looseObject({
    type: z.literal('root'),
    children: z.array(z.looseObject({ type: z.string() })),
  }),
});
export type SerializedBody = z.infer<typeof serializedEditorStateSchema>;

/** Limits that keep a single malformed call from filling the disk or memory. */
export const LIMITS = {
  shortText: 500,
  lead: 5_000,
  bodyJsonBytes: 8 * 1024 * 1024,
  listPage: 500,
} as const;

const shortText = z.string().max(LIMITS.shortText);

/** The fields an editor edits; every one optional in a save, so a save sends what changed. */
export const articleFieldsSchema = z.strictObject({
  headline: shortText,
  kicker: shortText,
  lead: z.string().max(LIMITS.lead),
  byline: shortText,
  desk: shortText,
  status: articleStatusSchema,
  datelinePlace: shortText,
  datelineDate: isoDaySchema.nullable(),
  body: serializedEditorStateSchema.nullable(),
});
export type ArticleFields = z.infer<typeof articleFieldsSchema>;

export interface Article extends ArticleFields {
  id: string;
  /** Plain text derived from `body` in main (paragraphs separated by `\n`). */
  bodyText: string;
  /** Counts one per save; a save naming an older `baseRevision` is refused as a conflict. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}

export interface ArticleSummary {
  id: string;
  headline: string;
  desk: string;
  status: ArticleStatus;
  datelineDate: string | null;
  updatedAt: string;
  createdAt: string;
}

export interface ArticlePage {
  items: ArticleSummary[];
  total: number;
}

export interface SaveReceipt {
  id: string;
  revision: number;
  updatedAt: string;
}

export const DIGIT_STYLES = ['persian', 'latin'] as const;
export const LOCALES = ['fa', 'en'] as const;
export const preferencesSchema = z.strictObject({
  locale: z.enum(LOCALES),
  digits: z.enum(DIGIT_STYLES),
});
export type Preferences = z.infer<typeof preferencesSchema>;
export const DEFAULT_PREFERENCES: Preferences = { locale: 'fa', digits: 'persian' };

/** A method: the schema its arguments must pass, and (as a phantom) the type it resolves to. */
interface MethodSpec<Args extends z.ZodType, Res> {
  args: Args;
  /** Never read at run time; carries the result type for the typed clients. */
  result?: Res;
}
const method = <Res>() => <Args extends z.ZodType>(args: Args): MethodSpec<Args, Res> => ({ args });

export const apiContract = {
  listArticles: method<ArticlePage>()(
    z.strictObject({
      limit: z.number().int().min(1).max(LIMITS.listPage).optional(),
      offset: z.number().int().min(0).optional(),
    }),
  ),
  getArticle: method<Article>()(z.strictObject({ id: articleIdSchema })),
  createArticle: method<Article>()(z.strictObject({ fields: articleFieldsSchema.partial().optional() })),
  saveArticle: method<SaveReceipt>()(
    z.strictObject({
      id: articleIdSchema,
      fields: articleFieldsSchema.partial(),
      baseRevision: z.number().int().min(0).optional(),
    }),
  ),
  getPreferences: method<Preferences>()(z.strictObject({})),
  setPreferences: method<Preferences>()(z.strictObject({ preferences: preferencesSchema.partial() })),
} as const;

export type ApiContract = typeof apiContract;
export type ApiMethod = keyof ApiContract;
export const API_METHODS = Object.keys(apiContract) as ApiMethod[];

export type ArgsOf<M extends ApiMethod> = z.input<ApiContract[M]['args']>;
export type ResultOf<M extends ApiMethod> = NonNullable<ApiContract[M]['result']>;

/** What the renderer holds: one async function per method, errors as values. */
export type DabirApi = { [M in ApiMethod]: (args: ArgsOf<M>) => Promise<Result<ResultOf<M>>> };

/** What the archive services implement: same methods, validated arguments, may throw. */
export type ArchiveServices = { [M in ApiMethod]: (args: z.output<ApiContract[M]['args']>) => ResultOf<M> };
