/**
 * Main's half of the IPC transport, kept apart from `electron` itself so the contract test can
 * drive it under plain Node: one handler per method, which checks who is calling and answers
 * with a `Result`. The preload's half is `preload-api.ts`.
 */
import { API_METHODS, type ApiMethod } from '../common/contract';
import { fail, type Result } from '../common/result';
import { channelFor } from './ipc-channels';

/** What main needs of an IPC event: the URL of the frame that sent it. */
export interface IpcCallEvent {
  senderFrame: { url: string } | null;
}
export interface IpcHandlerRegistry {
  handle(channel: string, listener: (event: IpcCallEvent, args: unknown) => unknown): void;
}

/** Hands a call to the archive (the worker host, in the app) and resolves with its answer. */
export type ApiDispatch = (method: ApiMethod, args: unknown) => Promise<Result<unknown>> | Result<unknown>;

/** Main side. `isTrustedSender` rejects calls from any frame that is not our own renderer. */
export function registerIpcHandlers(ipc: IpcHandlerRegistry, dispatch: ApiDispatch, isTrustedSender: (url: string) => boolean): void {
  for (const method of API_METHODS) {
    ipc.handle(channelFor(method), (event, args) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedSender(url)) return fail('unauthorized', `Call to ${method} from an untrusted frame`);
      return dispatch(method, args);
    });
  }
}
