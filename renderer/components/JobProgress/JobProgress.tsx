/**
 * How far a long operation has come, and the way to stop it: a line saying what it is doing
 * («۴۵٪»), a bar, and «توقف». Shared by the index rebuild, bulk tagging and exports.
 */
import { useI18n } from '../../i18n/I18nProvider';
import './JobProgress.css';

interface JobProgressProps {
  label: string;
  percent: number;
  /** Without it there is no stop button (nothing running, or nothing that can stop). */
  onCancel?: () => void;
  /** Asked to stop; it stops after the batch in progress. */
  cancelling?: boolean;
  hint?: string;
  testId: string;
}

export function JobProgress({ label, percent, onCancel, cancelling = false, hint, testId }: JobProgressProps) {
  const { t } = useI18n();
  return (
    <div className="job-progress" data-testid={testId} role="status">
      <div className="job-progress__row">
        <span className="job-progress__label" data-testid={`${testId}-label`}>
          {cancelling ? t('job.cancelling') : label}
        </span>
        {onCancel && (
          <button type="button" className="button button--small" data-testid={`${testId}-cancel`} disabled={cancelling} onClick={onCancel}>
            {t('job.cancel')}
          </button>
        )}
      </div>
      <div className="job-progress__track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
        <div className="job-progress__bar" style={{ inlineSize: `${percent}%` }} />
      </div>
      {hint && <span className="job-progress__hint">{hint}</span>}
    </div>
  );
}
