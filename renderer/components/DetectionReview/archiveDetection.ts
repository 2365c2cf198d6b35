/**
 * The archive-wide detection pass: detectMentionsInArchive called a batch at a time with the
 * cursor it returns until that is null, so the archive answers other calls (saves, the list)
 * between batches and the desk sees the progress. It lives outside React: the archivist may
 * open a suggested article while the pass runs, and come back to find it still going.
 */
import type { DabirApi, DetectionProgress } from '../../../common/contract';
import type { ApiError } from '../../../common/result';

export type DetectionPhase = 'idle' | 'running' | 'stopped' | 'done' | 'failed';

export interface DetectionState {
  phase: DetectionPhase;
  done: number;
  total: number;
  /** New suggestions made in this pass. */
  suggested: number;
  error: ApiError | null;
}

/** About a hundred steps whatever the archive's size, and never a long batch. */
function batchFor(total: number): number {
  return Math.min(500, Math.max(25, Math.ceil(total / 100)));
}

export class ArchiveDetection {
  private state: DetectionState = { phase: 'idle', done: 0, total: 0, suggested: 0, error: null };
  private readonly listeners = new Set<() => void>();
  /** Where a stopped pass can go on from. */
  private cursor: number | null = null;
  private generation = 0;

  constructor(private readonly api: Pick<DabirApi, 'detectMentionsInArchive'>) {}

  getState = (): DetectionState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Starts a pass from the first article (or, with `resume`, from where a stopped one stopped). */
  start(resume = false): void {
    if (this.state.phase === 'running') return;
    const from = resume && (this.state.phase === 'stopped' || this.state.phase === 'failed') ? this.cursor : null;
    const suggested = from === null ? 0 : this.state.suggested;
    const run = ++this.generation;
    this.set({ phase: 'running', done: from === null ? 0 : this.state.done, total: this.state.total, suggested, error: null });
    void this.loop(run, from);
  }

  /** Stops after the batch in flight; the archive keeps what that batch found. */
  stop(): void {
    if (this.state.phase !== 'running') return;
    this.generation += 1;
    this.set({ ...this.state, phase: 'stopped' });
  }

  private async loop(run: number, from: number | null): Promise<void> {
    let cursor = from;
    let batch = 50;
    for (;;) {
      const result = await this.api.detectMentionsInArchive({ cursor, batch });
      if (run !== this.generation) return;
      if (!result.ok) {
        this.cursor = cursor;
        this.set({ ...this.state, phase: 'failed', error: result.error });
        return;
      }
      const progress: DetectionProgress = result.value;
      cursor = progress.cursor;
      this.cursor = cursor;
      batch = batchFor(progress.total);
      const finished = cursor === null;
      this.set({
        phase: finished ? 'done' : 'running',
        done: finished ? progress.total : progress.done,
        total: progress.total,
        suggested: progress.suggested,
        error: null,
      });
      if (finished) return;
    }
  }

  private set(state: DetectionState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
