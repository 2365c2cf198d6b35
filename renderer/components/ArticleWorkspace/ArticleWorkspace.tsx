/**
 * One open article: its head fields and body in the middle, its details at the side, and the
 * saver that carries every change to the archive. Mounted once per article (keyed by id).
 */
import { EditorRefPlugin } from '@lexical/react/LexicalEditorRefPlugin';
import type { EditorState, LexicalEditor } from 'lexical';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { Article, ArticleFields, SaveReceipt, SerializedBody } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { ArticleSaver } from '../../autosave/ArticleSaver';
import { setActiveSaver } from '../../autosave/activeSaver';
import { useSavedAt } from '../../autosave/useSaveState';
import { ArticleEditor } from '../../editor/ArticleEditor';
import { applyBodyRewrites } from '../../editor/rewrites/applyBodyRewrites';
import { useI18n } from '../../i18n/I18nProvider';
import type { TextCounts } from '../../../common/text-counts';
import { ArticleHeadFields, type HeadFields } from '../ArticleHeadFields/ArticleHeadFields';
import { DetailsPanel, type DetailFields } from '../DetailsPanel/DetailsPanel';
import { SaveStatus } from '../SaveStatus/SaveStatus';
import { DeleteArticleButton } from './DeleteArticleButton';
import { HistoryButton } from './HistoryButton';
import './ArticleWorkspace.css';

type EditableFields = HeadFields & DetailFields;

interface ArticleWorkspaceProps {
  article: Article;
  isNew: boolean;
  onSaved: (receipt: SaveReceipt, fields: Partial<ArticleFields>) => void;
  /** The article was deleted from the archive: the desk closes it. */
  onDeleted: () => void;
  /** Set to the headline field, which the desk focuses after a search result is opened. */
  headlineRef?: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
}

export function ArticleWorkspace({ article, isNew, onSaved, onDeleted, headlineRef }: ArticleWorkspaceProps) {
  const { t } = useI18n();
  const api = useApi();
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const editorRef = useRef<LexicalEditor | null>(null);
  // One saver for the workspace's life (it is keyed by article id): a state initializer, which
  // React keeps, not a memo, which it may drop and rebuild with the unsaved changes lost.
  const [saver] = useState(
    () =>
      new ArticleSaver({
        api,
        id: article.id,
        revision: article.revision,
        updatedAt: article.updatedAt,
        onSaved: (receipt, fields) => onSavedRef.current(receipt, fields),
        onRewritten: (rewrites) => {
          if (editorRef.current) applyBodyRewrites(editorRef.current, rewrites);
        },
      }),
  );

  useEffect(() => {
    setActiveSaver(saver);
    return () => {
      setActiveSaver(null);
      // The app flushes before it switches articles; this only catches an unmount it did not plan.
      void saver.flush();
    };
  }, [saver]);

  const [fields, setFields] = useState<EditableFields>(() => ({
    kicker: article.kicker,
    headline: article.headline,
    lead: article.lead,
    byline: article.byline,
    desk: article.desk,
    status: article.status,
    datelinePlace: article.datelinePlace,
    datelineDate: article.datelineDate,
  }));
  const [counts, setCounts] = useState<TextCounts>({ words: 0, characters: 0 });
  // Not the whole save state: the workspace (and its side panel) must not re-render on the
  // keystroke that turns «saved» into «unsaved»; the status line has its own subscription.
  const savedAt = useSavedAt(saver);
  // One element for the workspace's life, so the memoised editor is not re-rendered for it.
  const editorRefPlugin = useMemo(() => <EditorRefPlugin editorRef={editorRef} />, []);

  const changeFields = useCallback(
    (changes: Partial<EditableFields>) => {
      setFields((current) => ({ ...current, ...changes }));
      saver.change(changes);
    },
    [saver],
  );

  const changeBody = useCallback(
    (editorState: EditorState) => saver.changeBody(() => editorState.toJSON() as unknown as SerializedBody),
    [saver],
  );

  return (
    <>
      <section className="workspace-main" aria-label={t('field.body')}>
        <div className="workspace-main__column">
          <div className="workspace-main__bar">
            <SaveStatus saver={saver} />
            <div className="workspace-main__actions">
              <HistoryButton />
              <DeleteArticleButton articleId={article.id} headline={fields.headline} onDeleted={onDeleted} />
            </div>
          </div>
          <ArticleHeadFields
            fields={fields}
            onChange={changeFields}
            onLeadEnter={() => editorRef.current?.focus()}
            autoFocusHeadline={isNew}
            headlineRef={headlineRef}
          />
          <ArticleEditor articleId={article.id} initialBody={article.body} onBodyChange={changeBody} onCounts={setCounts}>
            {editorRefPlugin}
          </ArticleEditor>
        </div>
      </section>
      <DetailsPanel
        fields={fields}
        onChange={changeFields}
        createdAt={article.createdAt}
        updatedAt={savedAt}
        counts={counts}
        article={article}
        saver={saver}
      />
    </>
  );
}
