/** A failure in the list column (the archive did not load, a search did not run) and its retry. */
import './ColumnAlert.css';

interface ColumnAlertProps {
  message: string;
  retryLabel: string;
  onRetry: () => void;
}

export function ColumnAlert({ message, retryLabel, onRetry }: ColumnAlertProps) {
  return (
    <div className="column-alert" role="alert">
      <span>{message}</span>
      <button type="button" className="button button--small" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
