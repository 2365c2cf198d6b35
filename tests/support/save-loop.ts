/**
 * Run as its own process by the concurrency test: opens the archive with its own connection
 * and saves one article many times, each save building on the revision it just read. When
 * the other process saved in between, the save is refused; like a window, it reads the
 * article again and saves on that. Prints how often that happened, and how many saves on a
 * revision it knew to be stale were refused (all of them, or something was overwritten).
 * argv: dbPath articleId count label
 */
import { Archive } from '../../db/archive';

const [dbPath, id, count, label] = process.argv.slice(2);
const archive = Archive.open(dbPath);
let conflicts = 0;
let retries = 0;
const isConflict = (error: unknown) => (error as { code?: string }).code === 'conflict';
for (let i = 0; i < Number(count); i += 1) {
  for (;;) {
    try {
      archive.articles.save(id, { lead: `${label} ${i}` }, { baseRevision: archive.articles.get(id).revision });
      break;
    } catch (error) {
      if (!isConflict(error)) throw error;
      retries += 1;
    }
  }
  // A save that names a stale revision must be refused, not silently merged.
  const seen = archive.articles.get(id).revision;
  try {
    archive.articles.save(id, { kicker: `${label} ${i}` }, { baseRevision: seen - 1 });
  } catch (error) {
    if (isConflict(error)) conflicts += 1;
    else throw error;
  }
}
archive.close();
process.stdout.write(JSON.stringify({ conflicts, retries }));
