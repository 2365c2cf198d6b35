/**
 * Going from the panel to another page. App exposes its navigation through context
 * (`useDeskNavigation`): an article opens through the same `openArticle` the archive list
 * uses (unsaved changes flushed first), an entity page is shown over the article. Without
 * App around it (a panel mounted on its own) the agreed routes are written to the address.
 */
import { useMemo } from 'react';
import { useDeskNavigation } from '../navigation';

export interface WorkbenchNavigation {
  openArticle: (id: string) => void;
  openEntity: (id: string) => void;
}

export function useWorkbenchNavigation(): WorkbenchNavigation {
  const desk = useDeskNavigation();
  return useMemo(
    () =>
      desk
        ? { openArticle: desk.openArticle, openEntity: (id) => desk.openView({ kind: 'entity', id }) }
        : {
            openArticle: (id) => {
              window.location.hash = `article=${id}`;
            },
            openEntity: (id) => {
              window.location.hash = `entity=${id}`;
            },
          },
    [desk],
  );
}
