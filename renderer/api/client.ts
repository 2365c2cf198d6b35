/**
 * The renderer's one door to the archive. Under Electron the preload exposes `window.dabir`;
 * in the browser shell the same methods travel as HTTP. Nothing else in the renderer knows
 * which of the two it got, except the start-up, which shows an error screen when a page
 * served by Electron finds no bridge (see transport.ts).
 */
import type { DabirApi } from '../../common/contract';
import { watchArchiveAlerts } from './archiveAlerts';
import { chooseApiTransport } from './transport';

export const apiTransport = chooseApiTransport(window.location.protocol, window.dabir);

/** Every answer passes by the archive-wide alerts (damaged, read-only) on its way to its caller. */
export const api: DabirApi = watchArchiveAlerts(apiTransport.api);
