/**
 * The new names the open article gives beside a post: asked when it opens and after each save
 * (a save reads the text again; at the writer's next pause if they typed on), added to the
 * names or dismissed by the editor.
 */
import { useCallback, useRef, useState } from 'react';
import type { Entity, NameProposal } from '../../common/contract';
import type { ApiError } from '../../common/result';
import { useApi } from '../api/ApiContext';
import { RIGHT_AFTER_SAVE, useAfterSaves } from './useAfterSaves';

export interface ProposalsState {
  proposals: NameProposal[];
  error: ApiError | null;
  /** The name whose decision is on its way. */
  pending: string | null;
  add: (name: string) => Promise<Entity | null>;
  dismiss: (name: string) => Promise<void>;
}

export function useArticleProposals(articleId: string, savedAt: string): ProposalsState {
  const api = useApi();
  const [proposals, setProposals] = useState<NameProposal[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const ticket = useRef(0);

  const load = useCallback(async () => {
    const mine = ++ticket.current;
    const result = await api.getNameProposals({ articleId });
    if (mine !== ticket.current) return;
    if (result.ok) setProposals(result.value.filter((proposal) => proposal.state === 'suggested'));
    setError(result.ok ? null : result.error);
  }, [api, articleId]);

  useAfterSaves(savedAt, () => void load(), RIGHT_AFTER_SAVE);

  const add = useCallback(
    async (name: string) => {
      setPending(name);
      const result = await api.acceptNameProposal({ articleId, name });
      setPending(null);
      if (!result.ok) {
        setError(result.error);
        return null;
      }
      await load();
      return result.value;
    },
    [api, articleId, load],
  );

  const dismiss = useCallback(
    async (name: string) => {
      setPending(name);
      const result = await api.dismissNameProposal({ articleId, name });
      setPending(null);
      if (!result.ok) return setError(result.error);
      setProposals(result.value.filter((proposal) => proposal.state === 'suggested'));
    },
    [api, articleId],
  );

  return { proposals, error, pending, add, dismiss };
}
