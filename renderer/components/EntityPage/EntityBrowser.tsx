/**
 * The archive's names («نام‌ها»): every entity, by kind, most mentioned first, narrowed by the
 * start of any of its names; each opens its page. «نام تازه» adds one. The kind and the search
 * are remembered for this window, so coming back from an entity's page finds the list as left.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { EntityKind, EntitySummary } from '../../../common/contract';
import type { ApiError } from '../../../common/result';
import { useApi } from '../../api/ApiContext';
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useDeskNavigation } from '../../navigation';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import { BackButton } from './BackButton';
import { counted } from '../../i18n/plural';
import { EntityForm, type EntityFormValues } from './EntityForm';
import { ENTITY_KINDS, entityKindKey, entityKindPluralKey } from './entityKinds';
import './EntityPage.css';

const PAGE = 100;

let remembered: { kind: EntityKind | null; query: string } = { kind: null, query: '' };

interface Listing {
  items: EntitySummary[];
  total: number;
}

export function EntityBrowser({ archiveVersion }: { archiveVersion: number }) {
  const api = useApi();
  const i18n = useI18n();
  const { t, dir } = i18n;
  const navigation = useDeskNavigation();
  const [kind, setKind] = useState<EntityKind | null>(remembered.kind);
  const [query, setQuery] = useState(remembered.query);
  const [listing, setListing] = useState<Listing | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [creating, setCreating] = useState(false);
  const request = useRef(0);
  const searchId = useId();

  useEffect(() => {
    remembered = { kind, query };
    const mine = ++request.current;
    void api.listEntities({ kind: kind ?? undefined, query: query.trim() || undefined, limit: PAGE }).then((result) => {
      if (mine !== request.current) return;
      if (result.ok) {
        setListing(result.value);
        setError(null);
      } else setError(result.error);
    });
  }, [api, kind, query, archiveVersion]);

  const loadMore = async () => {
    if (!listing) return;
    const mine = ++request.current;
    const result = await api.listEntities({
      kind: kind ?? undefined,
      query: query.trim() || undefined,
      limit: PAGE,
      offset: listing.items.length,
    });
    if (mine !== request.current || !result.ok) return;
    setListing({ items: [...listing.items, ...result.value.items], total: result.value.total });
  };

  const create = async (values: EntityFormValues): Promise<ApiError | null> => {
    const result = await api.createEntity({
      kind: values.kind,
      canonical: values.canonical,
      aliases: values.aliases.map((name) => ({ name })),
      description: values.description,
      startsOn: values.startsOn,
      endsOn: values.endsOn,
    });
    if (!result.ok) return result.error;
    setCreating(false);
    navigation?.openView({ kind: 'entity', id: result.value.id });
    return null;
  };

  return (
    <section className="entity-page entity-browser" data-testid="entity-browser" aria-labelledby="entity-browser-title">
      <div className="entity-page__bar">
        <BackButton />
      </div>
      <header className="entity-browser__head">
        <h2 id="entity-browser-title" className="entity-page__title">
          {t('entity.browser.heading')}
        </h2>
        {!creating && (
          <button type="button" className="button button--primary" data-testid="entity-new" onClick={() => setCreating(true)}>
            <span aria-hidden="true">+</span>
            {t('entity.browser.new')}
          </button>
        )}
      </header>

      {creating && (
        <EntityForm
          mode="create"
          initial={{ kind: kind ?? 'person', canonical: query.trim(), description: '', startsOn: null, endsOn: null, aliases: [] }}
          onSubmit={create}
          onCancel={() => setCreating(false)}
        />
      )}

      <div className="entity-browser__filters">
        <div className="entity-browser__kinds" role="group" aria-label={t('entity.field.kind')}>
          {[null, ...ENTITY_KINDS].map((option) => (
            <button
              key={option ?? 'all'}
              type="button"
              className="entity-browser__kind"
              aria-pressed={kind === option}
              onClick={() => setKind(option)}
            >
              {option === null ? t('entity.browser.allKinds') : t(entityKindPluralKey(option))}
            </button>
          ))}
        </div>
        <label className="visually-hidden" htmlFor={searchId}>
          {t('entity.browser.search')}
        </label>
        <PersianTextField
          id={searchId}
          testId="entity-search"
          value={query}
          emptyDirection={dir}
          placeholder={t('entity.browser.search')}
          onChange={setQuery}
          className="entity-browser__search"
        />
      </div>

      {error && (
        <p className="entity-page__problem" role="alert">
          {t('entity.browser.failed', { reason: t(errorKey(error.code)) })}
        </p>
      )}
      {listing && (
        <>
          <p className="entity-browser__count muted">{counted(i18n, 'entity.browser.count', 'entity.browser.countOne', listing.total)}</p>
          {listing.items.length === 0 ? (
            <p className="muted">{t('entity.browser.empty')}</p>
          ) : (
            <ul className="entity-browser__list">
              {listing.items.map((entity) => (
                <li key={entity.id}>
                  <button
                    type="button"
                    className="entity-browser__item"
                    data-testid="entity-list-item"
                    onClick={() => navigation?.openView({ kind: 'entity', id: entity.id })}
                  >
                    <span className="entity-browser__name" dir="auto">
                      {entity.canonical}
                    </span>
                    <span className={`entity-kind entity-kind--${entity.kind}`}>{t(entityKindKey(entity.kind))}</span>
                    <span className="entity-browser__mentions">
                      {counted(i18n, 'entity.browser.mentions', 'entity.browser.mentionsOne', entity.mentionCount)}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
          {listing.items.length < listing.total && (
            <button type="button" className="button entity-browser__more" onClick={() => void loadMore()}>
              {counted(i18n, 'entity.browser.more', 'entity.browser.moreOne', listing.total - listing.items.length)}
            </button>
          )}
        </>
      )}
    </section>
  );
}
