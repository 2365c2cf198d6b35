/**
 * The formatting toolbar: undo/redo, block types, bold/italic/underline and links. Buttons
 * keep the editor focused (mousedown is prevented) so the selection they act on stays visible,
 * and report their state with aria-pressed.
 */
import { $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent, mergeRegister } from '@lexical/utils';
import {
  $getSelection,
  $isRangeSelection,
  $setSelection,
  CAN_REDO_COMMAND,
  CAN_UNDO_COMMAND,
  COMMAND_PRIORITY_LOW,
  FORMAT_TEXT_COMMAND,
  REDO_COMMAND,
  UNDO_COMMAND,
  type BaseSelection,
  type TextFormatType,
} from 'lexical';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { applyBlockType } from './blockCommands';
import { BulletListIcon, LinkIcon, NumberedListIcon, QuoteIcon, RedoIcon, UndoIcon, UnlinkIcon } from './icons';
import { LinkForm } from './LinkForm';
import { Separator, ToolButton } from './ToolButton';
import { TypographyTools } from './TypographyTools';
import { $readToolbarState, INITIAL_TOOLBAR_STATE, sameToolbarState, type BlockType } from './toolbarState';
import './ToolbarPlugin.css';

export function ToolbarPlugin() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [state, setState] = useState(INITIAL_TOOLBAR_STATE);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  const [linkForm, setLinkForm] = useState<{ url: string } | null>(null);
  // The selection the link form will wrap; focus moves to the form's input meanwhile.
  const linkSelection = useRef<BaseSelection | null>(null);

  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($readToolbarState);
          // Typing leaves the toolbar as it was: keep the same state so React skips the render.
          if (next) setState((current) => (sameToolbarState(current, next) ? current : next));
        }),
        editor.registerCommand(
          CAN_UNDO_COMMAND,
          (payload) => {
            setCanUndo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
        editor.registerCommand(
          CAN_REDO_COMMAND,
          (payload) => {
            setCanRedo(payload);
            return false;
          },
          COMMAND_PRIORITY_LOW,
        ),
      ),
    [editor],
  );

  const format = (type: TextFormatType) => editor.dispatchCommand(FORMAT_TEXT_COMMAND, type);
  const block = (target: BlockType) => applyBlockType(editor, state.blockType, target);

  const openLinkForm = useCallback(() => {
    editor.getEditorState().read(() => {
      const selection = $getSelection();
      linkSelection.current = selection ? selection.clone() : null;
      const link = $isRangeSelection(selection) ? $findMatchingParent(selection.anchor.getNode(), $isLinkNode) : null;
      setLinkForm({ url: link ? link.getURL() : '' });
    });
  }, [editor]);

  const closeLinkForm = useCallback(() => {
    setLinkForm(null);
    editor.focus();
  }, [editor]);

  const applyLink = useCallback(
    (url: string) => {
      editor.update(() => {
        if (linkSelection.current) $setSelection(linkSelection.current.clone());
      });
      editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
      closeLinkForm();
    },
    [editor, closeLinkForm],
  );

  const removeLink = () => editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);

  return (
    <div className="toolbar-wrap">
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <ToolButton label="toolbar.undo" shortcut="Control+Z" disabled={!canUndo} onClick={() => editor.dispatchCommand(UNDO_COMMAND, undefined)}>
          <UndoIcon />
        </ToolButton>
        <ToolButton label="toolbar.redo" shortcut="Control+Shift+Z" disabled={!canRedo} onClick={() => editor.dispatchCommand(REDO_COMMAND, undefined)}>
          <RedoIcon />
        </ToolButton>
        <Separator />
        <ToolButton label="toolbar.paragraph" pressed={state.blockType === 'paragraph'} onClick={() => block('paragraph')}>
          <span className="tb-glyph">¶</span>
        </ToolButton>
        <ToolButton label="toolbar.h2" pressed={state.blockType === 'h2'} onClick={() => block('h2')}>
          <span className="tb-glyph tb-glyph--latin">H2</span>
        </ToolButton>
        <ToolButton label="toolbar.h3" pressed={state.blockType === 'h3'} onClick={() => block('h3')}>
          <span className="tb-glyph tb-glyph--latin tb-glyph--small">H3</span>
        </ToolButton>
        <ToolButton label="toolbar.quote" pressed={state.blockType === 'quote'} onClick={() => block('quote')}>
          <QuoteIcon />
        </ToolButton>
        <ToolButton label="toolbar.bulletList" pressed={state.blockType === 'bullet'} onClick={() => block('bullet')}>
          <BulletListIcon />
        </ToolButton>
        <ToolButton label="toolbar.numberedList" pressed={state.blockType === 'number'} onClick={() => block('number')}>
          <NumberedListIcon />
        </ToolButton>
        <Separator />
        <ToolButton label="toolbar.bold" shortcut="Control+B" pressed={state.bold} onClick={() => format('bold')}>
          <span className="tb-glyph tb-glyph--latin tb-glyph--bold">B</span>
        </ToolButton>
        <ToolButton label="toolbar.italic" shortcut="Control+I" pressed={state.italic} onClick={() => format('italic')}>
          <span className="tb-glyph tb-glyph--latin tb-glyph--italic">I</span>
        </ToolButton>
        <ToolButton label="toolbar.underline" shortcut="Control+U" pressed={state.underline} onClick={() => format('underline')}>
          <span className="tb-glyph tb-glyph--latin tb-glyph--underline">U</span>
        </ToolButton>
        <Separator />
        <ToolButton label="toolbar.link" pressed={state.link || linkForm !== null} onClick={openLinkForm}>
          <LinkIcon />
        </ToolButton>
        {state.link && (
          <ToolButton label="toolbar.removeLink" onClick={removeLink}>
            <UnlinkIcon />
          </ToolButton>
        )}
        <Separator />
        <TypographyTools />
      </div>
      {linkForm && <LinkForm initialUrl={linkForm.url} onSubmit={applyLink} onCancel={closeLinkForm} />}
    </div>
  );
}
