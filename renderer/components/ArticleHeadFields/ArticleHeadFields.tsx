/**
 * روتیتر، تیتر، لید above the body, in newspaper order. Enter moves down the page: kicker to
 * headline, headline to lead, lead into the body.
 */
import { useRef, type RefObject } from 'react';
import { LIMITS } from '../../../common/constants';
import type { ArticleFields } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import { PersianTextField } from '../PersianTextField/PersianTextField';
import './ArticleHeadFields.css';

export type HeadFields = Pick<ArticleFields, 'kicker' | 'headline' | 'lead'>;

interface ArticleHeadFieldsProps {
  fields: HeadFields;
  onChange: (changes: Partial<HeadFields>) => void;
  onLeadEnter: () => void;
  autoFocusHeadline: boolean;
  /** The headline field, for a caller that moves the focus to it; the fields' own otherwise. */
  headlineRef?: RefObject<HTMLInputElement | HTMLTextAreaElement | null>;
}

export function ArticleHeadFields({ fields, onChange, onLeadEnter, autoFocusHeadline, headlineRef: givenHeadlineRef }: ArticleHeadFieldsProps) {
  const { t } = useI18n();
  const ownHeadlineRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const headlineRef = givenHeadlineRef ?? ownHeadlineRef;
  const leadRef = useRef<HTMLInputElement | HTMLTextAreaElement>(null);

  return (
    <div className="head-fields">
      <PersianTextField
        className="head-fields__kicker"
        testId="kicker"
        ariaLabel={t('field.kicker')}
        placeholder={t('placeholder.kicker')}
        maxLength={LIMITS.shortText}
        value={fields.kicker}
        onChange={(kicker) => onChange({ kicker })}
        onEnter={() => headlineRef.current?.focus()}
      />
      <PersianTextField
        ref={headlineRef}
        multiline
        className="head-fields__headline"
        testId="headline"
        ariaLabel={t('field.headline')}
        placeholder={t('placeholder.headline')}
        maxLength={LIMITS.shortText}
        value={fields.headline}
        autoFocus={autoFocusHeadline}
        onChange={(headline) => onChange({ headline })}
        onEnter={() => leadRef.current?.focus()}
      />
      <PersianTextField
        ref={leadRef}
        multiline
        className="head-fields__lead"
        testId="lead"
        ariaLabel={t('field.lead')}
        placeholder={t('placeholder.lead')}
        maxLength={LIMITS.lead}
        value={fields.lead}
        onChange={(lead) => onChange({ lead })}
        onEnter={onLeadEnter}
      />
    </div>
  );
}
