/**
 * What the editor's toolbar toggles and its plugins show: the invisible characters, the find
 * and replace panel. Shared by context inside one editor, so a toolbar button and the plugin
 * it controls agree without passing props through the composer.
 */
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';

export interface EditorChrome {
  showInvisibles: boolean;
  setShowInvisibles: (show: boolean) => void;
  findOpen: boolean;
  setFindOpen: (open: boolean) => void;
}

const EditorChromeContext = createContext<EditorChrome | null>(null);

export function EditorChromeProvider({ children }: { children: ReactNode }) {
  const [showInvisibles, setShowInvisibles] = useState(false);
  const [findOpen, setFindOpen] = useState(false);
  const chrome = useMemo(() => ({ showInvisibles, setShowInvisibles, findOpen, setFindOpen }), [showInvisibles, findOpen]);
  return <EditorChromeContext.Provider value={chrome}>{children}</EditorChromeContext.Provider>;
}

export function useEditorChrome(): EditorChrome {
  const chrome = useContext(EditorChromeContext);
  if (!chrome) throw new Error('useEditorChrome outside <EditorChromeProvider>');
  return chrome;
}
