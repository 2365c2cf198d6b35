/**
 * The renderer's one door to the archive. Under Electron the preload exposes `window.dabir`;
 * in the browser shell the same methods travel as HTTP. Nothing else in the renderer knows
 * which of the two it got, except the start-up, which shows an error screen when a page
 * served by Electron finds no bridge (see transport.ts).
 */
import type { DabirApi } from '../../common/contract';
import { chooseApiTransport } from './transport';

export const apiTransport = chooseApiTransport(window.location.protocol, window.dabir);

export const api: DabirApi = apiTransport.api;
