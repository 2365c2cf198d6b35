/**
 * «برچسب‌ها»: every tag of the archive with how many articles carry it; rename one, or pick
 * several and merge them into one of them. Tag names change on articles that may be open in
 * the panel, so each change is announced (workbenchEvents) after it is made.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { DabirApi, TagSummary } from '../../../common/contract';
import { useApi } from '../../api/ApiContext';
import { flushPendingSave } from '../../autosave/activeSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { looseTagKey } from '../../workbench/tagText';
import { OWN_ESCAPE_ATTRIBUTE } from '../../workbench/useMultiSelect';
import { useTagList } from '../../workbench/useTagList';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { emitWorkbenchEvent } from '../../workbench/workbenchEvents';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { TagManagerRow, type RenameOutcome } from './TagManagerRow';
import './TagManager.css';

/** The tag a refused rename ran into: the archive says only that there is one. */
async function findClash(api: Pick<DabirApi, 'listTags'>, name: string, self: string): Promise<TagSummary | null> {
  const result = await api.listTags({ prefix: name, limit: 50 });
  if (!result.ok) return null;
  const others = result.value.filter((tag) => tag.id !== self);
  return others.find((tag) => looseTagKey(tag.name) === looseTagKey(name)) ?? others[0] ?? null;
}

export function TagManagerDialog({ onClose }: { onClose: () => void }) {
  const api = useApi();
  const { t, formatNumber } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const targetId = useId();
  const list = useTagList();
  const [filter, setFilter] = useState('');
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [target, setTarget] = useState<string>('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  useEffect(() => {
    dialogRef.current?.showModal();
  }, []);

  const tags = useMemo(() => list.tags ?? [], [list.tags]);
  const shown = useMemo(() => {
    const key = looseTagKey(filter);
    return key === '' ? tags : tags.filter((tag) => looseTagKey(tag.name).includes(key));
  }, [tags, filter]);
  const pickedTags = tags.filter((tag) => picked.has(tag.id));
  const mergeTarget = pickedTags.find((tag) => tag.id === target) ?? pickedTags[0];

  const pick = (id: string, on: boolean) =>
    setPicked((before) => {
      const after = new Set(before);
      if (on) after.add(id);
      else after.delete(id);
      return after;
    });

  const rename = async (tag: TagSummary, name: string): Promise<RenameOutcome> => {
    setBusy(true);
    await flushPendingSave();
    const result = await api.renameTag({ id: tag.id, name });
    setBusy(false);
    if (!result.ok) return { ok: false, error: result.error, clash: result.error.code === 'conflict' ? await findClash(api, name, tag.id) : null };
    emitWorkbenchEvent({ kind: 'tags-changed', change: { kind: 'renamed', from: tag.name, to: result.value.name } });
    setMessage({ text: t('tagManager.renamed', { from: tag.name, to: result.value.name }), error: false });
    await list.reload();
    return { ok: true };
  };

  const merge = async (sources: TagSummary[], into: TagSummary): Promise<boolean> => {
    setBusy(true);
    await flushPendingSave();
    const result = await api.mergeTags({ sourceIds: sources.map((tag) => tag.id), targetId: into.id });
    setBusy(false);
    if (!result.ok) {
      setMessage({ text: t('tagManager.failed', { reason: t(workbenchErrorKey(result.error.code)) }), error: true });
      return false;
    }
    const merged = sources.filter((tag) => tag.id !== into.id);
    emitWorkbenchEvent({
      kind: 'tags-changed',
      change: { kind: 'merged', sources: merged.map((tag) => tag.name), target: result.value.name, revisions: result.value.revisions },
    });
    setMessage({ text: t('tagManager.merged', { count: formatNumber(merged.length), name: result.value.name }), error: false });
    setPicked(new Set());
    await list.reload();
    return true;
  };

  return (
    <dialog
      ref={dialogRef}
      className="modal-dialog tag-manager"
      data-testid="tag-manager"
      aria-labelledby={titleId}
      {...{ [OWN_ESCAPE_ATTRIBUTE]: '' }}
      // Escape and the close button both end here, so the owner unmounts the dialog.
      onClose={onClose}
    >
      <header className="tag-manager__head">
        <h2 id={titleId} className="modal-dialog__title">
          {t('tagManager.title')}
        </h2>
        <button type="button" className="button button--small" data-testid="tag-manager-close" onClick={() => dialogRef.current?.close()}>
          {t('notice.dismiss')}
        </button>
      </header>
      <PersianTextField value={filter} onChange={setFilter} placeholder={t('tagManager.filter')} ariaLabel={t('tagManager.filter')} testId="tag-manager-filter" />
      {list.error && <p className="panel-error">{t(workbenchErrorKey(list.error.code))}</p>}
      {list.tags === null && !list.error && <p className="panel-note">{t('panel.loading')}</p>}
      {list.tags !== null && tags.length === 0 && <p className="panel-note">{t('tagManager.empty')}</p>}
      <ul className="tag-manager__list" aria-busy={busy}>
        {shown.map((tag) => (
          <TagManagerRow
            key={tag.id}
            tag={tag}
            picked={picked.has(tag.id)}
            busy={busy}
            onPick={pick}
            onRename={rename}
            onMergeInto={(source, into) => merge([source], into)}
          />
        ))}
      </ul>
      {pickedTags.length >= 2 && mergeTarget && (
        <div className="tag-manager__merge" data-testid="tag-manager-merge">
          <label htmlFor={targetId}>{t('tagManager.mergePicked', { count: formatNumber(pickedTags.length) })}</label>
          <select id={targetId} data-testid="tag-manager-target" value={mergeTarget.id} onChange={(event) => setTarget(event.target.value)}>
            {pickedTags.map((tag) => (
              <option key={tag.id} value={tag.id}>
                {tag.name}
              </option>
            ))}
          </select>
          <button type="button" className="button button--small button--primary" data-testid="tag-manager-merge-apply" disabled={busy} onClick={() => void merge(pickedTags, mergeTarget)}>
            {t('tagManager.merge')}
          </button>
        </div>
      )}
      {message && (
        <p className={message.error ? 'panel-error' : 'tag-manager__message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </dialog>
  );
}
