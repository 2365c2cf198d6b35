/**
 * Shown while several articles are picked in the list column: «۳ خبر انتخاب شد» and what can
 * be done to them all at once (add or take away a tag, through tagArticles). The open article
 * may be among them, so its pending changes are flushed first and its panel told afterwards.
 */
import { useState } from 'react';
import { api } from '../../api/client';
import { flushPendingSave, openArticleRevision } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { emitWorkbenchEvent } from '../../workbench/workbenchEvents';
import { TagCombobox } from './TagCombobox';
import './BulkBar.css';

type Mode = 'add' | 'remove';

interface BulkBarProps {
  ids: string[];
  onCancel: () => void;
  /** Tags changed on some articles: lists and results should be asked again. */
  onChanged: () => void;
}

export function BulkBar({ ids, onCancel, onChanged }: BulkBarProps) {
  const { t, formatNumber } = useI18n();
  const [mode, setMode] = useState<Mode | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const apply = async (chosen: Mode, names: string[]) => {
    setBusy(true);
    await flushPendingSave();
    // The open article is written on the revision its editor holds, or not at all (a conflict).
    const open = openArticleRevision();
    const baseRevisions = open && ids.includes(open.id) ? { [open.id]: open.revision } : undefined;
    const change = chosen === 'add' ? { add: names } : { remove: names };
    const result = await api.tagArticles({ articleIds: ids, ...change, baseRevisions });
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: t('bulk.failed', { reason: t(workbenchErrorKey(result.error.code)) }), error: true });
      return;
    }
    const changed = result.value.changed;
    const name = names.join('، ');
    setMessage({
      text: changed === 0 ? t('bulk.unchanged') : t(chosen === 'add' ? 'bulk.added' : 'bulk.removed', { name, count: formatNumber(changed) }),
      error: false,
    });
    setMode(null);
    if (changed > 0) {
      emitWorkbenchEvent({ kind: 'tags-changed', change: { kind: 'retagged', articleIds: ids, revisions: result.value.revisions } });
      onChanged();
    }
  };

  const toggle = (chosen: Mode) => {
    setMessage(null);
    setMode(mode === chosen ? null : chosen);
  };

  return (
    <div className="bulk-bar" data-testid="bulk-bar" role="region" aria-label={t('bulk.label')} aria-busy={busy}>
      <div className="bulk-bar__row">
        <span className="bulk-bar__count" data-testid="bulk-count" aria-live="polite">
          {t('bulk.count', { count: formatNumber(ids.length) })}
        </span>
        <div className="bulk-bar__actions">
          <button type="button" className="button button--small" data-testid="bulk-add-tag" aria-pressed={mode === 'add'} disabled={busy} onClick={() => toggle('add')}>
            {t('bulk.addTag')}
          </button>
          <button type="button" className="button button--small" data-testid="bulk-remove-tag" aria-pressed={mode === 'remove'} disabled={busy} onClick={() => toggle('remove')}>
            {t('bulk.removeTag')}
          </button>
          <button type="button" className="button button--small bulk-bar__cancel" data-testid="bulk-cancel" onClick={onCancel}>
            {t('bulk.cancel')}
          </button>
        </div>
      </div>
      {mode && (
        <TagCombobox
          key={mode}
          exclude={[]}
          onCommit={(names) => void apply(mode, names)}
          onEscape={() => setMode(null)}
          placeholder={t(mode === 'add' ? 'bulk.addPlaceholder' : 'bulk.removePlaceholder')}
          ariaLabel={t(mode === 'add' ? 'bulk.addTag' : 'bulk.removeTag')}
          testId="bulk-tag-input"
          autoFocus
          disabled={busy}
        />
      )}
      {message && (
        <p className={message.error ? 'bulk-bar__message bulk-bar__message--error' : 'bulk-bar__message'} role={message.error ? 'alert' : 'status'} data-testid="bulk-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
