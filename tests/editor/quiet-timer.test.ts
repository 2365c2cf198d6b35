import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { quietTimer } from '../../renderer/timing/quietTimer';

describe('quietTimer (the debounce of autosave, spelling and the word count)', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, the delay after the last of a run of pokes', () => {
    const run = vi.fn();
    const timer = quietTimer(1000, run);
    for (let key = 0; key < 10; key += 1) {
      timer.poke();
      vi.advanceTimersByTime(120);
    }
    // 1,200 ms since the first poke, 120 since the last: still waiting.
    expect(run).not.toHaveBeenCalled();
    expect(timer.pending).toBe(true);
    vi.advanceTimersByTime(879);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(timer.pending).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled, and runs again after a new poke', () => {
    const run = vi.fn();
    const timer = quietTimer(300, run);
    timer.poke();
    vi.advanceTimersByTime(200);
    timer.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
    timer.poke();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with another clock of activity, also waits the delay after its last tick (a side panel waits for a pause in the typing)', () => {
    const run = vi.fn();
    let typedAt = 0;
    const timer = quietTimer(1500, run, { alsoQuietSince: () => typedAt });
    timer.poke();
    // The writer goes on typing, a key every 120 ms, for three seconds after the poke.
    for (let elapsed = 0; elapsed < 3000; elapsed += 120) {
      typedAt = Date.now();
      vi.advanceTimersByTime(120);
    }
    expect(run).not.toHaveBeenCalled();
    const lastKey = typedAt;
    vi.advanceTimersByTime(lastKey + 1500 - Date.now() - 1);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with a gap of its own for the other clock, runs at once after a pause and waits out typing that goes on (the names after a save)', () => {
    const run = vi.fn();
    let typedAt = 0;
    const timer = quietTimer(0, run, { alsoQuietSince: () => typedAt, quietMs: 600 });
    // The writer stopped a second ago: the run comes straight away.
    typedAt = Date.now() - 1000;
    timer.poke();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);

    // Typing on, a key every 200 ms: no run until 600 ms after the last key.
    timer.poke();
    for (let elapsed = 0; elapsed < 2000; elapsed += 200) {
      typedAt = Date.now();
      vi.advanceTimersByTime(200);
    }
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(typedAt + 600 - Date.now() - 1);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(2);
  });

  it('with a quiet activity clock, runs on its own delay', () => {
    const run = vi.fn();
    const timer = quietTimer(1500, run, { alsoQuietSince: () => 0 });
    timer.poke();
    vi.advanceTimersByTime(1500);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('with a longest wait, runs that long after the first poke however the pokes keep coming, then counts afresh', () => {
    const run = vi.fn();
    const timer = quietTimer(1000, run, { maxWaitMs: 10_000 });
    const pokeFor = (ms: number) => {
      for (let elapsed = 0; elapsed < ms; elapsed += 120) {
        timer.poke();
        vi.advanceTimersByTime(120);
      }
    };
    pokeFor(9_960);
    expect(run).not.toHaveBeenCalled();
    pokeFor(120);
    expect(run).toHaveBeenCalledTimes(1);
    // The next run counts from the first poke after this one.
    pokeFor(9_600);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(2);
  });
});

