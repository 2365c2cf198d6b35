/**
 * A timer that runs `run` once `delayMs` have passed since it was last poked: the debounce
 * the editor's plugins (spelling, word count, find) and autosave use on every keystroke.
 *
 * Poking does not clear and set a timer each time, which the plugins doing on every
 * keystroke cost a tenth of a millisecond or more of it: a poke only moves the due time, and
 * the one timer, when it fires early, waits again for the rest.
 */
export interface QuietTimer {
  /** (Re)starts the wait: `run` happens `delayMs` after the last poke. */
  poke(): void;
  /** Drops a pending run. */
  cancel(): void;
  /** Whether a run is pending. */
  readonly pending: boolean;
}

export interface QuietTimerOptions {
  /**
   * Another clock of activity (a `Date.now()` time, or 0): the run also waits until `delayMs`
   * have passed since it, so work that may wait (a side panel's refresh) keeps out of the way
   * of a writer who is still typing.
   */
  alsoQuietSince?: () => number;
  /** How long `alsoQuietSince` must have stood still; `delayMs` unless given. */
  quietMs?: number;
  /**
   * The longest a run may be put off: it happens at the latest this long after the first poke
   * since the last run, however the pokes keep coming (autosave during typing that never
   * pauses for a second).
   */
  maxWaitMs?: number;
}

export function quietTimer(delayMs: number, run: () => void, options: QuietTimerOptions = {}): QuietTimer {
  let due = 0;
  /** When the first poke since the last run (or cancel) came: what `maxWaitMs` counts from. */
  let firstPoke = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const fire = () => {
    // Date, not performance: the clock that tests' fake timers move along with setTimeout.
    const quietAt = Math.max(due, (options.alsoQuietSince?.() ?? 0) + (options.quietMs ?? delayMs));
    const wait = Math.min(quietAt, options.maxWaitMs === undefined ? Infinity : firstPoke + options.maxWaitMs) - Date.now();
    if (wait > 0) {
      timer = setTimeout(fire, wait);
      return;
    }
    timer = undefined;
    run();
  };
  return {
    poke() {
      const now = Date.now();
      due = now + delayMs;
      if (timer === undefined) {
        firstPoke = now;
        timer = setTimeout(fire, Math.min(delayMs, options.maxWaitMs ?? delayMs));
      }
    },
    cancel() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
    get pending() {
      return timer !== undefined;
    },
  };
}
