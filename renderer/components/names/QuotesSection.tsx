/**
 * «نقل‌قول‌ها»: who says what in the open article. Detected quotes are listed with their
 * speaker, whom the editor can correct (any person named in the article) or remove; a sentence
 * the detector missed can be marked as a quote of a chosen person: selected in the text, or
 * typed. The archive keeps the editor's word through later saves.
 */
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import type { ArticleMention, QuoteView } from '../../../common/contract';
import type { ApiError, Result } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import type { ArticleSaver } from '../../autosave/ArticleSaver';
import { useI18n } from '../../i18n/I18nProvider';
import { useWorkbenchNavigation } from '../../workbench/navigate';
import { RIGHT_AFTER_SAVE, useAfterSaves } from '../../workbench/useAfterSaves';
import { workbenchErrorKey } from '../../workbench/workbenchErrors';
import { PanelSection } from '../workbench/PanelSection';
import './names.css';

interface QuotesSectionProps {
  articleId: string;
  saver: ArticleSaver;
  /** The article's names as the names section has them (null before they come): the people offered as speakers. */
  mentions: ArticleMention[] | null;
  /**
   * Changes with every save and every decision on names: the list is asked for again (at the
   * writer's next pause if they are typing).
   */
  savedAt: string;
}

type Person = ArticleMention['entity'];

export function QuotesSection({ articleId, saver, mentions, savedAt }: QuotesSectionProps) {
  const api = useApi();
  const { t, formatNumber } = useI18n();
  const { openEntity } = useWorkbenchNavigation();
  const [quotes, setQuotes] = useState<QuoteView[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [adding, setAdding] = useState<{ sentence: string; entityId: string } | null>(null);
  const ticket = useRef(0);
  const sentenceId = useId();
  const personId = useId();

  const people = useMemo<Person[]>(
    () => (mentions ?? []).filter((mention) => mention.entity.kind === 'person' && mention.state !== 'dismissed').map((mention) => mention.entity),
    [mentions],
  );

  const load = useCallback(async () => {
    const mine = ++ticket.current;
    const found = await api.getArticleQuotes({ articleId });
    if (mine !== ticket.current) return;
    if (found.ok) setQuotes(found.value);
    else setProblem(t('panel.quotes.failed', { reason: t(workbenchErrorKey(found.error.code)) }));
  }, [api, articleId, t]);

  useAfterSaves(savedAt, () => void load(), RIGHT_AFTER_SAVE);

  const answer = (result: Result<QuoteView[]>, failure?: (error: ApiError) => string): boolean => {
    if (result.ok) {
      setQuotes(result.value);
      setProblem(null);
      return true;
    }
    setProblem(failure?.(result.error) ?? t('panel.quotes.failed', { reason: t(workbenchErrorKey(result.error.code)) }));
    return false;
  };

  const act = async (call: () => Promise<boolean>) => {
    if (busy) return;
    setBusy(true);
    try {
      await call();
    } finally {
      setBusy(false);
    }
  };

  const startAdding = () => {
    // A sentence selected in the article is the likeliest quote to mark.
    const selected = window.getSelection()?.toString().trim() ?? '';
    setAdding({ sentence: selected, entityId: people[0]?.id ?? '' });
  };

  const save = () =>
    act(async () => {
      if (!adding || adding.entityId === '') return false;
      // The sentence must be in the saved text: what is typed goes first.
      await saver.flush();
      const done = answer(await api.addQuote({ articleId, sentence: adding.sentence, entityId: adding.entityId }), (error) =>
        error.code === 'invalid_argument' ? t('panel.quotes.notInText') : t('panel.quotes.failed', { reason: t(workbenchErrorKey(error.code)) }),
      );
      if (done) setAdding(null);
      return done;
    });

  const list = quotes ?? [];
  return (
    <PanelSection
      name="quotes"
      title={t('panel.section.quotes')}
      badge={list.length > 0 ? formatNumber(list.length) : undefined}
      actions={
        <button type="button" className="button button--small" data-testid="quote-add" disabled={busy || adding !== null} onClick={startAdding}>
          {t('panel.quotes.add')}
        </button>
      }
    >
      {problem && (
        <p className="panel-error" role="alert" data-testid="quote-problem">
          {problem}
        </p>
      )}
      {quotes !== null && list.length === 0 && !adding && <p className="panel-note">{t('panel.quotes.empty')}</p>}
      {adding && (
        <div className="quote-form" data-testid="quote-form">
          <label htmlFor={sentenceId}>{t('panel.quotes.sentence')}</label>
          <textarea
            id={sentenceId}
            dir="auto"
            rows={3}
            data-testid="quote-sentence"
            placeholder={t('panel.quotes.sentenceHint')}
            value={adding.sentence}
            onChange={(event) => setAdding({ ...adding, sentence: event.target.value })}
          />
          <label htmlFor={personId}>{t('panel.quotes.person')}</label>
          {people.length === 0 ? (
            <p className="panel-note">{t('panel.quotes.noPeople')}</p>
          ) : (
            <select id={personId} data-testid="quote-person" value={adding.entityId} onChange={(event) => setAdding({ ...adding, entityId: event.target.value })}>
              {people.map((person) => (
                <option key={person.id} value={person.id}>
                  {person.canonical}
                </option>
              ))}
            </select>
          )}
          <div className="quote-form__actions">
            <button
              type="button"
              className="button button--small button--primary"
              data-testid="quote-save"
              disabled={busy || adding.sentence.trim() === '' || adding.entityId === ''}
              onClick={() => void save()}
            >
              {t('panel.quotes.save')}
            </button>
            <button type="button" className="button button--small" onClick={() => setAdding(null)}>
              {t('panel.quotes.cancel')}
            </button>
          </div>
        </div>
      )}
      {list.length > 0 && (
        <ul className="quote-list">
          {list.map((quote) => (
            <li key={quote.id} className="quote-item" data-testid="article-quote" data-origin={quote.origin}>
              <blockquote className="quote-item__sentence" dir="auto">
                {quote.sentence}
              </blockquote>
              <div className="quote-item__meta">
                {quote.person ? (
                  <button type="button" className="panel-link" data-testid="quote-person-link" onClick={() => openEntity(quote.person!.id)}>
                    <bdi>{quote.person.canonical}</bdi>
                  </button>
                ) : (
                  <span className="muted">{t('panel.quotes.newSpeaker', { name: quote.speaker })}</span>
                )}
                {people.length > 0 && (
                  <select
                    aria-label={t('panel.quotes.change')}
                    data-testid="quote-speaker"
                    value={quote.person?.id ?? ''}
                    disabled={busy}
                    onChange={(event) => void act(async () => answer(await api.updateQuote({ id: quote.id, entityId: event.target.value })))}
                  >
                    {!quote.person && <option value="">{quote.speaker}</option>}
                    {people.map((person) => (
                      <option key={person.id} value={person.id}>
                        {person.canonical}
                      </option>
                    ))}
                  </select>
                )}
                <button
                  type="button"
                  className="button button--small button--quiet"
                  data-testid="quote-remove"
                  disabled={busy}
                  onClick={() => void act(async () => answer(await api.removeQuote({ id: quote.id })))}
                >
                  {t('panel.quotes.remove')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </PanelSection>
  );
}
