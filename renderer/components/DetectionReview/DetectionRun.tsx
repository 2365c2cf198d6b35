/**
 * The archive-wide detection pass as the review page shows it: its progress
 * («۴۵٪ — ۴۵۰ از ۱۰۰۰ خبر»), what it found, and the controls to stop, resume or run it again.
 */
import { useI18n } from '../../i18n/I18nProvider';
import { errorKey } from '../../i18n/messages';
import { useArchiveDetection, useDetectionPass } from './useArchiveDetection';

export function DetectionRun() {
  const { t, formatNumber } = useI18n();
  const pass = useDetectionPass();
  const detection = useArchiveDetection();
  const percent = detection.total === 0 ? (detection.phase === 'done' ? 100 : 0) : Math.floor((detection.done / detection.total) * 100);

  return (
    <div className="detection-run" data-testid="detection-progress" data-phase={detection.phase}>
      {detection.phase !== 'idle' && (
        <>
          <div
            className="detection-run__bar"
            role="progressbar"
            aria-label={t('detection.heading')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
          >
            <div className="detection-run__fill" style={{ inlineSize: `${percent}%` }} />
          </div>
          <p className="detection-run__text" data-testid="detection-progress-text">
            {t('detection.progress', {
              percent: formatNumber(percent),
              done: formatNumber(detection.done),
              total: formatNumber(detection.total),
            })}
          </p>
        </>
      )}
      <p className="detection-run__status" role="status">
        {detection.phase === 'running' && t('detection.running', { count: formatNumber(detection.suggested) })}
        {detection.phase === 'done' && t('detection.done', { count: formatNumber(detection.suggested) })}
        {detection.phase === 'stopped' && t('detection.stopped')}
        {detection.phase === 'failed' && detection.error && t('detection.failed', { reason: t(errorKey(detection.error.code)) })}
      </p>
      <div className="detection-run__actions">
        {detection.phase === 'running' ? (
          <button type="button" className="button" data-testid="detection-stop" onClick={() => pass.stop()}>
            {t('detection.stop')}
          </button>
        ) : (
          <>
            {(detection.phase === 'stopped' || detection.phase === 'failed') && (
              <button type="button" className="button button--primary" onClick={() => pass.start(true)}>
                {t('detection.resume')}
              </button>
            )}
            <button
              type="button"
              className={detection.phase === 'idle' || detection.phase === 'done' ? 'button button--primary' : 'button'}
              data-testid="detection-start"
              onClick={() => pass.start()}
            >
              {detection.phase === 'idle' ? t('detection.start') : t('detection.again')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
