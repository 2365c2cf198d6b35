/**
 * An open archive and the services the API contract names. Main, the browser shell, the CLI
 * and tests each build one of these from a path; nothing here is global, so it runs as well
 * inside a worker.
 */
import type { ArchiveContentServices } from '../common/contract';
import { ArticleDeletion } from './article-deletion';
import { ArticleStore } from './articles';
import { EntityStore } from './entities/entity-store';
import { ensureStarterGazetteer } from './entities/gazetteer-loader';
import { exportArticle } from './export/export-article';
import { MentionStore } from './entities/mention-store';
import { LinkStore } from './links';
import { openDatabase, type ArchiveDatabase, type OpenDatabaseOptions } from './open';
import { PreferenceStore } from './preferences';
import { RelatedArticles } from './related/related-articles';
import { ArticleSearch } from './search/search-articles';
import { SearchIndex } from './search/search-index';
import { TagStore } from './tags';

export class Archive {
  readonly articles: ArticleStore;
  readonly preferences: PreferenceStore;
  readonly searchIndex: SearchIndex;
  readonly search: ArticleSearch;
  readonly tags: TagStore;
  readonly links: LinkStore;
  readonly entities: EntityStore;
  readonly mentions: MentionStore;
  readonly related: RelatedArticles;
  readonly deletion: ArticleDeletion;
  readonly services: ArchiveContentServices;
  /** Run when the archive closes: a lock held for as long as it is open. */
  private readonly closeHooks: Array<() => void> = [];

  constructor(readonly db: ArchiveDatabase) {
    this.articles = new ArticleStore(db);
    this.preferences = new PreferenceStore(db);
    this.searchIndex = new SearchIndex(db);
    // A read-only archive is read as it is: nothing is stamped, loaded or upgraded in it.
    if (!db.readonly) this.searchIndex.stampIfEmpty();
    this.articles.addIndexer(this.searchIndex);
    this.search = new ArticleSearch(db, this.searchIndex);
    this.tags = new TagStore(db, this.articles);
    this.links = new LinkStore(db, this.articles);
    this.entities = new EntityStore(db, this.articles);
    this.mentions = new MentionStore(db, this.articles, this.entities);
    for (const relation of [this.tags, this.links, this.mentions]) this.articles.addRelation(relation);
    this.related = new RelatedArticles(db);
    this.deletion = new ArticleDeletion(db, this.articles, this.links);
    // The starter list of countries and organisations, on first open and after an upgrade.
    if (!db.readonly) ensureStarterGazetteer(db, this.entities);

    this.services = {
      listArticles: ({ limit, offset }) => this.articles.list(limit, offset),
      getArticle: ({ id }) => this.articles.get(id),
      createArticle: ({ fields }) => this.articles.create(fields),
      saveArticle: ({ id, fields, baseRevision }) => this.articles.save(id, fields, { baseRevision }),
      deleteArticle: ({ id, references }) => this.deletion.delete(id, references),
      restoreArticle: ({ id }) => {
        const { headline, revision } = this.deletion.restore(id);
        return { id, headline, revision };
      },
      suggestArticles: ({ text, excludeId, limit }) => this.search.suggestArticles(text, excludeId, limit),
      getPreferences: () => this.preferences.get(),
      setPreferences: ({ preferences }) => this.preferences.set(preferences),
      searchArticles: (request) => this.search.search(request),
      listDesks: () => this.search.desks(),
      getIndexStatus: () => this.searchIndex.status(),

      listTags: ({ prefix, limit }) => this.tags.list(prefix, limit),
      renameTag: ({ id, name }) => this.tags.rename(id, name),
      mergeTags: ({ sourceIds, targetId }) => this.tags.merge(sourceIds, targetId),
      tagArticles: ({ articleIds, add, remove }) => ({ changed: this.tags.tagArticles(articleIds, add, remove) }),

      addArticleLink: ({ sourceId, targetId, type }) => this.links.add(sourceId, targetId, type),
      removeArticleLink: ({ sourceId, targetId, type }) => this.links.remove(sourceId, targetId, type),
      relatedArticles: ({ id, limit }) => this.related.forArticle(id, limit),

      listEntities: (request) => this.entities.list(request),
      suggestEntities: ({ text, limit }) => this.entities.suggest(text, limit),
      getEntity: ({ id }) => this.entities.page(id),
      createEntity: (request) => this.entities.create(request),
      updateEntity: (request) => this.entities.update(request),
      mergeEntities: ({ sourceId, targetId }) => this.entities.merge(sourceId, targetId),
      deleteEntity: ({ id, references }) => this.entities.delete(id, references),
      restoreEntity: ({ id }) => this.entities.restore(id),

      getArticleMentions: ({ id }) => this.mentions.forArticle(id),
      detectMentions: ({ id }) => this.mentions.detect(id),
      setMentionState: ({ articleId, entityId, state }) => this.mentions.setState(articleId, entityId, state),
      detectMentionsInArchive: ({ cursor, batch }) => this.mentions.detectInArchive(cursor, batch),
      listSuggestedMentions: ({ limit, offset }) => this.mentions.suggestions(limit, offset),

      exportArticle: ({ id, format }) => exportArticle(this.articles.get(id), format),
    };
  }

  static open(path: string, options?: OpenDatabaseOptions): Archive {
    return new Archive(openDatabase(path, options));
  }

  /** Runs `hook` once the archive is closed (a lock to release with it). */
  onClose(hook: () => void): void {
    this.closeHooks.push(hook);
  }

  close(): void {
    try {
      this.db.close();
    } finally {
      for (const hook of this.closeHooks.splice(0)) hook();
    }
  }
}
