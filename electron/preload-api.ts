/**
 * The preload's half of the IPC transport: the contract's methods as named functions, never
 * a generic `invoke(channel)`. The method list comes from `common/constants` and only types
 * from the contract, because a sandboxed preload can `require` nothing but `electron` and a
 * few Node shims: importing the contract's values would pull zod into the bundle, and it throws.
 */
import { API_METHODS } from '../common/constants';
import type { DabirApi } from '../common/contract';
import type { Result } from '../common/result';
import { channelFor } from './ipc-channels';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;

export function createIpcApi(invoke: Invoke): DabirApi {
  const entries = API_METHODS.map((method) => [
    method,
    (args: unknown) => invoke(channelFor(method), args) as Promise<Result<unknown>>,
  ]);
  return Object.freeze(Object.fromEntries(entries)) as DabirApi;
}
