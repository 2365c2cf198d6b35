/** A bar across the desk for something the writer must answer or acknowledge. */
import './DeskNotice.css';

interface DeskNoticeProps {
  message: string;
  actions: { label: string; onClick: () => void }[];
}

export function DeskNotice({ message, actions }: DeskNoticeProps) {
  return (
    <div className="desk-notice" role="alert">
      <span className="desk-notice__message">{message}</span>
      <span className="desk-notice__actions">
        {actions.map((action) => (
          <button key={action.label} type="button" className="button button--small" onClick={action.onClick}>
            {action.label}
          </button>
        ))}
      </span>
    </div>
  );
}
