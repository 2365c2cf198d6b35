/**
 * The archive's API reaches components through context rather than a module import, so a
 * component can be rendered against any object that keeps the contract (the real transport
 * in the app, a small in-memory archive in a component test) without a server behind it.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { DabirApi } from '../../common/contract';

const ApiContext = createContext<DabirApi | null>(null);

export function ApiProvider({ api, children }: { api: DabirApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The API of the nearest provider; a component outside one is a wiring mistake, said at once. */
export function useApi(): DabirApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside <ApiProvider>');
  return api;
}
