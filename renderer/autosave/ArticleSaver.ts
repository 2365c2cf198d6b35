/**
 * Saves one article's changes through `api.saveArticle`, a second after typing stops, and at
 * the latest ten seconds after the first unsaved change when the typing never stops.
 *
 * - Changes are coalesced: each field keeps only its latest value until it is sent.
 * - Saves are serialized: never two in flight for one article, and each names the revision
 *   from the previous receipt, so the archive can refuse a save built on a stale copy.
 * - What is typed while a save is in flight waits for the next quiet second like any change:
 *   sending it the moment the save answers would chain saves back to back for as long as the
 *   writer types on (each one, in a 20,000-word story, a serialisation on the renderer's thread
 *   and a tenth of a second of the archive's). `flush()` still sends everything, now.
 * - A failed save puts its fields back (under anything typed since), shows the error, and is
 *   retried on the next change or by `retry()`; nothing typed is ever dropped.
 * - The body is kept as Lexical's immutable EditorState and serialized only when it is sent,
 *   so typing does not pay for `toJSON()` on every keystroke.
 */
import type { ArticleFields, BodyRewrite, DabirApi, RebasedWrite, RevisionChange, SaveReceipt, SerializedBody } from '../../common/contract';
import type { ApiError, Result } from '../../common/result';
import { quietTimer } from '../timing/quietTimer';

export const AUTOSAVE_DELAY_MS = 1000;
/** The most typing a crash could take away from a writer who never pauses for a second. */
export const AUTOSAVE_MAX_WAIT_MS = 10_000;

export type SavePhase = 'saved' | 'dirty' | 'saving' | 'error';

export interface SaveState {
  phase: SavePhase;
  /** When the archive last confirmed a save (ISO timestamp). */
  savedAt: string;
  /** The last failure; kept while its changes are still unsaved. */
  error: ApiError | null;
}

type PlainFields = Omit<ArticleFields, 'body'>;
type PendingChanges = Partial<PlainFields> & { body?: () => SerializedBody | null };

export interface ArticleSaverOptions {
  api: DabirApi;
  id: string;
  revision: number;
  updatedAt: string;
  onSaved?: (receipt: SaveReceipt, fields: Partial<ArticleFields>) => void;
  /**
   * A write of this article was made over body rules the archive applied beside it (a name
   * merged or deleted): the editor applies them too, or its next save would undo them.
   */
  onRewritten?: (rewrites: readonly BodyRewrite[]) => void;
}

export class ArticleSaver {
  readonly id: string;
  private readonly api: DabirApi;
  private readonly onSaved?: ArticleSaverOptions['onSaved'];
  private readonly onRewritten?: ArticleSaverOptions['onRewritten'];
  private revision: number;
  private pending: PendingChanges = {};
  /** Saves a second after the last change; a keystroke only moves its due time. */
  private readonly timer = quietTimer(AUTOSAVE_DELAY_MS, () => void this.send(false), { maxWaitMs: AUTOSAVE_MAX_WAIT_MS });
  private draining: Promise<boolean> | null = null;
  /** A write beside the saver (see writeBeside) in flight: saves wait for its answer. */
  private besideWrite: Promise<unknown> | null = null;
  private state: SaveState;
  private readonly listeners = new Set<() => void>();

  constructor(options: ArticleSaverOptions) {
    this.api = options.api;
    this.id = options.id;
    this.revision = options.revision;
    this.onSaved = options.onSaved;
    this.onRewritten = options.onRewritten;
    this.state = { phase: 'saved', savedAt: options.updatedAt, error: null };
  }

  /** For `useSyncExternalStore`. */
  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = (): SaveState => this.state;

  hasUnsavedChanges(): boolean {
    return Object.keys(this.pending).length > 0 || this.draining !== null;
  }

  /** The revision the archive last confirmed for this window: what the next save names. */
  get baseRevision(): number {
    return this.revision;
  }

  /**
   * A write made elsewhere in the window (the list column's bulk tagging, a tag merge) gave
   * this article a new revision: taken up only when it was made on the revision this saver
   * holds, so nothing another window saved in between is overwritten unseen.
   */
  adopt(change: RevisionChange): boolean {
    if (change.id !== this.id || change.from !== this.revision) return false;
    this.revision = change.to;
    this.takeUpRewrites(change);
    return true;
  }

  private takeUpRewrites({ rebasedOver }: RebasedWrite): void {
    if (rebasedOver && rebasedOver.length > 0) this.onRewritten?.(rebasedOver);
  }

  /**
   * Runs a write that makes a revision of this article beside its saver (a cross-reference
   * added in the panel): pending changes are saved first, the write names the saver's revision,
   * no save starts until it answers, and the revision it made is taken up. A stale revision
   * makes the write a conflict, like a save.
   */
  async writeBeside<T extends RebasedWrite & { revision: number }>(write: (baseRevision: number) => Promise<Result<T>>): Promise<Result<T>> {
    await this.flush();
    const base = this.revision;
    const running = write(base).then((result) => {
      if (result.ok) this.adopt({ id: this.id, from: base, to: result.value.revision, rebasedOver: result.value.rebasedOver });
      return result;
    });
    this.besideWrite = running;
    try {
      return await running;
    } finally {
      this.besideWrite = null;
    }
  }

  /** Records changed fields; they are sent a second after the last change. */
  change(fields: Partial<PlainFields>): void {
    Object.assign(this.pending, fields);
    this.markDirty();
  }

  /** Records a new body; `serialize` runs only when the save is sent. */
  changeBody(serialize: () => SerializedBody | null): void {
    this.pending.body = serialize;
    this.markDirty();
  }

  /** Sends everything pending now. Resolves true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    return this.send(true);
  }

  /**
   * Sends what is pending: with `untilEmpty`, again and again until nothing is (a flush);
   * without, once, leaving what is typed meanwhile to the timer (the autosave).
   */
  private send(untilEmpty: boolean): Promise<boolean> {
    this.timer.cancel();
    if (this.besideWrite) return this.besideWrite.then(() => this.send(untilEmpty));
    if (this.draining) {
      // A drain in progress may already be past its last check for new changes.
      return this.draining.then(() => (this.hasPendingChanges() ? this.send(untilEmpty) : this.state.phase !== 'error'));
    }
    if (!this.hasPendingChanges()) return Promise.resolve(this.state.phase !== 'error');
    this.draining = this.drain(untilEmpty).finally(() => {
      this.draining = null;
    });
    return this.draining;
  }

  retry(): Promise<boolean> {
    return this.flush();
  }

  /**
   * After a conflict: the writer chose to keep this window's version. Re-reads the archive's
   * current revision and saves on top of it.
   */
  async overwrite(): Promise<boolean> {
    const current = await this.api.getArticle({ id: this.id });
    if (!current.ok) {
      this.setState({ ...this.state, phase: 'error', error: current.error });
      return false;
    }
    this.revision = current.value.revision;
    return this.flush();
  }

  /** Stops the timer; pending changes stay for a last `flush()`. */
  dispose(): void {
    this.timer.cancel();
    this.listeners.clear();
  }

  private hasPendingChanges(): boolean {
    return Object.keys(this.pending).length > 0;
  }

  private markDirty(): void {
    // An error stays on screen until a save actually succeeds or is attempted again.
    if (this.state.phase === 'saved') this.setState({ ...this.state, phase: 'dirty' });
    this.timer.poke();
  }

  private async drain(untilEmpty: boolean): Promise<boolean> {
    do {
      const taken = this.pending;
      this.pending = {};
      const fields = serializeChanges(taken);
      this.setState({ ...this.state, phase: 'saving' });
      const result = await this.api.saveArticle({ id: this.id, fields, baseRevision: this.revision });
      if (!result.ok) {
        // Anything typed while the save was in flight is newer than what failed.
        this.pending = { ...taken, ...this.pending };
        this.setState({ ...this.state, phase: 'error', error: result.error });
        return false;
      }
      this.revision = result.value.revision;
      this.takeUpRewrites(result.value);
      this.setState({
        phase: this.hasPendingChanges() ? 'dirty' : 'saved',
        savedAt: result.value.updatedAt,
        error: null,
      });
      this.onSaved?.(result.value, fields);
    } while (untilEmpty && this.hasPendingChanges());
    return true;
  }

  private setState(state: SaveState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

function serializeChanges(changes: PendingChanges): Partial<ArticleFields> {
  const { body, ...plain } = changes;
  return body ? { ...plain, body: body() } : plain;
}
