/**
 * The floating list of an editor typeahead (`@` names, `[[` articles), drawn into the anchor
 * that LexicalTypeaheadMenuPlugin places just under the typed trigger.
 *
 * Lexical positions that anchor by physical `left` and nudges it left when the menu is wider
 * than the room to the editor's right edge, which in a right-to-left page would throw the
 * list far from the trigger. So the first child it measures is a zero-size pin and the panel
 * hangs from the pin's inline-start corner: under the `@` in a Persian line. It opens upward
 * when there is no room below, and slides sideways to stay over the editor when the trigger
 * is near the column's far edge.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { MenuOption } from '@lexical/react/LexicalTypeaheadMenuPlugin';
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useI18n } from '../../i18n/I18nProvider';
import './TypeaheadMenu.css';

/** Lexical points the editor's aria-activedescendant at `typeahead-item-<index>`. */
const optionId = (index: number) => `typeahead-item-${index}`;

interface TypeaheadMenuProps<TOption extends MenuOption> {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  testId: string;
  optionTestId: string;
  options: TOption[];
  selectedIndex: number | null;
  onPick: (option: TOption) => void;
  onHighlight: (index: number) => void;
  renderOption: (option: TOption) => ReactNode;
  /** Said when the archive answered with nothing; null before any answer. */
  emptyMessage: string | null;
  /** Headlines wrap to two lines in a wider panel; names stay on one. */
  wide?: boolean;
  /** The list is about to change: what is on screen does not yet answer the text typed. */
  busy?: boolean;
  /**
   * Told after every commit which options are on screen. Lexical's menu re-registers its key
   * handlers in its own effect, which runs right after this one (a parent's effects follow its
   * children's in the same flush), so what this reports is what Enter would pick from.
   */
  onShown?: (options: TOption[]) => void;
}

export function TypeaheadMenu<TOption extends MenuOption>(props: TypeaheadMenuProps<TOption>) {
  const { anchor, label, testId, optionTestId, options, selectedIndex, onPick, onHighlight, renderOption, emptyMessage, wide = false, busy = false, onShown } =
    props;
  const { dir } = useI18n();
  const panelRef = useRef<HTMLDivElement>(null);
  // Null: open downward. Else how far above the pin the panel ends (the trigger's line and a gap).
  const [upwardOffset, setUpwardOffset] = useState<number | null>(null);
  // How far the panel slides along the line to stay within the editor (physical pixels).
  const [slide, setSlide] = useState(0);
  const [editor] = useLexicalComposerContext();

  useEffect(() => onShown?.(options));

  useLayoutEffect(() => {
    // Lexical labels the anchor in English; the list speaks the reader's language.
    anchor.current?.setAttribute('aria-label', label);
  }, [anchor, label]);

  useLayoutEffect(() => {
    const panel = panelRef.current;
    const anchorElement = anchor.current;
    if (!panel || !anchorElement) return;
    // The anchor starts just under the trigger's line and is as tall as that line.
    const top = anchorElement.getBoundingClientRect().top;
    const lineHeight = anchorElement.offsetHeight;
    const roomBelow = window.innerHeight - top - 8;
    const roomAbove = top - lineHeight - 8;
    const upward = panel.offsetHeight > roomBelow && roomAbove > roomBelow ? lineHeight + 8 : null;
    if (upward !== upwardOffset) setUpwardOffset(upward);

    const root = editor.getRootElement()?.getBoundingClientRect();
    if (!root) return;
    const rect = panel.getBoundingClientRect();
    const left = rect.left - slide;
    const right = rect.right - slide;
    let next = 0;
    if (left < root.left) next = root.left - left;
    else if (right > root.right) next = root.right - right;
    // Wider than the editor: keep the reading side in view.
    if (rect.width > root.width) next = dir === 'rtl' ? root.right - right : root.left - left;
    if (Math.abs(next - slide) > 0.5) setSlide(next);
    // Measured again whenever what decides the panel's size or place changes: its options, its
    // width, the anchor Lexical moves as the query grows, and the offsets this sets (which settle
    // on the second pass, when the panel already sits where it was put).
  }, [anchor, editor, dir, options, emptyMessage, wide, upwardOffset, slide]);

  const pinned = anchor.current;
  if (!pinned || (options.length === 0 && emptyMessage === null)) return null;

  return createPortal(
    <div className="typeahead-pin" dir={dir}>
      <div
        ref={panelRef}
        className={wide ? 'typeahead typeahead--wide' : 'typeahead'}
        style={{
          ...(upwardOffset === null ? {} : { insetBlockStart: 'auto', insetBlockEnd: `${upwardOffset}px` }),
          ...(slide === 0 ? {} : { transform: `translateX(${slide}px)` }),
        }}
        data-testid={testId}
        aria-busy={busy}
        // Keeps the caret in the editor: the pick happens on click, the focus never moves.
        onMouseDown={(event) => event.preventDefault()}
      >
        {options.length === 0 ? (
          <p className="typeahead__empty">{emptyMessage}</p>
        ) : (
          <ul className="typeahead__list" role="presentation">
            {options.map((option, index) => (
              <li
                key={option.key}
                id={optionId(index)}
                ref={option.setRefElement}
                role="option"
                aria-selected={selectedIndex === index}
                tabIndex={-1}
                className={`typeahead__option${selectedIndex === index ? ' typeahead__option--selected' : ''}`}
                data-testid={optionTestId}
                // Movement, not entry: a menu opening under a resting pointer must not pick for it.
                onMouseMove={() => {
                  if (selectedIndex !== index) onHighlight(index);
                }}
                onClick={() => {
                  onHighlight(index);
                  onPick(option);
                }}
              >
                {renderOption(option)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>,
    pinned,
  );
}
