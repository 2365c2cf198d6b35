/**
 * The packaged app's Electron fuses, read back the way `npm run dist` reads them: through
 * electron-builder's own config loader and schema, so a misspelt fuse fails here instead of
 * being ignored while packaging.
 */
import { join } from 'node:path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../support/built-bundles';

const loadBuilderConfig = () => getConfig(REPOSITORY_ROOT, join(REPOSITORY_ROOT, 'build', 'electron-builder.yml'), null);

describe('the packaged app is locked down by its fuses', () => {
  it('is a configuration electron-builder accepts', async () => {
    await expect(validateConfiguration(await loadBuilderConfig(), new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('turns off running as Node, NODE_OPTIONS and the inspector, and turns on ASAR integrity, ASAR-only loading and cookie encryption', async () => {
    const config = await loadBuilderConfig();
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // The two ASAR fuses mean something only when the app is packed into an ASAR.
    expect(config.asar).not.toBe(false);
  });
});
