/**
 * The toolbar's Persian-text tools: tidy typography, show invisible characters, isolate the
 * selection's direction, the paragraph's direction (automatic, right-to-left, left-to-right),
 * and find and replace.
 */
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useId, useState } from 'react';
import { DIRECTION_CHOICES, type DirectionChoice } from '../../../../common/editor/block-direction';
import { useI18n } from '../../../i18n/I18nProvider';
import { $caretDirectionChoice, $setSelectedDirection } from '../../bidi/paragraphDirection';
import { $toggleIsolation } from '../../bidi/isolate';
import { useEditorChrome } from '../../chrome/EditorChrome';
import { TIDY_TYPOGRAPHY_COMMAND } from '../TidyPlugin';
import { Separator, ToolButton } from './ToolButton';

/** A magnifier over two lines of text: find, and replace. */
function FindReplaceIcon() {
  return (
    <svg className="tb-icon" width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" aria-hidden="true">
      <circle cx="10" cy="10" r="5.5" />
      <path d="M14.2 14.2 19 19" />
      <path d="M3 21h7" />
    </svg>
  );
}

export function TypographyTools() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const { showInvisibles, setShowInvisibles, findOpen, setFindOpen } = useEditorChrome();
  const [direction, setDirection] = useState<DirectionChoice>('auto');
  const directionId = useId();

  useEffect(
    () => editor.registerUpdateListener(({ editorState }) => setDirection(editorState.read($caretDirectionChoice))),
    [editor],
  );

  return (
    <>
      <ToolButton label="tidy.button" testId="tidy-typography" shortcut="Control+Shift+T" onClick={() => editor.dispatchCommand(TIDY_TYPOGRAPHY_COMMAND, undefined)}>
        <span className="tb-glyph">ی‌ک</span>
      </ToolButton>
      <ToolButton label="invisibles.toggle" testId="show-invisibles" pressed={showInvisibles} onClick={() => setShowInvisibles(!showInvisibles)}>
        <span className="tb-glyph">¶‌|</span>
      </ToolButton>
      <ToolButton label="direction.isolate" testId="bidi-isolate" onClick={() => editor.update(() => void $toggleIsolation())}>
        <span className="tb-glyph tb-glyph--latin tb-glyph--small">⁨A⁩</span>
      </ToolButton>
      <label className="visually-hidden" htmlFor={directionId}>
        {t('direction.label')}
      </label>
      <select
        id={directionId}
        className="tb-select"
        data-testid="paragraph-direction"
        title={t('direction.label')}
        value={direction}
        onChange={(event) => {
          const choice = event.target.value as DirectionChoice;
          editor.update(() => $setSelectedDirection(choice));
          setDirection(choice);
          editor.focus();
        }}
      >
        {DIRECTION_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`direction.${choice}`)}
          </option>
        ))}
      </select>
      <Separator />
      <ToolButton label="find.toggle" testId="find-replace-toggle" shortcut="Control+H" pressed={findOpen} onClick={() => setFindOpen(!findOpen)}>
        <FindReplaceIcon />
      </ToolButton>
    </>
  );
}
