/**
 * Why detection offered a name, in a few words: the name it matched («از نام «ظریف»»), what in
 * the text supports a name that is also something else («به‌خاطر «کشور» پیش از آن»), and the
 * post found beside a person («وزیر امور خارجه اندونزی»).
 */
import type { MentionEvidence as Evidence } from '../../../common/contract';
import { useI18n } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages';
import './names.css';

export function MentionEvidence({ evidence, matchedText }: { evidence: Evidence | null; matchedText: string | null }) {
  const { t } = useI18n();
  if (!evidence) return null;
  // The alias is worth naming when the text spelt it another way, or the name has several.
  const alias = evidence.alias !== matchedText ? t('evidence.alias', { alias: evidence.alias }) : null;
  const support = evidence.support ? t(`evidence.support.${evidence.support.kind}` as MessageKey, { text: evidence.support.text }) : null;
  const parts = [alias, support].filter((part): part is string => part !== null);
  return (
    <>
      {evidence.role && (
        <span className="mention-evidence__role" data-testid="mention-role" dir="auto">
          {t('evidence.role', { role: evidence.role })}
        </span>
      )}
      {parts.length > 0 && (
        <span className="mention-evidence__why" data-testid="mention-why">
          {parts.join('؛ ')}
        </span>
      )}
    </>
  );
}
