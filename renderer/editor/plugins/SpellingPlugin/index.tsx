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
import { languageOf, WORD_PATTERN } from '../../spelling/spellingRules';
import './SpellingPlugin.css';

const CHECK_DELAY_MS = 400;

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
  const layerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let alive = true;
    const measure = () => {
      const root = editor.getRootElement();
      const layer = root?.parentElement;
      if (!root || !layer) return { words: [] as WordAt[], origin: null };
      return { words: visibleWords(root), origin: layerOrigin(layer) };
    };
    const redraw = frameThrottled(() => {
      const { words, origin } = measure();
      if (origin) setUnderlines(underlinesOf(spellChecker, words, origin));
      if (layerRef.current) layerRef.current.hidden = false;
    });
    const checkSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const { words } = measure();
        void spellChecker.check(words.map((at) => at.word)).then(() => {
          if (alive) redraw.schedule();
        });
        redraw.schedule();
      }, CHECK_DELAY_MS);
    };
    redrawRef.current = () => redraw.schedule();
    checkSoon();
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      // Underlines over text that moved would be misplaced: hide them until the check runs.
      // Hidden through the DOM, not React state: a render on every keystroke costs a frame.
      if (layerRef.current) layerRef.current.hidden = true;
      checkSoon();
    });
    const root = editor.getRootElement();
    const unwatch = root ? watchLayout(root, checkSoon) : () => undefined;
    return () => {
      alive = false;
      clearTimeout(timer);
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
      <div className="spelling-marks" aria-hidden="true" ref={layerRef}>
        {underlines.map((line, index) => (
          <span
            key={index}
            className="spelling-error"
            data-testid="spelling-error"
            data-word={line.word}
            // Measured boxes: physical coordinates are what getClientRects gives.
            style={{ left: line.left, top: line.top, width: line.width, height: line.height }}
          />
        ))}
      </div>
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
