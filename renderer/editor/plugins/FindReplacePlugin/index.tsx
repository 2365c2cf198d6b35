/**
 * «یافتن و جایگزینی» (Ctrl+H): a panel over the body that finds a word in the article, with
 * the search normaliser's folding as an option and whole-word matching, highlights every
 * match (CSS highlights: the text's DOM is never touched), steps through them, and replaces
 * one or all. Replace all is one editor update, so one undo restores everything.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { HISTORY_PUSH_TAG, type LexicalEditor } from 'lexical';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { PersianTextField } from '../../../components/PersianTextField/PersianTextField';
import { useI18n } from '../../../i18n/I18nProvider';
import { useModifierShortcut } from '../../../useModifierShortcut';
import { useEditorChrome } from '../../chrome/EditorChrome';
import { findMatches, type FindOptions } from '../../find/findMatches';
import { $applyEdits, $textRuns, type TextRun } from '../../typography/textRuns';
import { quietTimer } from '../../../timing/quietTimer';
import './FindReplacePlugin.css';

interface Found {
  /** Each match as text-node key and offsets within that node, for highlighting. */
  pieces: { key: string; start: number; end: number }[][];
}

/** The matches are found again this long after typing pauses, not on every keystroke. */
const REFIND_DELAY_MS = 150;
const HIGHLIGHT = 'dabir-find';
const CURRENT = 'dabir-find-current';

function $runMatches(run: TextRun, query: string, options: FindOptions) {
  return findMatches(run.text, query, options);
}

/** A match in a run, cut at node boundaries (a match may span bold and plain text). */
function piecesOf(run: TextRun, start: number, end: number) {
  const pieces: { key: string; start: number; end: number }[] = [];
  run.nodes.forEach((node, index) => {
    const nodeStart = run.starts[index];
    const nodeEnd = nodeStart + node.getTextContentSize();
    const from = Math.max(start, nodeStart);
    const to = Math.min(end, nodeEnd);
    if (to > from) pieces.push({ key: node.getKey(), start: from - nodeStart, end: to - nodeStart });
  });
  return pieces;
}

function collect(editor: LexicalEditor, query: string, options: FindOptions): Found {
  return editor.getEditorState().read(() => {
    const pieces: Found['pieces'] = [];
    for (const run of $textRuns()) {
      for (const match of $runMatches(run, query, options)) pieces.push(piecesOf(run, match.start, match.end));
    }
    return { pieces };
  });
}

function domRange(editor: LexicalEditor, pieces: Found['pieces'][number]): Range[] {
  const ranges: Range[] = [];
  for (const piece of pieces) {
    const element = editor.getElementByKey(piece.key);
    const text = element?.firstChild;
    if (!(text instanceof Text) || piece.end > text.length) continue;
    const range = document.createRange();
    range.setStart(text, piece.start);
    range.setEnd(text, piece.end);
    ranges.push(range);
  }
  return ranges;
}

function paint(editor: LexicalEditor, found: Found, current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  const all = found.pieces.flatMap((pieces, index) => (index === current ? [] : domRange(editor, pieces)));
  CSS.highlights.set(HIGHLIGHT, new Highlight(...all));
  CSS.highlights.set(CURRENT, new Highlight(...(found.pieces[current] ? domRange(editor, found.pieces[current]) : [])));
}

function clearPaint(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(HIGHLIGHT);
  CSS.highlights.delete(CURRENT);
}

/** Replaces every match, or only the `only`-th, in one update; returns how many. */
function replace(editor: LexicalEditor, query: string, replacement: string, options: FindOptions, only?: number): number {
  let replaced = 0;
  editor.update(
    () => {
      let index = 0;
      for (const run of $textRuns()) {
        const matches = $runMatches(run, query, options);
        const chosen = matches.filter(() => {
          const take = only === undefined || index === only;
          index += 1;
          return take;
        });
        if (chosen.length === 0) continue;
        $applyEdits(
          run,
          chosen.map((match) => ({ start: match.start, end: match.end, insert: replacement })),
        );
        replaced += chosen.length;
      }
    },
    { tag: HISTORY_PUSH_TAG, discrete: true },
  );
  return replaced;
}

export function FindReplacePlugin() {
  const [editor] = useLexicalComposerContext();
  const { t, formatNumber } = useI18n();
  const { findOpen, setFindOpen } = useEditorChrome();
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>({ fold: true, wholeWord: false });
  const [found, setFound] = useState<Found>({ pieces: [] });
  const [current, setCurrent] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const findRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const ids = useId();

  useModifierShortcut(['KeyH'], () => {
    // The article stays mounted under an entity page; its panel opens only where it is seen.
    if (editor.getRootElement()?.offsetParent === null) return;
    setFindOpen(true);
    requestAnimationFrame(() => findRef.current?.select());
  });

  const refresh = useCallback(() => {
    const next = query === '' ? { pieces: [] } : collect(editor, query, options);
    setFound(next);
    setCurrent((index) => (index < next.pieces.length ? index : 0));
  }, [editor, query, options]);

  useEffect(() => {
    if (!findOpen) {
      clearPaint();
      return;
    }
    refresh();
    const later = quietTimer(REFIND_DELAY_MS, refresh);
    const unregister = editor.registerUpdateListener(({ dirtyElements, dirtyLeaves }) => {
      if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
      later.poke();
    });
    return () => {
      later.cancel();
      unregister();
    };
  }, [editor, findOpen, refresh]);

  useEffect(() => {
    if (findOpen) paint(editor, found, current);
    return clearPaint;
  }, [editor, findOpen, found, current]);

  const reveal = (index: number) => {
    setCurrent(index);
    const first = found.pieces[index]?.[0];
    if (first) editor.getElementByKey(first.key)?.scrollIntoView({ block: 'center', behavior: 'auto' });
  };
  const step = (delta: number) => {
    if (found.pieces.length === 0) return;
    reveal((current + delta + found.pieces.length) % found.pieces.length);
  };

  const close = () => {
    setFindOpen(false);
    setNotice(null);
    editor.focus();
  };

  if (!findOpen) return null;
  const total = found.pieces.length;
  return (
    <div
      className="find-replace"
      role="search"
      aria-label={t('find.panel')}
      data-testid="find-replace"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          close();
        }
      }}
    >
      <div className="find-replace__row">
        <label className="visually-hidden" htmlFor={`${ids}-find`}>
          {t('find.find')}
        </label>
        <PersianTextField
          id={`${ids}-find`}
          ref={findRef}
          testId="find-input"
          className="find-replace__input"
          placeholder={t('find.find')}
          value={query}
          autoFocus
          onChange={(value) => {
            setQuery(value);
            setNotice(null);
          }}
          onEnter={() => step(1)}
        />
        <span className="find-replace__count" data-testid="find-count" aria-live="polite">
          {query === '' ? '' : total === 0 ? t('find.none') : t('find.count', { current: formatNumber(current + 1), total: formatNumber(total) })}
        </span>
        <button type="button" className="button button--small" onClick={() => step(-1)} disabled={total === 0}>
          {t('find.previous')}
        </button>
        <button type="button" className="button button--small" onClick={() => step(1)} disabled={total === 0}>
          {t('find.next')}
        </button>
        <button type="button" className="button button--small" onClick={close} aria-label={t('find.close')}>
          ×
        </button>
      </div>
      <div className="find-replace__row">
        <label className="visually-hidden" htmlFor={`${ids}-replace`}>
          {t('find.replace')}
        </label>
        <PersianTextField
          id={`${ids}-replace`}
          testId="replace-input"
          className="find-replace__input"
          placeholder={t('find.replace')}
          value={replacement}
          onChange={setReplacement}
        />
        <button
          type="button"
          className="button button--small"
          disabled={total === 0}
          onClick={() => {
            const count = replace(editor, query, replacement, options, current);
            setNotice(t('find.replaced', { count: formatNumber(count) }));
          }}
        >
          {t('find.replaceOne')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="replace-all"
          disabled={total === 0}
          onClick={() => {
            const count = replace(editor, query, replacement, options);
            setNotice(t('find.replaced', { count: formatNumber(count) }));
          }}
        >
          {t('find.replaceAll')}
        </button>
      </div>
      <div className="find-replace__row find-replace__options">
        <label>
          <input type="checkbox" data-testid="find-fold" checked={options.fold} onChange={(event) => setOptions({ ...options, fold: event.target.checked })} />
          {t('find.fold')}
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="find-whole-word"
            checked={options.wholeWord}
            onChange={(event) => setOptions({ ...options, wholeWord: event.target.checked })}
          />
          {t('find.wholeWord')}
        </label>
        {notice && (
          <span className="find-replace__notice" role="status" data-testid="find-notice">
            {notice}
          </span>
        )}
      </div>
    </div>
  );
}
