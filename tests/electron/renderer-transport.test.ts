/**
 * Which door the renderer takes to the archive. A page served from Electron's `app:` origin
 * with no `window.dabir` means the preload failed; it must get the error screen, not an HTTP
 * fallback whose every call fails and whose every close warns about unsaved text.
 */
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../common/constants';
import type { DabirApi } from '../../common/contract';
import { chooseApiTransport } from '../../renderer/api/transport';
import { MESSAGES } from '../../renderer/i18n/messages';

describe('the renderer picks its transport', () => {
  it('uses the preload bridge whenever there is one', () => {
    const bridge = {} as DabirApi;
    expect(chooseApiTransport('app:', bridge)).toEqual({ kind: 'ipc', api: bridge });
  });

  it('under app: without the bridge, names the problem instead of falling back to HTTP', async () => {
    const transport = chooseApiTransport('app:', undefined);
    expect(transport.kind).toBe('missing-bridge');
    // Anything that still asks (the language preference does, before the screen shows) gets an answer at once.
    expect(Object.keys(transport.api).sort()).toEqual([...API_METHODS].sort());
    expect(await transport.api.getPreferences({})).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(MESSAGES.fa['bridge.missingProblem']).toContain('window.dabir');
  });

  it('speaks HTTP only in the browser shell', () => {
    expect(chooseApiTransport('http:', undefined).kind).toBe('http');
  });
});
