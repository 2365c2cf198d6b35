import { useModifierShortcut } from './useModifierShortcut';

/**
 * Ctrl+N (Cmd+N on macOS) creates an article, with a Persian layout active too (where the key
 * produces «د»). A desktop browser keeps Ctrl+N for a new window and never passes it to the
 * page; Electron does, and the button is always there.
 */
export function useNewArticleShortcut(createArticle: () => void): void {
  useModifierShortcut(['KeyN'], createArticle);
}
