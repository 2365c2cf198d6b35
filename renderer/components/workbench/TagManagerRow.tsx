/**
 * One tag in the manager: a box to pick it for merging, its name and count, and renaming in
 * place. A new name that another tag already has is refused by the archive (`conflict`); the
 * row then offers to merge this tag into that one, which is usually what was meant.
 */
import { useState } from 'react';
import type { TagSummary } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useI18n } from '../../i18n/I18nProvider';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { counted } from '../../i18n/plural';

export type RenameOutcome = { ok: true } | { ok: false; error: ApiError; clash: TagSummary | null };

interface TagManagerRowProps {
  tag: TagSummary;
  picked: boolean;
  busy: boolean;
  onPick: (id: string, picked: boolean) => void;
  onRename: (tag: TagSummary, name: string) => Promise<RenameOutcome>;
  onMergeInto: (source: TagSummary, target: TagSummary) => Promise<boolean>;
}

export function TagManagerRow({ tag, picked, busy, onPick, onRename, onMergeInto }: TagManagerRowProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [draft, setDraft] = useState<string | null>(null);
  const [failure, setFailure] = useState<Extract<RenameOutcome, { ok: false }> | null>(null);

  const save = async () => {
    if (draft === null) return;
    const name = draft.trim();
    if (name === '' || name === tag.name) return setDraft(null);
    const outcome = await onRename(tag, name);
    if (outcome.ok) {
      setDraft(null);
      setFailure(null);
    } else {
      setFailure(outcome);
    }
  };

  return (
    <li className="tag-manager-row" data-testid="tag-manager-row" data-tag={tag.name}>
      <div className="tag-manager-row__main">
        <input
          type="checkbox"
          className="tag-manager-row__pick"
          data-testid="tag-manager-pick"
          aria-label={t('tagManager.pick', { name: tag.name })}
          checked={picked}
          disabled={busy}
          onChange={(event) => onPick(tag.id, event.target.checked)}
        />
        {draft === null ? (
          <>
            <bdi className="tag-manager-row__name">{tag.name}</bdi>
            <span className="tag-manager-row__count">{counted(i18n, 'tagManager.count', 'tagManager.countOne', tag.count)}</span>
            <button type="button" className="button button--small" data-testid="tag-manager-rename" disabled={busy} onClick={() => setDraft(tag.name)}>
              {t('tagManager.rename')}
            </button>
          </>
        ) : (
          <form
            className="tag-manager-row__rename"
            onSubmit={(event) => {
              event.preventDefault();
              void save();
            }}
          >
            <PersianTextField
              value={draft}
              onChange={(value) => {
                setDraft(value);
                setFailure(null);
              }}
              ariaLabel={t('tagManager.renameLabel', { name: tag.name })}
              testId="tag-manager-name"
              maxLength={500}
              autoFocus
            />
            <button type="submit" className="button button--small button--primary" disabled={busy}>
              {t('tagManager.save')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                setDraft(null);
                setFailure(null);
              }}
            >
              {t('panel.cancel')}
            </button>
          </form>
        )}
      </div>
      {failure && (
        <div className="tag-manager-row__problem" role="alert">
          {failure.error.code === 'conflict' && failure.clash ? (
            <>
              <span>{t('tagManager.clash', { name: failure.clash.name })}</span>
              <button
                type="button"
                className="button button--small"
                data-testid="tag-manager-merge-clash"
                disabled={busy}
                onClick={() => void onMergeInto(tag, failure.clash!).then((merged) => merged && setDraft(null))}
              >
                {t('tagManager.mergeInto', { name: failure.clash.name })}
              </button>
            </>
          ) : (
            <span>{t('tagManager.failed', { reason: t(workbenchErrorKey(failure.error.code)) })}</span>
          )}
        </div>
      )}
    </li>
  );
}
