import { useEffect, useRef } from 'react';

/**
 * Ctrl+N (Cmd+N on macOS) creates an article. Matched by `code` so it works with a Persian
 * keyboard layout active, where the key produces «د». A desktop browser keeps Ctrl+N for a new
 * window and never passes it to the page; Electron does, and the button is always there.
 */
export function useNewArticleShortcut(createArticle: () => void): void {
  const latest = useRef(createArticle);
  latest.current = createArticle;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.repeat || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey) || event.code !== 'KeyN') return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
