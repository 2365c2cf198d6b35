/**
 * Import and export throughput (issues 10 and 12): the same generated articles imported
 * through `dabir import`'s path (a .jsonl file, streamed, duplicates checked, a batch per
 * transaction, through the save path with its tags, mentions, fingerprints and revisions) and
 * written by raw better-sqlite3 inserts of the same rows into the same tables with the same
 * FTS5 index, keys by the same normaliser, in the same run. Then exports of the result.
 *
 *   npx tsx bench/import-bench.ts [--articles N] [--seed S]
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { ArticleStatus } from '../common/contract';
import { Archive } from '../db/archive';
import { exportArchive } from '../db/export/export-archive';
import { importPaths } from '../db/import/import-files';
import { articleFingerprint } from '../db/import/fingerprint';
import { plainTextBody } from '../db/import/plain-text-body';
import { detectMentions } from '../db/entities/detect-mentions';
import { tagKey } from '../db/tags';
import { facetText } from '../db/search/facets';
import { normalizeSearchKey } from '../db/search/normalize';
import { SEARCH_COLUMNS } from '../db/search/search-index';
import { generateArticle } from './generate-articles';

export interface ImportBenchResult {
  articles: number;
  jsonlBytes: number;
  importPerSecond: number;
  rawPerSecond: number;
  ratio: number;
  /** Raw inserts of the article, revision and search rows alone (no tags, mentions, fingerprint). */
  narrowRawPerSecond: number;
  narrowRatio: number;
  peakRssMb: number;
  exports: Record<string, { seconds: number; perSecond: number; bytes: number }>;
}

const RAW_BATCH = 250;
const EXPORT_SAMPLE = 300;

function seconds(started: number): number {
  return (performance.now() - started) / 1000;
}

/**
 * Raw inserts of the same rows the import writes: the article, its first revision, its search
 * row (keys by the same normaliser), its tags, the mentions detection finds (by the same
 * matcher) and its fingerprint; one transaction per batch, statements prepared once. With
 * `related: false`, only the article, revision and search rows (the narrower baseline).
 */
function rawInsert(path: string, lines: Array<Record<string, unknown>>, related: boolean): number {
  const archive = Archive.open(path);
  const db = archive.db;
  const columns = [...SEARCH_COLUMNS.spaced, ...SEARCH_COLUMNS.joined, 'facets'];
  const article = db.prepare(`INSERT INTO articles (id, headline, kicker, lead, byline, desk, status, dateline_place, dateline_date, body_json, body_text, revision, created_at, updated_at)
                              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const revision = db.prepare('INSERT INTO revisions (article_id, revision, saved_at, snapshot) VALUES (?, 1, ?, ?)');
  const search = db.prepare(`INSERT INTO article_search (rowid, ${columns.join(', ')}) VALUES (?, ${columns.map(() => '?').join(', ')})`);
  const tagOf = db.prepare('SELECT id FROM tags WHERE name_key = ?').pluck();
  const newTag = db.prepare('INSERT INTO tags (id, name, name_key, created_at) VALUES (?, ?, ?, ?)');
  const articleTag = db.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const mention = db.prepare("INSERT INTO mentions (article_id, entity_id, state, origin, occurrences, updated_at) VALUES (?, ?, 'suggested', 'detected', ?, ?)");
  const fingerprint = db.prepare('INSERT INTO article_fingerprints (article_id, fingerprint) VALUES (?, ?)');
  const matcher = archive.mentions.matcher();
  const started = performance.now();
  for (let start = 0; start < lines.length; start += RAW_BATCH) {
    db.transaction(() => {
      for (const line of lines.slice(start, start + RAW_BATCH)) {
        const id = randomUUID();
        const at = `${line.date as string}T00:00:00.000Z`;
        const bodyText = line.body as string;
        const body = JSON.stringify(plainTextBody(bodyText));
        const fields = [line.headline, line.kicker, line.lead, line.byline, line.desk, line.status, line.dateline, line.date] as string[];
        const { lastInsertRowid } = article.run(id, ...fields, body, bodyText, at, at);
        revision.run(id, at, JSON.stringify({ id, ...line, body: JSON.parse(body), revision: 1, createdAt: at, updatedAt: at }));
        const keys = [line.headline, line.kicker, line.lead, bodyText, line.byline].map((text) => normalizeSearchKey(text as string));
        search.run(BigInt(lastInsertRowid), ...keys.map((key) => key.spaced), ...keys.map((key) => key.joined), facetText({ desk: line.desk as string, status: line.status as ArticleStatus, day: line.date as string }));
        if (!related) continue;
        for (const name of line.tags as string[]) {
          const key = tagKey(name);
          let tagId = tagOf.get(key) as string | undefined;
          if (!tagId) newTag.run((tagId = randomUUID()), name, key, at);
          articleTag.run(id, tagId);
        }
        const text = { headline: line.headline as string, kicker: line.kicker as string, lead: line.lead as string, body: bodyText };
        for (const [entityId, found] of detectMentions(matcher, text)) mention.run(id, entityId, found.occurrences, at);
        fingerprint.run(id, articleFingerprint(line.headline as string, bodyText));
      }
    })();
  }
  const elapsed = seconds(started);
  archive.close();
  return elapsed;
}

export async function benchImport(count: number, seed: number, log: (line: string) => void): Promise<ImportBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dabir-import-bench-'));
  try {
    const lines = Array.from({ length: count }, (_, index) => {
      const { bodyText, datelinePlace, datelineDate, ...fields } = generateArticle(index, seed);
      return { ...fields, dateline: datelinePlace, date: datelineDate, body: bodyText };
    });
    const jsonl = join(dir, 'feed.jsonl');
    writeFileSync(jsonl, lines.map((line) => JSON.stringify(line)).join('\n'));
    const jsonlBytes = statSync(jsonl).size;

    // Raw first and ours second, then both again, so neither side has the warmer cache.
    const rawTimes = [rawInsert(join(dir, 'raw1.sqlite'), lines, true)];
    const narrowTimes = [rawInsert(join(dir, 'narrow1.sqlite'), lines, false)];
    const archivePath = join(dir, 'ours.sqlite');
    let archive = Archive.open(archivePath);
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const started = performance.now();
    const report = await importPaths(archive, [jsonl]);
    const ourSeconds = seconds(started);
    clearInterval(sampler);
    const imported = report.files[0].imported.length;
    if (imported !== count) throw new Error(`imported ${imported} of ${count}: ${JSON.stringify(report.files[0].errors.slice(0, 3))}`);
    rawTimes.push(rawInsert(join(dir, 'raw2.sqlite'), lines, true));
    narrowTimes.push(rawInsert(join(dir, 'narrow2.sqlite'), lines, false));
    const rawSeconds = Math.min(...rawTimes);
    const narrowSeconds = Math.min(...narrowTimes);

    const exports: ImportBenchResult['exports'] = {};
    // A page per article goes through Lexical's exporters one by one: a sample is enough.
    const sample = archive.db.prepare('SELECT id FROM articles ORDER BY seq LIMIT ?').pluck().all(EXPORT_SAMPLE) as string[];
    for (const format of ['jsonl', 'bundle', 'md', 'txt', 'html'] as const) {
      const perArticle = format === 'md' || format === 'txt' || format === 'html';
      const out = join(dir, `export-${format}${perArticle ? '' : `.${format}`}`);
      const begun = performance.now();
      const result = await exportArchive(archive, perArticle ? { ids: sample } : {}, format, { kind: perArticle ? 'folder' : 'file', path: out });
      const took = seconds(begun);
      const bytes = perArticle ? (result.files ?? []).reduce((sum, name) => sum + statSync(join(out, name)).size, 0) : statSync(out).size;
      exports[format] = { seconds: took, perSecond: result.articles / took, bytes };
    }
    archive.close();
    archive = undefined as unknown as Archive;

    const result: ImportBenchResult = {
      articles: count,
      jsonlBytes,
      importPerSecond: count / ourSeconds,
      rawPerSecond: count / rawSeconds,
      ratio: rawSeconds / ourSeconds,
      narrowRawPerSecond: count / narrowSeconds,
      narrowRatio: narrowSeconds / ourSeconds,
      peakRssMb: peakRss / 1024 / 1024,
      exports,
    };
    log(`Import of ${count.toLocaleString('en')} articles (${(jsonlBytes / 1048576).toFixed(1)} MB of .jsonl):`);
    log(`  dabir import: ${result.importPerSecond.toFixed(0)} articles/s`);
    log(`  raw inserts of the same rows (article, revision, search index, tags, detected mentions, fingerprint): ${result.rawPerSecond.toFixed(0)} articles/s; ratio ${result.ratio.toFixed(2)}× (target ≥ 0.7×)`);
    log(`  raw inserts of the article, revision and search rows alone: ${result.narrowRawPerSecond.toFixed(0)} articles/s; ratio ${result.narrowRatio.toFixed(2)}×`);
    log(`  peak RSS during the import: ${result.peakRssMb.toFixed(0)} MB`);
    for (const [format, figures] of Object.entries(exports)) {
      log(`  export ${format.padEnd(6)} ${figures.perSecond.toFixed(0).padStart(6)} articles/s (${(figures.bytes / 1048576).toFixed(1)} MB)`);
    }
    return result;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const { values } = parseArgs({ options: { articles: { type: 'string', default: '2000' }, seed: { type: 'string', default: '1376' } } });
  void benchImport(Number(values.articles), Number(values.seed), (line) => process.stdout.write(`${line}\n`));
}
