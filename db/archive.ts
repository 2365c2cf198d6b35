/**
 * An open archive and the services the API contract names. Main, the browser shell, the CLI
 * and tests each build one of these from a path; nothing here is global, so it runs as well
 * inside a worker.
 */
import type { ArchiveContentServices, JobStatus } from '../common/contract';
import { ArticleDeletion } from './article-deletion';
import { ArticleStore } from './articles';
import { entityPage } from './entities/entity-page';
import { EntityLifecycle } from './entities/entity-lifecycle';
import { EntityReads } from './entities/entity-reads';
import { EntityRepository } from './entities/entity-repository';
import { MentionBatches } from './entities/mention-batches';
import { ensureStarterGazetteer } from './entities/gazetteer-loader';
import { exportArticle } from './export/export-article';
import { FingerprintIndex } from './import/fingerprint';
import { MergeReviews } from './bundle/merge-reviews';
import { ExportFiles } from './transfer/export-files';
import { ImportUploads } from './transfer/import-staging';
import { ArticleHistoryService } from './history/article-history';
import { MentionStore } from './entities/mention-store';
import { archiveJobs, ONE_AT_A_TIME, withoutSession } from './jobs/archive-jobs';
import { JobRunner } from './jobs/job-runner';
import { LinkStore } from './links';
import { openDatabase, type ArchiveDatabase, type OpenDatabaseOptions } from './open';
import { PreferenceStore } from './preferences';
import { QuoteStore } from './quotes/quote-store';
import { RelatedArticles } from './related/related-articles';
import { ArticleSearch } from './search/search-articles';
import { SearchIndex } from './search/search-index';
import { NewsroomDictionary } from './spelling/newsroom-dictionary';
import { TagStore } from './tags';

export interface ArchiveOptions {
  /** Told of every change of a job's status: its start, its progress, its end. */
  onJobChange?: (status: JobStatus) => void;
  /**
   * Articles in the recent search index (RECENT_ARTICLES in db/search/search-index.ts): a
   * test makes it small enough to reach; the app uses the default.
   */
  recentSearchArticles?: number;
}

export class Archive {
  readonly articles: ArticleStore;
  readonly preferences: PreferenceStore;
  readonly searchIndex: SearchIndex;
  readonly fingerprints: FingerprintIndex;
  readonly search: ArticleSearch;
  readonly tags: TagStore;
  readonly links: LinkStore;
  readonly entities: EntityRepository;
  readonly entityReads: EntityReads;
  readonly entityLifecycle: EntityLifecycle;
  readonly mentions: MentionStore;
  readonly mentionBatches: MentionBatches;
  readonly quotes: QuoteStore;
  readonly related: RelatedArticles;
  readonly deletion: ArticleDeletion;
  readonly history: ArticleHistoryService;
  /** Long operations (index rebuild, bulk tagging, import, export) run here as jobs with progress and cancel. */
  readonly jobs: JobRunner;
  readonly dictionary: NewsroomDictionary;
  readonly services: ArchiveContentServices;
  /** An import's files from the app, while their pieces arrive. */
  readonly uploads: ImportUploads;
  /** Finished exports' files, until they have been read back. */
  readonly exportFiles: ExportFiles;
  readonly mergeReviews: MergeReviews;
  /** Run when the archive closes: a lock held for as long as it is open. */
  private readonly closeHooks: Array<() => void> = [];

  constructor(
    readonly db: ArchiveDatabase,
    options: ArchiveOptions = {},
  ) {
    this.articles = new ArticleStore(db);
    this.preferences = new PreferenceStore(db);
    this.dictionary = new NewsroomDictionary(db);
    this.searchIndex = new SearchIndex(db, options.recentSearchArticles);
    // A read-only archive is read as it is: nothing is stamped, loaded or upgraded in it.
    if (!db.readonly) this.searchIndex.stampIfEmpty();
    this.articles.addIndexer(this.searchIndex);
    this.fingerprints = new FingerprintIndex(db);
    this.articles.addIndexer(this.fingerprints);
    this.search = new ArticleSearch(db, this.searchIndex);
    this.tags = new TagStore(db, this.articles);
    this.links = new LinkStore(db, this.articles);
    this.entities = new EntityRepository(db);
    this.entityReads = new EntityReads(db, this.entities);
    this.entityLifecycle = new EntityLifecycle(db, this.entities, this.articles);
    this.mentions = new MentionStore(db, this.articles, this.entities);
    this.mentionBatches = new MentionBatches(db);
    this.quotes = new QuoteStore(db);
    this.mentions.onReading((articleId, reading, at) => this.quotes.applyReading(articleId, reading, at));
    for (const relation of [this.tags, this.links, this.mentions]) this.articles.addRelation(relation);
    this.related = new RelatedArticles(db);
    this.deletion = new ArticleDeletion(db, this.articles, this.links);
    this.history = new ArticleHistoryService(db, this.articles, this.links);
    // The starter list of countries and organisations, on first open and after an upgrade.
    if (!db.readonly) ensureStarterGazetteer(db, this.entities);
    this.uploads = new ImportUploads();
    this.exportFiles = new ExportFiles();
    this.mergeReviews = new MergeReviews(db);
    this.jobs = new JobRunner(withoutSession(archiveJobs(this)), { oneAtATime: ONE_AT_A_TIME, onChange: (status) => options.onJobChange?.(status) });

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

      listTags: ({ prefix, limit, offset }) => this.tags.list(prefix, limit, offset),
      renameTag: ({ id, name }) => this.tags.rename(id, name),
      mergeTags: ({ sourceIds, targetId }) => this.tags.merge(sourceIds, targetId),
      tagArticles: ({ articleIds, add, remove, baseRevisions }) => this.tags.tagArticles(articleIds, add, remove, baseRevisions),

      addArticleLink: ({ sourceId, targetId, type, baseRevision }) => this.links.add(sourceId, targetId, type, { baseRevision }),
      removeArticleLink: ({ sourceId, targetId, type, baseRevision }) => this.links.remove(sourceId, targetId, type, baseRevision),
      getArticleLinks: ({ id }) => this.links.of(id),
      relatedArticles: ({ id, limit }) => this.related.forArticle(id, limit),

      listEntities: (request) => this.entityReads.list(request),
      suggestEntities: ({ text, limit }) => this.entityReads.suggest(text, limit),
      getEntity: ({ id }) => entityPage(this, id),
      createEntity: (request) => this.entities.create(request),
      updateEntity: (request) => this.entities.update(request),
      mergeEntities: ({ sourceId, targetId }) => this.entityLifecycle.merge(sourceId, targetId),
      deleteEntity: ({ id, references }) => this.entityLifecycle.delete(id, references),
      restoreEntity: ({ id }) => this.entityLifecycle.restore(id),

      getArticleMentions: ({ id }) => this.mentions.forArticle(id),
      detectMentions: ({ id }) => this.mentions.detect(id),
      setMentionState: ({ articleId, entityId, state }) => this.mentions.setState(articleId, entityId, state),
      detectMentionsInArchive: ({ cursor, batch }) => this.mentions.detectInArchive(cursor, batch),
      listSuggestedMentions: ({ limit, offset }) => this.mentions.suggestions(limit, offset),

      exportArticle: ({ id, format }) => exportArticle(this.articles.get(id), format),

      beginImport: ({ files }) => this.uploads.begin(files),
      uploadImportChunk: ({ uploadId, file, offset, data }) => this.uploads.write(uploadId, file, offset, data),
      discardImport: ({ uploadId }) => this.uploads.discard(uploadId),
      readExportChunk: ({ fileId, offset, length }) => this.exportFiles.read(fileId, offset, length),
      listMergeReviews: ({ limit, offset }) => this.mergeReviews.list(limit, offset),
      resolveMergeReview: ({ id }) => ({ remaining: this.mergeReviews.resolve(id) }),
      getArticleHistory: ({ id }) => this.history.history(id),
      compareRevisions: ({ id, from, to }) => this.history.compare(id, from, to),
      revertArticle: ({ id, revision, baseRevision }) => this.history.revert(id, revision, baseRevision),
      startJob: (request) => this.jobs.start(request),
      getJob: ({ id }) => this.jobs.get(id),
      cancelJob: ({ id }) => this.jobs.cancel(id),
      listJobs: ({ kind }) => this.jobs.list(kind),
      // Opened in this process, the archive is never reopened behind the caller's back; the
      // worker host (host/) answers this itself.
      getArchiveRestarts: () => ({ count: 0, last: null, available: true }),
      getSpellingLexicon: () => this.dictionary.lexicon(),
      addDictionaryWord: ({ word }) => this.dictionary.add(word),
      getNameProposals: ({ articleId }) => this.mentions.proposalsFor(articleId),
      acceptNameProposal: ({ articleId, name, kind }) => this.mentions.acceptProposal(articleId, name, kind),
      dismissNameProposal: ({ articleId, name }) => this.mentions.dismissProposal(articleId, name),
      listSuggestedNames: ({ limit, offset }) => this.mentions.suggestedNames(limit, offset),
      decideEntityEverywhere: ({ entityId, state }) => this.mentionBatches.decideEntity(entityId, state),
      decideArticleNames: ({ articleId, state }) => this.mentionBatches.decideArticle(articleId, state),
      undoMentionBatch: ({ batchId }) => this.mentionBatches.undo(batchId),
      getArticleQuotes: ({ articleId }) => this.quotes.forArticle(articleId),
      addQuote: ({ articleId, sentence, entityId }) => this.quotes.add(articleId, sentence, entityId),
      updateQuote: ({ id, entityId }) => this.quotes.update(id, entityId),
      removeQuote: ({ id }) => this.quotes.removeQuote(id),
      listQuotes: (filter) => this.quotes.list(filter),
    };
  }

  static open(path: string, options: OpenDatabaseOptions & ArchiveOptions = {}): Archive {
    return new Archive(openDatabase(path, options), options);
  }

  /** Starts the index rebuild when the index was made by an older normaliser; null when current. */
  rebuildIndexIfNeeded(): JobStatus | null {
    return this.searchIndex.needsRebuild() ? this.jobs.start({ kind: 'rebuildIndex', input: {} }) : null;
  }

  /** Runs `hook` once the archive is closed (a lock to release with it). */
  onClose(hook: () => void): void {
    this.closeHooks.push(hook);
  }

  close(): void {
    // A job still running stops at its next batch; the temporary files go now.
    this.uploads.dispose();
    this.exportFiles.dispose();
    try {
      this.db.close();
    } finally {
      for (const hook of this.closeHooks.splice(0)) hook();
    }
  }

  /** Stops running jobs (each keeps what it finished), then closes. */
  async closeAfterJobs(): Promise<void> {
    await this.jobs.stopAll();
    this.close();
  }
}
