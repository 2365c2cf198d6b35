/**
 * Run as its own process by the concurrency test: opens the archive with its own connection
 * and saves one article many times, each save building on the revision it just read.
 * argv: dbPath articleId count label
 */
import { Archive } from '../../db/archive';

const [dbPath, id, count, label] = process.argv.slice(2);
const archive = Archive.open(dbPath);
let conflicts = 0;
for (let i = 0; i < Number(count); i += 1) {
  // Unconditional save (no baseRevision): both writers must succeed, in some order.
  archive.articles.save(id, { lead: `${label} ${i}` });
  // A save that names a stale revision must be refused, not silently merged.
  const seen = archive.articles.get(id).revision;
  try {
    archive.articles.save(id, { kicker: `${label} ${i}` }, { baseRevision: seen - 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'conflict') conflicts += 1;
    else throw error;
  }
}
archive.close();
process.stdout.write(JSON.stringify({ conflicts }));
