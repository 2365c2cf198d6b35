/**
 * An entity's page, shown in place of the open article: who or what it is, the days an event
 * ran, the thread of its coverage by month (for an event, the thread of the summit itself),
 * the names it is known by, and the entities most often named with it. Every edit names the
 * revision it started from, so two desks editing one entity never overwrite each other.
 */
import { useState } from 'react';
import type { DabirApi, EntityAlias, EntityPage as EntityPageData } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';
import { DualDate } from '../DualDate/DualDate';
import { counted } from '../../i18n/plural';
import { EntityAliases } from './EntityAliases';
import { entityErrorMessage } from './entityErrors';
import { EntityForm, type EntityFormValues } from './EntityForm';
import { entityKindKey } from './entityKinds';
import { EntityTimeline } from './EntityTimeline';
import { useEntityPage } from './useEntityPage';
import { BackButton } from './BackButton';
import { DeleteEntityButton } from './DeleteEntityButton';
import { EntityQuotes } from '../names/EntityQuotes';
import { EntityRoles } from '../names/EntityRoles';
import { EntitySuggestions } from '../names/EntitySuggestions';
import './EntityPage.css';

type EntityChanges = Omit<Parameters<DabirApi['updateEntity']>[0], 'id' | 'baseRevision'>;

interface EntityPageProps {
  id: string;
  /** Changes with every save in the archive: the timeline is asked for again. */
  archiveVersion: number;
}

export function EntityPage({ id, archiveVersion }: EntityPageProps) {
  const api = useApi();
  const i18n = useI18n();
  const { t } = i18n;
  const navigation = useDeskNavigation();
  const { state, reload, showEntity } = useEntityPage(id, archiveVersion);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (state.kind !== 'ready') {
    return (
      <section className="entity-page" data-testid="entity-page">
        <div className="entity-page__bar">
          <BackButton />
        </div>
        <p className={state.kind === 'failed' ? 'entity-page__problem' : 'muted'} role={state.kind === 'failed' ? 'alert' : undefined}>
          {state.kind === 'loading' ? t('entity.loading') : entityErrorMessage(t, state.error)}
        </p>
      </section>
    );
  }

  const { entity, timeline, coMentioned, suggestionCount, quotes } = state.page;
  const isEvent = entity.kind === 'event';

  /** One edit, from the revision on screen; a conflict shows the newer entity to redo it on. */
  const update = async (changes: EntityChanges): Promise<ApiError | null> => {
    setBusy(true);
    try {
      const result = await api.updateEntity({ id: entity.id, baseRevision: entity.revision, ...changes });
      if (result.ok) {
        showEntity(result.value);
        setProblem(null);
        return null;
      }
      if (result.error.code === 'conflict') void reload();
      return result.error;
    } finally {
      setBusy(false);
    }
  };

  const updateAndSay = async (changes: EntityChanges): Promise<boolean> => {
    const refused = await update(changes);
    if (refused) setProblem(entityErrorMessage(t, refused));
    return refused === null;
  };

  const saveForm = async (values: EntityFormValues) => {
    const refused = await update({
      kind: values.kind,
      canonical: values.canonical,
      description: values.description,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
    });
    if (!refused) setEditing(false);
    return refused;
  };

  return (
    <section className="entity-page" data-testid="entity-page" aria-labelledby="entity-page-title">
      <div className="entity-page__bar">
        <BackButton />
        <button type="button" className="button button--small button--quiet" onClick={() => navigation?.openView({ kind: 'entities' })}>
          {t('entity.browser.all')}
        </button>
      </div>

      <header className="entity-page__head">
        <span className={`entity-kind entity-kind--${entity.kind}`}>{t(entityKindKey(entity.kind))}</span>
        <h2 id="entity-page-title" className="entity-page__title" dir="auto" data-testid="entity-title">
          {entity.canonical}
        </h2>
        {isEvent && (entity.startsOn || entity.endsOn) && (
          <p className="entity-page__dates" data-testid="entity-dates">
            {entity.startsOn && <DualDate isoDay={entity.startsOn} />}
            {entity.startsOn && entity.endsOn && entity.endsOn !== entity.startsOn && (
              <>
                <span className="entity-page__dates-sep">{t('entity.dates.until')}</span>
                <DualDate isoDay={entity.endsOn} />
              </>
            )}
            {!entity.startsOn && entity.endsOn && <DualDate isoDay={entity.endsOn} />}
          </p>
        )}
        {entity.description && (
          <p className="entity-page__description" dir="auto">
            {entity.description}
          </p>
        )}
        <p className="entity-page__facts">
          {counted(i18n, 'entity.mentionCount', 'entity.mentionCountOne', entity.mentionCount)}
          {!editing && (
            <button type="button" className="button button--small" data-testid="entity-edit" onClick={() => setEditing(true)}>
              {t('entity.edit')}
            </button>
          )}
          {!editing && <DeleteEntityButton entity={entity} />}
        </p>
      </header>

      {problem && (
        <p className="entity-page__problem" role="alert" data-testid="entity-problem">
          {problem}
        </p>
      )}

      {editing && (
        <EntityForm
          mode="edit"
          initial={{
            kind: entity.kind,
            canonical: entity.canonical,
            description: entity.description,
            startsOn: entity.startsOn,
            endsOn: entity.endsOn,
            aliases: [],
          }}
          onSubmit={saveForm}
          onCancel={() => setEditing(false)}
        />
      )}

      <div className="entity-page__columns">
        <section className="entity-page__thread" aria-labelledby="entity-thread-heading">
          <h3 id="entity-thread-heading" className="entity-page__section-title">
            {isEvent ? t('entity.timeline.eventHeading') : t('entity.timeline.heading')}
            <span className="entity-page__section-count">{counted(i18n, 'entity.timeline.count', 'entity.timeline.countOne', timeline.length)}</span>
          </h3>
          {timeline.length === 0 ? (
            <p className="muted" data-testid="entity-timeline-empty">
              {suggestionCount > 0 ? t('entity.suggestions.awaiting', { count: i18n.formatNumber(suggestionCount) }) : t('entity.timeline.empty')}
            </p>
          ) : (
            <EntityTimeline items={timeline} onOpen={(articleId) => navigation?.openArticle(articleId)} />
          )}
          <EntitySuggestions page={state.page} onChanged={() => void reload()} />
          {entity.kind === 'person' && <EntityQuotes quotes={quotes} />}
        </section>

        <aside className="entity-page__side">
          <EntityRoles entity={entity} busy={busy} onSaveRoles={(roles) => updateAndSay({ roles })} />
          <EntityAliases
            entity={entity}
            busy={busy}
            onSaveAliases={(aliases: EntityAlias[]) => updateAndSay({ aliases })}
            onMakeCanonical={(canonical) => updateAndSay({ canonical })}
          />
          <CoMentioned items={coMentioned} />
        </aside>
      </div>
    </section>
  );
}

function CoMentioned({ items }: { items: EntityPageData['coMentioned'] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigation = useDeskNavigation();
  return (
    <section className="entity-card" aria-labelledby="entity-co-heading">
      <h3 id="entity-co-heading" className="entity-card__title">
        {t('entity.coMentioned.heading')}
      </h3>
      {items.length === 0 ? (
        <p className="entity-card__hint">{t('entity.coMentioned.empty')}</p>
      ) : (
        <ul className="entity-co">
          {items.map(({ entity, articles }) => (
            <li key={entity.id}>
              <button
                type="button"
                className="entity-co__item"
                data-testid="entity-co-mentioned"
                onClick={() => navigation?.openView({ kind: 'entity', id: entity.id })}
              >
                <span className="entity-co__name" dir="auto">
                  {entity.canonical}
                </span>
                <span className="entity-co__meta">
                  {t(entityKindKey(entity.kind))}
                  {' · '}
                  {counted(i18n, 'entity.coMentioned.together', 'entity.coMentioned.togetherOne', articles)}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
