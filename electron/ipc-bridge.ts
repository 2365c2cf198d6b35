/**
 * Both halves of the IPC transport, kept apart from `electron` itself so the contract test can
 * drive them under plain Node: the preload turns the contract into named functions, main
 * registers one handler per method, checks who is calling, and answers with a `Result`.
 */
import { API_METHODS, type ApiMethod, type ArchiveServices, type DabirApi } from '../common/contract';
import { fail, type Result } from '../common/result';
import { dispatchApiCall } from '../db/dispatch';

export const channelFor = (method: ApiMethod): string => `dabir:${method}`;

/** Sent by main when a window is about to close; the renderer answers once its saves are done. */
export const FLUSH_REQUEST_CHANNEL = 'dabir-lifecycle:flush';
export const FLUSH_DONE_CHANNEL = 'dabir-lifecycle:flushed';

type Invoke = (channel: string, args: unknown) => Promise<unknown>;

/** Preload side: one named function per method; never a generic `invoke(channel)`. */
export function createIpcApi(invoke: Invoke): DabirApi {
  const entries = API_METHODS.map((method) => [
    method,
    (args: unknown) => invoke(channelFor(method), args) as Promise<Result<unknown>>,
  ]);
  return Object.freeze(Object.fromEntries(entries)) as DabirApi;
}

/** What main needs of an IPC event: the URL of the frame that sent it. */
export interface IpcCallEvent {
  senderFrame: { url: string } | null;
}
export interface IpcHandlerRegistry {
  handle(channel: string, listener: (event: IpcCallEvent, args: unknown) => unknown): void;
}

/** Main side. `isTrustedSender` rejects calls from any frame that is not our own renderer. */
export function registerIpcHandlers(
  ipc: IpcHandlerRegistry,
  services: () => Partial<ArchiveServices>,
  isTrustedSender: (url: string) => boolean,
): void {
  for (const method of API_METHODS) {
    ipc.handle(channelFor(method), (event, args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return fail('unauthorized', `Call to ${method} from an untrusted frame`);
      return dispatchApiCall(services(), method, args);
    });
  }
}
