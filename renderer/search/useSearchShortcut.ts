import { useModifierShortcut } from '../useModifierShortcut';

const SEARCH_KEYS = ['KeyK', 'KeyF'];

/**
 * Ctrl+K and Ctrl+F (Cmd on macOS) focus the search box, with a Persian layout too (where the
 * keys type «ن» and «ب»). Taken in the capture phase and prevented, so the browser's find bar
 * never opens over the desk and no editor plugin reads them first.
 */
export function useSearchShortcut(focusSearch: () => void): void {
  useModifierShortcut(SEARCH_KEYS, focusSearch, { capture: true });
}
