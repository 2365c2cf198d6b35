/**
 * What the `@` and `[[` typeaheads share: asking the archive for what the typed text may name
 * (the newest question's answer wins), closing when the writer has plainly moved on, and
 * staying closed after Escape for that trigger.
 *
 * "Moved on": a query that found nothing and was then followed by a space is ordinary prose
 * («@ساز مان …» was not a name), so the menu closes instead of following the sentence.
 *
 * While the answer to the latest keystroke is out, the previous list stays on screen (no
 * flicker); Enter or Tab pressed then waits until the menu shows the answer to the text as
 * typed and picks from it, so a fast writer never gets the first name of a list for fewer
 * letters. "Shows" means committed: Lexical moves the menu's match along in a transition, and
 * its key handlers pick with the match and options of the last commit, so a pick is only let
 * through (or made) once both the answer and the match on screen are the text as typed.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { MenuTextMatch, TriggerFn } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  COMMAND_PRIORITY_NORMAL,
  KEY_ENTER_COMMAND,
  KEY_ESCAPE_COMMAND,
  KEY_TAB_COMMAND,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';

/** Where a trigger was typed: the text node holding it and the trigger's offset in it. */
interface TriggerPlace {
  nodeKey: string;
  leadOffset: number;
}

export interface ReferenceTypeahead<T> {
  triggerFn: TriggerFn;
  onQueryChange: (query: string | null) => void;
  /** The latest answer while the menu is open; null before the first one comes. */
  results: T[] | null;
  /** The text `results` answer, which may be fewer letters than typed so far. */
  answeredQuery: string | null;
  /**
   * For the menu to call after each commit: which text its options answer, which typed text
   * its match holds, and how to pick one of its options by index.
   */
  menuShown: (answered: string | null, matched: string, pick: (index: number) => void) => void;
  /** For the typeahead's onClose: a pick still waiting is dropped with the menu. */
  menuClosed: () => void;
}

/** A query that found nothing; anything typed past it after a space is prose. */
function isPastDeadEnd(query: string, deadEnds: ReadonlySet<string>): boolean {
  for (const dead of deadEnds) {
    if (query.length > dead.length && query.startsWith(dead) && /\s/.test(query.slice(dead.length))) return true;
  }
  return false;
}

function $triggerPlace(match: MenuTextMatch): TriggerPlace | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  return { nodeKey: selection.anchor.key, leadOffset: match.leadOffset };
}

export function useReferenceTypeahead<T>(
  match: (text: string) => MenuTextMatch | null,
  search: (query: string) => Promise<T[] | null>,
): ReferenceTypeahead<T> {
  const [editor] = useLexicalComposerContext();
  const [answer, setAnswer] = useState<{ query: string; items: T[] } | null>(null);
  const searchRef = useRef(search);
  searchRef.current = search;
  const current = useRef<{ query: string | null; place: TriggerPlace | null }>({ query: null, place: null });
  const dismissed = useRef<TriggerPlace | null>(null);
  const deadEnds = useRef(new Set<string>());
  // Answers for the menu now open; dropped when it closes, so a reopened menu asks afresh.
  const cache = useRef(new Map<string, T[]>());
  // What the menu has on screen, as committed (not as rendered: a render may never commit).
  const onScreen = useRef<{ answered: string | null; matched: string; pick: (index: number) => void } | null>(null);
  // Questions are numbered; an answer is shown unless a later question's answer already is.
  const asked = useRef(0);
  const shown = useRef(0);
  // Enter (or Tab) came while the list on screen was for fewer letters than typed.
  const pickOnArrival = useRef(false);

  // Runs inside the typeahead's editor.read, so the selection can be read here.
  const triggerFn = useCallback<TriggerFn>(
    (text) => {
      const found = match(text);
      const place = found ? $triggerPlace(found) : null;
      current.current.place = place;
      if (!found || !place) {
        // The trigger is gone (deleted, or the caret left it): a new one may open the menu.
        if (!found) dismissed.current = null;
        return null;
      }
      const gone = dismissed.current;
      if (gone && gone.nodeKey === place.nodeKey && gone.leadOffset === place.leadOffset) return null;
      if (isPastDeadEnd(found.matchingString, deadEnds.current)) return null;
      return found;
    },
    [match],
  );

  /** The menu on screen answers, and would pick for, exactly the text typed after the trigger. */
  function isFresh(): boolean {
    const typed = current.current.query;
    const shownNow = onScreen.current;
    return typed !== null && shownNow !== null && shownNow.answered === typed && shownNow.matched === typed;
  }

  const onQueryChange = useCallback((query: string | null) => {
    if (query === current.current.query) return;
    current.current.query = query;
    if (query === null) {
      cache.current.clear();
      pickOnArrival.current = false;
      // Answers still on their way belong to the menu that just closed.
      shown.current = asked.current;
      onScreen.current = null;
      setAnswer(null);
      return;
    }
    const question = ++asked.current;
    const show = (items: T[]) => {
      if (question <= shown.current) return;
      shown.current = question;
      setAnswer({ query, items });
    };
    const known = cache.current.get(query);
    if (known) return show(known);
    void searchRef.current(query).then((items) => {
      if (items === null) return;
      cache.current.set(query, items);
      if (items.length === 0) deadEnds.current.add(query);
      else deadEnds.current.delete(query);
      // Prose and typos accumulate; a long-lived editor should not keep them all.
      if (deadEnds.current.size > 200) deadEnds.current.clear();
      show(items);
    });
  }, []);

  useEffect(() => {
    // Runs before the menu's own key handlers (they are at low priority).
    const holdUntilFresh = (event: KeyboardEvent | null) => {
      if (current.current.query === null || isFresh() || (event && event.shiftKey)) return false;
      event?.preventDefault();
      pickOnArrival.current = true;
      return true;
    };
    return mergeRegister(
      editor.registerCommand(KEY_ENTER_COMMAND, holdUntilFresh, COMMAND_PRIORITY_NORMAL),
      editor.registerCommand(KEY_TAB_COMMAND, holdUntilFresh, COMMAND_PRIORITY_NORMAL),
      // Escape closes the menu (the menu's own handler does that); remember which trigger it
      // was, so the next keystroke does not bring the menu straight back.
      editor.registerCommand(
        KEY_ESCAPE_COMMAND,
        () => {
          if (current.current.query !== null && current.current.place) dismissed.current = current.current.place;
          pickOnArrival.current = false;
          return false;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    );
  }, [editor]);

  const menuShown = useCallback((answered: string | null, matched: string, pick: (index: number) => void) => {
    onScreen.current = { answered, matched, pick };
    // A pick was waiting for this: the menu now shows the answer to the text as typed.
    if (pickOnArrival.current && isFresh()) {
      pickOnArrival.current = false;
      pick(0);
    }
  }, []);

  const menuClosed = useCallback(() => {
    pickOnArrival.current = false;
    onScreen.current = null;
  }, []);

  // While the newest question is out, the last answer stays on screen rather than flickering.
  return { triggerFn, onQueryChange, results: answer?.items ?? null, answeredQuery: answer?.query ?? null, menuShown, menuClosed };
}
