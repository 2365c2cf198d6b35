/** A toolbar button that keeps the editor's selection (mousedown is prevented) and reports its state. */
import type { MouseEvent, ReactNode } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';

const keepEditorFocus = (event: MouseEvent) => event.preventDefault();

interface ToolButtonProps {
  label: MessageKey;
  testId?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children: ReactNode;
  shortcut?: string;
}

export function ToolButton({ label, testId, pressed, disabled, onClick, children, shortcut }: ToolButtonProps) {
  const { t } = useI18n();
  const name = t(label);
  return (
    <button
      type="button"
      className="tb-button"
      data-testid={testId}
      aria-label={name}
      title={shortcut ? `${name} (${shortcut})` : name}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut}
      disabled={disabled}
      onMouseDown={keepEditorFocus}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export const Separator = () => <span className="tb-separator" role="separator" aria-orientation="vertical" />;

