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

const keepEditorFocus = (event: { preventDefault: () => void }) => event.preventDefault();

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
        <span className="tb-glyph" onMouseDown={keepEditorFocus}>
          ⌕
        </span>
      </ToolButton>
    </>
  );
}
