/**
 * What a person said, newest first: each sentence with the story's day and place, and a link
 * to the article it is from.
 */
import type { QuoteView } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { useDeskNavigation } from '../../navigation';
import { DualDate } from '../DualDate/DualDate';
import './names.css';

export function EntityQuotes({ quotes }: { quotes: QuoteView[] }) {
  const { t, formatNumber } = useI18n();
  const navigation = useDeskNavigation();
  return (
    <section className="entity-page__quotes" aria-labelledby="entity-quotes-heading" data-testid="entity-quotes">
      <h3 id="entity-quotes-heading" className="entity-page__section-title">
        {t('entity.quotes.heading')}
        <span className="entity-page__section-count">{formatNumber(quotes.length)}</span>
      </h3>
      {quotes.length === 0 ? (
        <p className="muted">{t('entity.quotes.empty')}</p>
      ) : (
        <ul className="quote-list">
          {quotes.map((quote) => (
            <li key={quote.id} className="quote-item" data-testid="entity-quote" data-origin={quote.origin}>
              <blockquote className="quote-item__sentence" dir="auto">
                {quote.sentence}
              </blockquote>
              <div className="quote-item__meta">
                {quote.day !== null ? <DualDate isoDay={quote.day} /> : <span>{t('date.none')}</span>}
                {quote.place && <span dir="auto">{quote.place}</span>}
                <button type="button" className="panel-link" data-testid="entity-quote-article" dir="auto" onClick={() => navigation?.openArticle(quote.articleId)}>
                  {t('entity.quotes.in', { headline: quote.headline.trim() || t('archive.untitled') })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
