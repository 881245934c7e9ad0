import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

/**
 * The loong64 configuration is kept ready but built elsewhere (docs/ADMIN.md): it must stay a
 * valid electron-builder configuration, the Linux one (ASCII /opt folder, fuses, no node_modules).
 */
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string, configPath: string, fromOptions: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: object, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};
const projectDir = new URL('../../', import.meta.url).pathname;

describe('electron-builder.loong64.yml', () => {
  it('is the Linux configuration (target and arch come from the command line), and valid', async () => {
    const [loong, linux] = await Promise.all([getConfig(projectDir, 'electron-builder.loong64.yml', null), getConfig(projectDir, 'electron-builder.linux.yml', null)]);
    await expect(validateConfiguration(loong, { isEnabled: false, add() {} })).resolves.toBeUndefined();
    expect({ ...loong, extends: undefined }).toEqual({ ...linux, extends: undefined });
  });
});
