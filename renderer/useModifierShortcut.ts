import { useEffect, useRef } from 'react';

/**
 * Ctrl (Cmd on macOS) plus one of `codes`. Matched by `code`, not `key`, so a shortcut works
 * with a Persian layout active, where the same key types a Persian letter. Shift and Alt
 * combinations are left alone (Ctrl+Shift+2 is the half-space). A held key acts once, but
 * its repeats are still prevented, or the browser would act on them (Ctrl+F: the find bar).
 */
export function useModifierShortcut(codes: readonly string[], action: () => void, options: { capture?: boolean } = {}): void {
  const latest = useRef(action);
  latest.current = action;
  const codeList = codes.join(' ');
  const capture = options.capture ?? false;
  useEffect(() => {
    const wanted = new Set(codeList.split(' '));
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.isComposing || event.altKey || event.shiftKey) return;
      if (!(event.ctrlKey || event.metaKey) || !wanted.has(event.code)) return;
      event.preventDefault();
      if (!event.repeat) latest.current();
    };
    window.addEventListener('keydown', onKeyDown, { capture });
    return () => window.removeEventListener('keydown', onKeyDown, { capture });
  }, [codeList, capture]);
}
