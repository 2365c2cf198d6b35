/**
 * A bar across the desk for something the writer must answer or acknowledge: an alert when
 * something went wrong, or news of something done that can still be undone.
 */
import './DeskNotice.css';

interface DeskNoticeProps {
  message: string;
  actions: { label: string; onClick: () => void; testId?: string }[];
  tone?: 'alert' | 'info';
  testId?: string;
}

export function DeskNotice({ message, actions, tone = 'alert', testId }: DeskNoticeProps) {
  return (
    <div className={`desk-notice desk-notice--${tone}`} role={tone === 'alert' ? 'alert' : 'status'} data-testid={testId}>
      <span className="desk-notice__message">{message}</span>
      <span className="desk-notice__actions">
        {actions.map((action) => (
          <button key={action.label} type="button" className="button button--small" data-testid={action.testId} onClick={action.onClick}>
            {action.label}
          </button>
        ))}
      </span>
    </div>
  );
}
