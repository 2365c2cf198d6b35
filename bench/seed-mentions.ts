/**
 * Gives a generated archive its entities and confirmed mentions, so related coverage is
 * measured on an archive shaped like a curated one. The generator's people, bodies, places
 * and countries are the entities (made through the entity store, so they are like any
 * other); an article mentions every one whose name its indexed text contains, found through
 * the search index so spelling variants count, and confirmed as the mention store records an
 * editor's confirmation (origin 'manual'). The mentions are written in bulk SQL: confirming
 * them one by one through the mention store would take as long again as writing the articles.
 */
import type { EntityKind } from '../common/constants';
import type { Archive } from '../db/archive';
import { aliasKey } from '../db/entities/alias-key';
import { buildFts5Match, parseSearchQuery } from '../db/search/query';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { COUNTRIES, ORGS, PEOPLE, PLACES } from './generate-articles';

interface BenchEntity {
  kind: EntityKind;
  canonical: string;
  aliases: string[];
}

/**
 * Besides the generator's lists, the foreign ministry: one sentence in eight cites it, so it
 * is confirmed in most articles — the very common entity (like Iran in a real archive) that
 * must not make related coverage slow.
 */
export const BENCH_ENTITIES: readonly BenchEntity[] = [
  ...PEOPLE.map((canonical) => ({ kind: 'person' as const, canonical, aliases: [canonical] })),
  ...ORGS.map((canonical) => ({ kind: 'organisation' as const, canonical, aliases: [canonical] })),
  ...PLACES.map((canonical) => ({ kind: 'place' as const, canonical, aliases: [canonical] })),
  ...COUNTRIES.map((canonical) => ({ kind: 'country' as const, canonical, aliases: [canonical] })),
  { kind: 'organisation', canonical: 'وزارت امور خارجه', aliases: ['وزارت امور خارجه', 'وزارت خارجه'] },
];

/** Returns how many entities have confirmed mentions, and how many mentions that makes. */
export function seedBenchMentions(archive: Archive, at: string): { entities: number; mentions: number } {
  const { db } = archive;
  // The starter gazetteer may already hold a name («ایران»): reuse its entity, as a user would.
  const byAlias = db.prepare<[string], { entity_id: string }>('SELECT entity_id FROM entity_aliases WHERE alias_key = ? LIMIT 1');
  const confirmMatches = db.prepare(`
    INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at)
    SELECT a.id, @entityId, 'confirmed', 'manual', 1, @at
      FROM article_search s JOIN articles a ON a.seq = s.rowid
     WHERE article_search MATCH @match AND a.deleted_at IS NULL
    ON CONFLICT (article_id, entity_id) DO UPDATE SET state = 'confirmed', origin = 'manual', updated_at = excluded.updated_at`);

  db.transaction(() => {
    for (const entity of BENCH_ENTITIES) {
      const existing = entity.aliases.map((alias) => byAlias.get(aliasKey(alias))?.entity_id).find((found) => found !== undefined);
      const id =
        existing ??
        archive.entities.create({ kind: entity.kind, canonical: entity.canonical, aliases: entity.aliases.map((name) => ({ name })) }).id;
      for (const alias of entity.aliases) {
        const match = buildFts5Match(parseSearchQuery(`"${alias}"`), SEARCH_COLUMNS);
        if (match !== null) confirmMatches.run({ entityId: id, match, at });
      }
    }
  })();
  const count = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
  return {
    entities: count("SELECT count(DISTINCT entity_id) AS n FROM mentions WHERE state = 'confirmed'"),
    mentions: count("SELECT count(*) AS n FROM mentions WHERE state = 'confirmed'"),
  };
}
