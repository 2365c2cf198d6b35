/**
 * The autosave's timing against a real archive (a SQLite file per test, reached through the
 * same dispatch as the shells): a second after the typing stops, at the latest ten seconds
 * into typing that never stops, and no chain of saves back to back when the writer types on
 * over a save in flight. Saves are held open by a gate, as a 20,000-word one is by its size.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchApiCall } from '../../api/dispatch';
import type { DabirApi } from '../../common/contract';
import { AUTOSAVE_DELAY_MS, AUTOSAVE_MAX_WAIT_MS, ArticleSaver } from '../../renderer/autosave/ArticleSaver';
import { openTempArchive, type TempArchive } from '../support/temp-archive';

const KEY_GAP_MS = 120;
const HEADLINE = 'نشست وزیران خارجه کشورهای عضو سازمان همکاری اسلامی در جاکارتا';

let temp: TempArchive;

interface HeldApi {
  api: DabirApi;
  /** Each saveArticle call, as it was sent. */
  saves: Array<{ headline?: string }>;
  /** Lets the saves sent so far reach the archive. */
  release(): void;
  hold: boolean;
}

/** The archive's API in this process; while `hold` is set, a save waits for `release()`. */
function heldApi(): HeldApi {
  let waiting: Array<() => void> = [];
  const held: HeldApi = {
    saves: [],
    hold: false,
    release() {
      for (const go of waiting) go();
      waiting = [];
    },
    api: new Proxy({} as DabirApi, {
      get: (_target, method: string) => async (args: { fields?: { headline?: string } }) => {
        if (method === 'saveArticle') {
          held.saves.push({ headline: args.fields?.headline });
          if (held.hold) await new Promise<void>((go) => waiting.push(go));
        }
        return dispatchApiCall(temp.archive.services, method, args);
      },
    }),
  };
  return held;
}

function saverFor(held: HeldApi): { saver: ArticleSaver; id: string } {
  const article = temp.archive.articles.create({ headline: 'پیش‌نویس' });
  return { saver: new ArticleSaver({ api: held.api, id: article.id, revision: article.revision, updatedAt: article.updatedAt }), id: article.id };
}

/** Types `text` into the headline one character at a time, a key every 120 ms. */
async function type(saver: ArticleSaver, from: string, text: string): Promise<string> {
  let value = from;
  for (const character of text) {
    value += character;
    saver.change({ headline: value });
    await vi.advanceTimersByTimeAsync(KEY_GAP_MS);
  }
  return value;
}

/** «نشست» typed, and its autosave sent and held open. */
async function saveInFlight(): Promise<{ held: HeldApi; saver: ArticleSaver; id: string }> {
  const held = heldApi();
  const { saver, id } = saverFor(held);
  await type(saver, '', 'نشست');
  held.hold = true;
  await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
  expect(held.saves).toEqual([{ headline: 'نشست' }]);
  return { held, saver, id };
}

describe('ArticleSaver (the autosave)', () => {
  beforeEach(() => {
    temp = openTempArchive();
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    temp.cleanup();
  });

  it('saves a second after the typing stops, not on every key', async () => {
    const held = heldApi();
    const { saver, id } = saverFor(held);
    const typed = await type(saver, '', HEADLINE.slice(0, 20));
    expect(held.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(held.saves).toHaveLength(1);
    expect(saver.getState().phase).toBe('saved');
    expect(temp.archive.articles.get(id).headline).toBe(typed);
  });

  it('leaves what is typed over a save in flight to the next quiet second instead of saving again at once', async () => {
    const { held, saver, id } = await saveInFlight();
    let typed = 'نشست';

    // The writer goes on while the save is out; it answers three keys later.
    typed = await type(saver, typed, ' وزی');
    held.hold = false;
    held.release();
    // Three more seconds of typing after it answered: no save comes back to back with it.
    typed = await type(saver, typed, 'ران خارجه کشورهای عضو');
    expect(held.saves).toHaveLength(1);
    expect(saver.getState().phase).toBe('dirty');
    expect(temp.archive.articles.get(id).headline).toBe('نشست');

    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(held.saves.map((save) => save.headline)).toEqual(['نشست', typed]);
    expect(saver.getState().phase).toBe('saved');
    expect(temp.archive.articles.get(id).headline).toBe(typed);
  });

  it('saves at least every ten seconds when the typing never pauses for a second', async () => {
    const held = heldApi();
    const { saver, id } = saverFor(held);
    let typed = '';
    // 25 seconds of typing, never a second's pause.
    while (typed.length * KEY_GAP_MS < 25_000) typed = await type(saver, typed, HEADLINE);
    expect(held.saves.length).toBeGreaterThanOrEqual(2);
    expect(held.saves.length).toBeLessThanOrEqual(3);
    const savedSoFar = temp.archive.articles.get(id).headline;
    expect(typed.startsWith(savedSoFar)).toBe(true);
    expect(typed.length - savedSoFar.length).toBeLessThanOrEqual(AUTOSAVE_MAX_WAIT_MS / KEY_GAP_MS + 1);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(temp.archive.articles.get(id).headline).toBe(typed);
  });

  it('flush sends everything, what was typed over a save in flight too', async () => {
    const { held, saver, id } = await saveInFlight();
    const typed = await type(saver, 'نشست', ' وزیران');
    const flushed = saver.flush();
    held.hold = false;
    held.release();
    expect(await flushed).toBe(true);
    expect(held.saves).toHaveLength(2);
    expect(saver.hasUnsavedChanges()).toBe(false);
    expect(temp.archive.articles.get(id).headline).toBe(typed);
  });
});
