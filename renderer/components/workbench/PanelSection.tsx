/**
 * One fold of the details panel. The heading is a button that opens and closes it; which
 * folds a writer keeps closed is remembered for the next article (and the next session),
 * since a desk that never reads related coverage should not have to close it every time.
 */
import { useId, useState, type ReactNode } from 'react';
import './PanelSection.css';

const STORAGE_KEY = 'dabir.panel.closed';

function readClosed(): Set<string> {
  try {
    const stored = JSON.parse(window.localStorage.getItem(STORAGE_KEY) ?? '[]') as unknown;
    return new Set(Array.isArray(stored) ? stored.filter((name): name is string => typeof name === 'string') : []);
  } catch {
    return new Set();
  }
}

function rememberClosed(name: string, closed: boolean): void {
  const all = readClosed();
  if (closed) all.add(name);
  else all.delete(name);
  try {
    window.localStorage.setItem(STORAGE_KEY, JSON.stringify([...all]));
  } catch {
    // Storage full or refused: the fold still works, it is only not remembered.
  }
}

interface PanelSectionProps {
  /** Stable name, for remembering and for tests (`panel-section-<name>`). */
  name: string;
  title: string;
  /** A short count or state beside the title («۳»), shown open or closed. */
  badge?: ReactNode;
  /** Actions at the end of the heading row (outside the toggle button). */
  actions?: ReactNode;
  children: ReactNode;
}

export function PanelSection({ name, title, badge, actions, children }: PanelSectionProps) {
  const [open, setOpen] = useState(() => !readClosed().has(name));
  const bodyId = useId();

  const toggle = () => {
    setOpen(!open);
    rememberClosed(name, open);
  };

  return (
    <section className="panel-section" data-testid={`panel-section-${name}`} data-open={open}>
      <div className="panel-section__head">
        <h3 className="panel-section__title">
          <button type="button" className="panel-section__toggle" aria-expanded={open} aria-controls={bodyId} onClick={toggle}>
            <svg className="panel-section__chevron" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
              <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
            </svg>
            <span>{title}</span>
            {badge !== undefined && <span className="panel-section__badge">{badge}</span>}
          </button>
        </h3>
        {open && actions && <div className="panel-section__actions">{actions}</div>}
      </div>
      <div id={bodyId} className="panel-section__body" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
