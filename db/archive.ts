/**
 * An open archive and the services the API contract names. Main, the browser shell, the CLI
 * and tests each build one of these from a path; nothing here is global, so it runs as well
 * inside a worker.
 */
import type { ArchiveServices } from '../common/contract';
import { ArticleStore } from './articles';
import { openDatabase, type ArchiveDatabase, type OpenDatabaseOptions } from './open';
import { PreferenceStore } from './preferences';
import { ArticleSearch } from './search/search-articles';
import { SearchIndex } from './search/search-index';

export class Archive {
  readonly articles: ArticleStore;
  readonly preferences: PreferenceStore;
  readonly searchIndex: SearchIndex;
  readonly search: ArticleSearch;
  readonly services: ArchiveServices;

  constructor(readonly db: ArchiveDatabase) {
    this.articles = new ArticleStore(db);
    this.preferences = new PreferenceStore(db);
    this.searchIndex = new SearchIndex(db);
    this.searchIndex.stampIfEmpty();
    this.articles.addIndexer(this.searchIndex);
    this.search = new ArticleSearch(db, this.searchIndex);
    this.services = {
      listArticles: ({ limit, offset }) => this.articles.list(limit, offset),
      getArticle: ({ id }) => this.articles.get(id),
      createArticle: ({ fields }) => this.articles.create(fields),
      saveArticle: ({ id, fields, baseRevision }) => this.articles.save(id, fields, { baseRevision }),
      getPreferences: () => this.preferences.get(),
      setPreferences: ({ preferences }) => this.preferences.set(preferences),
      searchArticles: (request) => this.search.search(request),
      listDesks: () => this.search.desks(),
      getIndexStatus: () => this.searchIndex.status(),
    };
  }

  static open(path: string, options?: OpenDatabaseOptions): Archive {
    return new Archive(openDatabase(path, options));
  }

  close(): void {
    this.db.close();
  }
}
