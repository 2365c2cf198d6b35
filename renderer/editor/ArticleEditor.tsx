/**
 * The article body: a Lexical rich-text editor with the contract's nodes. It is mounted once
 * per article (the parent keys it by id), so `initialBody` is read only on mount.
 */
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { MarkdownShortcutPlugin } from '@lexical/react/LexicalMarkdownShortcutPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { EditorState } from 'lexical';
import { memo, useState, type ReactNode } from 'react';
import type { SerializedBody } from '../../common/contract';
import { useI18n } from '../i18n/I18nProvider';
import { DEFAULT_TEXT_DIRECTION } from '../text/direction';
import type { TextCounts } from '../../common/text-counts';
import { EditorChromeProvider } from './chrome/EditorChrome';
import { articleEditorTheme } from './editorTheme';
import { isAllowedLinkUrl } from './links';
import { ARTICLE_MARKDOWN_TRANSFORMERS } from './markdownTransformers';
import { ARTICLE_BODY_NODES, ARTICLE_EDITOR_NAMESPACE } from './nodes';
import { ArticleLinksPlugin } from './plugins/ArticleLinksPlugin';
import { AutosavePlugin } from './plugins/AutosavePlugin';
import { BodyStatsPlugin } from './plugins/BodyStatsPlugin';
import { ControlCharactersPlugin } from './plugins/ControlCharactersPlugin';
import { DirectionPlugin } from './plugins/DirectionPlugin';
import { FindReplacePlugin } from './plugins/FindReplacePlugin';
import { InvisiblesPlugin } from './plugins/InvisiblesPlugin';
import { PastePlugin } from './plugins/PastePlugin';
import { SpellingPlugin } from './plugins/SpellingPlugin';
import { TidyPlugin } from './plugins/TidyPlugin';
import { EntityMentionsPlugin } from './plugins/EntityMentionsPlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';
import { ZwnjPlugin } from './plugins/ZwnjPlugin';
import './ArticleEditor.css';

interface ArticleEditorProps {
  /** The article being edited, so `[[` never offers it as a link to itself. */
  articleId?: string;
  initialBody: SerializedBody | null;
  onBodyChange: (editorState: EditorState) => void;
  onCounts: (counts: TextCounts) => void;
  /** More plugins from the caller, e.g. an EditorRefPlugin. */
  children?: ReactNode;
}

/**
 * Memoised: the workspace re-renders on every save-state change and word count, and none of
 * that concerns the editor; re-rendering its plugins on the keystroke that marks the article
 * unsaved showed up as tens of milliseconds in a long article.
 */
export const ArticleEditor = memo(function ArticleEditor({ articleId, initialBody, onBodyChange, onCounts, children }: ArticleEditorProps) {
  const { t } = useI18n();

  // Read once, in a state initializer React keeps: the parent remounts the editor for another article.
  const [initialConfig] = useState<InitialConfigType>(() => ({
    namespace: ARTICLE_EDITOR_NAMESPACE,
    nodes: ARTICLE_BODY_NODES,
    theme: articleEditorTheme,
    editorState: initialBody ? JSON.stringify(initialBody) : undefined,
    onError: (error) => {
      // Lexical recovers from most update errors by keeping the last good state; log the rest.
      console.error('[editor]', error);
    },
  }));

  const placeholder = t('placeholder.body');

  return (
    <LexicalComposer initialConfig={initialConfig}>
      <EditorChromeProvider>
      <div className="article-editor">
        <ToolbarPlugin />
        <TidyPlugin />
        <FindReplacePlugin />
        <div className="article-editor__surface">
          <RichTextPlugin
            contentEditable={
              <ContentEditable
                className="article-editor__content"
                data-testid="editor"
                dir={DEFAULT_TEXT_DIRECTION}
                ariaLabel={t('field.body')}
                ariaMultiline
                // Dabir underlines misspellings itself (SpellingPlugin), offline and ZWNJ-aware.
                spellCheck={false}
                aria-placeholder={placeholder}
                placeholder={
                  <div className="article-editor__placeholder" dir={DEFAULT_TEXT_DIRECTION}>
                    {placeholder}
                  </div>
                }
              />
            }
            ErrorBoundary={LexicalErrorBoundary}
          />
          <InvisiblesPlugin />
          <SpellingPlugin />
        </div>
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={isAllowedLinkUrl} />
        <MarkdownShortcutPlugin transformers={ARTICLE_MARKDOWN_TRANSFORMERS} />
        <ZwnjPlugin />
        <ControlCharactersPlugin />
        <PastePlugin />
        <EntityMentionsPlugin />
        <ArticleLinksPlugin articleId={articleId} />
        <DirectionPlugin />
        <AutosavePlugin onChange={onBodyChange} />
        <BodyStatsPlugin onCounts={onCounts} />
        {children}
      </div>
      </EditorChromeProvider>
    </LexicalComposer>
  );
});
