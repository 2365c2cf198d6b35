/**
 * Spelling, offline: the words of the blocks on screen are checked in the spelling worker a
 * moment after typing stops (never on the keystroke), and each unknown word is underlined by a
 * wavy line drawn over the text, so the text itself is never touched. A half-space-joined word
 * is one word. Right-click on an underlined word offers suggestions, adding it to the newsroom
 * dictionary, or ignoring it: the same menu in Electron and the browser shell.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNearestNodeFromDOMNode, $isTextNode } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { errorKey } from '../../../i18n/messages';
import type { ErrorCode } from '../../../../common/result';
import { blocksNearViewport, frameThrottled, layerOrigin, textNodesOf, watchLayout, type Box } from '../../overlay/visibleText';
import { useApi } from '../../../api/ApiContext';
import { spellCheckerFor, type SpellChecker } from '../../spelling/spellChecker';
import { quietTimer } from '../../../timing/quietTimer';
import { languageOf, WORD_PATTERN } from '../../spelling/spellingRules';
import './SpellingPlugin.css';

const CHECK_DELAY_MS = 400;
/** The underline's thickness in CSS pixels (SpellingPlugin.css draws it this wide). */
const UNDERLINE_WIDTH = 2;

interface Underline extends Box {
  word: string;
}

interface WordAt {
  text: Text;
  start: number;
  end: number;
  word: string;
}

interface MenuState {
  at: WordAt;
  left: number;
  top: number;
  suggestions: string[] | null;
  problem: string | null;
}

function visibleWords(root: HTMLElement): WordAt[] {
  const words: WordAt[] = [];
  for (const block of blocksNearViewport(root)) {
    for (const text of textNodesOf(block)) {
      for (const match of text.data.matchAll(WORD_PATTERN)) {
        if (languageOf(match[0]) === null) continue;
        words.push({ text, start: match.index, end: match.index + match[0].length, word: match[0] });
      }
    }
  }
  return words;
}

function underlinesOf(spellChecker: SpellChecker, words: WordAt[], origin: DOMRect): Underline[] {
  const out: Underline[] = [];
  for (const at of words) {
    if (!spellChecker.isMisspelled(at.word)) continue;
    const range = document.createRange();
    range.setStart(at.text, at.start);
    range.setEnd(at.text, at.end);
    for (const rect of Array.from(range.getClientRects())) {
      if (rect.width > 0) out.push({ word: at.word, left: rect.left - origin.left, top: rect.top - origin.top, width: rect.width, height: rect.height });
    }
  }
  return out;
}

/** The word under a point of the page, if it is one the checker underlines. */
function misspelledWordAt(spellChecker: SpellChecker, x: number, y: number): WordAt | null {
  const caret = document.caretRangeFromPoint?.(x, y);
  const node = caret?.startContainer;
  if (!(node instanceof Text)) return null;
  for (const match of node.data.matchAll(WORD_PATTERN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (caret!.startOffset >= start && caret!.startOffset <= end && spellChecker.isMisspelled(match[0])) {
      return { text: node, start, end, word: match[0] };
    }
  }
  return null;
}

export function SpellingPlugin() {
  const spellChecker = spellCheckerFor(useApi());
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [underlines, setUnderlines] = useState<Underline[]>([]);
  const [menu, setMenu] = useState<MenuState | null>(null);
  const redrawRef = useRef<() => void>(() => undefined);
  const layerRef = useRef<SVGSVGElement>(null);

  useEffect(() => {
    let alive = true;
    let shown = true;
    // Hidden by opacity, which is the layer's alone: `hidden` (display: none) took a screenful
    // of underlines out of the layout tree on the first keystroke after a check (0.7 ms of
    // style and layout), and `visibility`, which the underlines inherit, restyled each of them
    // (3–6 ms). The layer takes no pointer events, so a transparent one is not there for the user.
    const showLayer = (show: boolean) => {
      if (show === shown || !layerRef.current) return;
      shown = show;
      layerRef.current.style.opacity = show ? '' : '0';
    };
    const measure = () => {
      const root = editor.getRootElement();
      const layer = root?.parentElement;
      if (!root || !layer) return { words: [] as WordAt[], origin: null };
      return { words: visibleWords(root), origin: layerOrigin(layer) };
    };
    const redraw = frameThrottled(() => {
      // Text changed since (a keystroke, a scroll): the check due after it redraws. Measuring
      // now, when a slow answer from the worker lands in the middle of typing, costs a forced
      // layout and a box per underlined word in a keystroke's frame (3-8 ms on the bench).
      if (check.pending) return;
      const { words, origin } = measure();
      if (origin) setUnderlines(underlinesOf(spellChecker, words, origin));
      showLayer(true);
    });
    const check = quietTimer(CHECK_DELAY_MS, () => {
      const { words } = measure();
      void spellChecker.check(words.map((at) => at.word)).then(() => {
        if (alive) redraw.schedule();
      });
      redraw.schedule();
    });
    const checkSoon = () => check.poke();
    redrawRef.current = () => redraw.schedule();
    checkSoon();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Underlines over text that moved would be misplaced: hide them until the check runs.
      // Hidden through the DOM, not React state: a render on every keystroke costs a frame.
      showLayer(false);
      checkSoon();
    });
    const root = editor.getRootElement();
    const unwatch = root ? watchLayout(root, checkSoon) : () => undefined;
    return () => {
      alive = false;
      check.cancel();
      redraw.cancel();
      unregister();
      unwatch();
    };
  }, [editor, spellChecker]);

  useEffect(() => {
    const root = editor.getRootElement();
    if (!root) return;
    const onContextMenu = (event: MouseEvent) => {
      const at = misspelledWordAt(spellChecker, event.clientX, event.clientY);
      if (!at) return;
      event.preventDefault();
      const layer = layerOrigin(root.parentElement!);
      setMenu({ at, left: event.clientX - layer.left, top: event.clientY - layer.top, suggestions: null, problem: null });
      void spellChecker.suggest(at.word).then((suggestions) =>
        setMenu((current) => (current && current.at === at ? { ...current, suggestions } : current)),
      );
    };
    root.addEventListener('contextmenu', onContextMenu);
    return () => root.removeEventListener('contextmenu', onContextMenu);
  }, [editor, spellChecker]);

  useEffect(() => {
    if (!menu) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== 'Escape') return;
      if (event.target instanceof Node && document.querySelector('.spelling-menu')?.contains(event.target)) return;
      setMenu(null);
    };
    window.addEventListener('mousedown', close, true);
    window.addEventListener('keydown', close, true);
    return () => {
      window.removeEventListener('mousedown', close, true);
      window.removeEventListener('keydown', close, true);
    };
  }, [menu]);

  const replaceWith = (at: WordAt, suggestion: string) => {
    editor.update(() => {
      const node = $getNearestNodeFromDOMNode(at.text);
      if (!$isTextNode(node) || node.getTextContent() !== at.text.data) return;
      node.spliceText(at.start, at.end - at.start, suggestion, true);
    });
    setMenu(null);
  };

  return (
    <>
      {/*
        One SVG for all the underlines: an absolutely placed element per word made a paint
        layer each, and a screenful of them (a hundred and more in a long article) was walked
        on every frame while typing: pre-paint, layerization, and the browser's hit test under
        the mouse pointer after each layout. Shapes inside an SVG are not layers.
      */}
      <svg className="spelling-marks" aria-hidden="true" ref={layerRef}>
        {underlines.map((line, index) => (
          <line
            key={index}
            className="spelling-error"
            data-testid="spelling-error"
            data-word={line.word}
            // Measured boxes: physical coordinates are what getClientRects gives. The line
            // runs along the bottom of the word's box, inside it, as its border did.
            x1={line.left}
            x2={line.left + line.width}
            y1={line.top + line.height - UNDERLINE_WIDTH / 2}
            y2={line.top + line.height - UNDERLINE_WIDTH / 2}
          />
        ))}
      </svg>
      {menu && (
        <div className="spelling-menu" role="menu" aria-label={t('spelling.suggestions')} data-testid="spelling-menu" style={{ left: menu.left, top: menu.top }}>
          {menu.suggestions === null && <div className="spelling-menu__note">…</div>}
          {menu.suggestions?.length === 0 && <div className="spelling-menu__note">{t('spelling.none')}</div>}
          {menu.suggestions?.map((suggestion) => (
            <button key={suggestion} type="button" role="menuitem" className="spelling-menu__item spelling-menu__item--suggestion" dir="auto" onClick={() => replaceWith(menu.at, suggestion)}>
              {suggestion}
            </button>
          ))}
          <hr className="spelling-menu__rule" />
          <button
            type="button"
            role="menuitem"
            className="spelling-menu__item"
            data-testid="spelling-add"
            onClick={() => {
              const word = menu.at.word;
              void spellChecker.addToDictionary(word).then((result) => {
                if (result.ok) {
                  setMenu(null);
                  redrawRef.current();
                } else {
                  setMenu((current) => current && { ...current, problem: t('spelling.addFailed', { reason: t(errorKey(result.code as ErrorCode)) }) });
                }
              });
            }}
          >
            {t('spelling.add')}
          </button>
          <button
            type="button"
            role="menuitem"
            className="spelling-menu__item"
            data-testid="spelling-ignore"
            onClick={() => {
              spellChecker.ignore(menu.at.word);
              setMenu(null);
              redrawRef.current();
            }}
          >
            {t('spelling.ignore')}
          </button>
          {menu.problem && (
            <div className="spelling-menu__note" role="alert">
              {menu.problem}
            </div>
          )}
        </div>
      )}
    </>
  );
}
