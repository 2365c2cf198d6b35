/**
 * Finding entities: the names browser's list, the `@` typeahead, and the entity page's
 * timeline and companions. All read through alias keys, so a name typed any way the
 * normaliser folds together («ظريف», «ظریف») finds the same entity.
 */
import type { ArchiveServices, EntityPage, EntitySummary } from '../../common/contract';
import { storyDayOrNull } from '../dating/story-day';
import type { ArchiveDatabase } from '../open';
import { cachedStatement } from '../statement-cache';
import { aliasKey } from './alias-key';
import { SUMMARY_COLUMNS, type EntityRepository } from './entity-repository';

type ListRequest = Parameters<ArchiveServices['listEntities']>[0];

/** The page shows this many articles of an entity's timeline (Iran's would be the archive). */
export const TIMELINE_LIMIT = 500;
const CO_MENTIONED_LIMIT = 15;
const DEFAULT_LIST_LIMIT = 100;

/** Prefix match on alias keys as an index range: [key, key + the highest code point). */
const KEY_RANGE = 'alias_key >= @key AND alias_key < @keyEnd';
/**
 * A name whose key starts with the typed key, or has a word that does: «عراقچی» finds «عباس
 * عراقچی». The word test reads every alias (thousands, not millions); the prefix is ranked first.
 */
const KEY_MATCH = `((${KEY_RANGE}) OR instr(alias_key, ' ' || @key) > 0)`;
const KIND_IS = '(@kind IS NULL OR e.kind = @kind)';
/** Longer than any name: among an entity's names, one that starts with the text counts as closer than a word inside one. */
const WORD_MATCH_PENALTY = 100_000;
const MATCHES_KEY = `e.id IN (SELECT entity_id FROM entity_aliases WHERE ${KEY_MATCH})`;
const LIST_ORDER = 'ORDER BY mentionCount DESC, e.canonical, e.seq LIMIT @limit OFFSET @offset';

interface KeyRange {
  key: string;
  keyEnd: string;
}
interface Page {
  limit: number;
  offset: number;
}
interface KindFilter {
  kind: string | null;
}

export class EntityReads {
  constructor(
    private readonly db: ArchiveDatabase,
    private readonly entities: EntityRepository,
  ) {}

  /** Entities whose canonical name or an alias starts with `query` (through the normaliser). */
  list({ kind, query, limit = DEFAULT_LIST_LIMIT, offset = 0 }: ListRequest): { items: EntitySummary[]; total: number } {
    const key = aliasKey(query ?? '');
    const filter = { kind: kind ?? null };
    if (key === '') {
      const items = cachedStatement<KindFilter & Page, EntitySummary>(this.db, `SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE ${KIND_IS} ${LIST_ORDER}`);
      const count = cachedStatement<KindFilter, { n: number }>(this.db, `SELECT count(*) AS n FROM entities e WHERE ${KIND_IS}`);
      return { items: items.all({ ...filter, limit, offset }), total: count.get(filter)!.n };
    }
    const range = { ...filter, ...keyRange(key) };
    const items = cachedStatement<KindFilter & KeyRange & Page, EntitySummary>(
      this.db,
      `SELECT ${SUMMARY_COLUMNS} FROM entities e WHERE ${KIND_IS} AND ${MATCHES_KEY} ${LIST_ORDER}`,
    );
    const count = cachedStatement<KindFilter & KeyRange, { n: number }>(this.db, `SELECT count(*) AS n FROM entities e WHERE ${KIND_IS} AND ${MATCHES_KEY}`);
    return { items: items.all({ ...range, limit, offset }), total: count.get(range)!.n };
  }

  /**
   * Typeahead for `@`: a name that IS the text first, then names starting with it, then names
   * with a word that does; the most confirmed first within each, then the closest completion
   * (the shortest of its names that match), so «سازمان همکاری» offers «سازمان همکاری اسلامی»
   * before «گروه دی‌هشت», whose matching name is «سازمان همکاری اقتصادی دی‌هشت».
   */
  suggest(text: string, limit = 10): EntitySummary[] {
    // The alias pass is the only one over many rows; counts are then taken for the matching
    // entities alone.
    return cachedStatement<KeyRange & { limit: number }, EntitySummary>(this.db, `
      SELECT ${SUMMARY_COLUMNS} FROM (
        SELECT entity_id, max(alias_key = @key) AS exact, max(${KEY_RANGE}) AS starts,
               min(length(alias_key) + CASE WHEN ${KEY_RANGE} THEN 0 ELSE ${WORD_MATCH_PENALTY} END) AS closest
          FROM entity_aliases WHERE ${KEY_MATCH} GROUP BY entity_id
      ) k JOIN entities e ON e.id = k.entity_id
      ORDER BY k.exact DESC, k.starts DESC, mentionCount DESC, k.closest, length(e.canonical), e.canonical LIMIT @limit`).all({ ...keyRange(aliasKey(text)), limit });
  }

  /** The page without what other stores add (suggestions, quotes): see entity-page.ts. */
  page(id: string): Pick<EntityPage, 'entity' | 'timeline' | 'coMentioned'> {
    const entity = this.entities.get(id);
    const timeline = cachedStatement<[string, number], EntityPage['timeline'][number]>(this.db, `
      SELECT a.id AS articleId, a.headline, ${storyDayOrNull('a')} AS day, a.status
        FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.entity_id = ? AND m.state = 'confirmed' AND a.deleted_at IS NULL
       ORDER BY day IS NULL, day DESC, a.seq DESC LIMIT ?`).all(id, TIMELINE_LIMIT);
    const coMentioned = cachedStatement<[string, number], { id: string; articles: number }>(this.db, `
      SELECT o.entity_id AS id, count(*) AS articles
        FROM mentions m
        JOIN articles a ON a.id = m.article_id AND a.deleted_at IS NULL
        JOIN mentions o ON o.article_id = m.article_id AND o.entity_id <> m.entity_id AND o.state = 'confirmed'
       WHERE m.entity_id = ? AND m.state = 'confirmed'
       GROUP BY o.entity_id ORDER BY articles DESC, o.entity_id LIMIT ?`)
      .all(id, CO_MENTIONED_LIMIT)
      .map(({ id: other, articles }) => ({ entity: this.entities.summary(other), articles }));
    return { entity, timeline, coMentioned };
  }
}

/** The index range of keys that start with `key`. */
function keyRange(key: string): KeyRange {
  return { key, keyEnd: `${key}\u{10FFFF}` };
}
