/**
 * The renderer's one door to the archive. Under Electron the preload exposes `window.dabir`;
 * in the browser shell the same methods travel as HTTP. Nothing else in the renderer knows
 * which of the two it got.
 */
import type { DabirApi } from '../../common/contract';
import { watchArchiveAlerts } from './archiveAlerts';
import { createHttpApi } from './httpTransport';
import { readSessionToken } from './sessionToken';

export const api: DabirApi = watchArchiveAlerts(window.dabir ?? createHttpApi(readSessionToken()));
