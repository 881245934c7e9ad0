import { chmod, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { FuseV1Options } from '@electron/fuses';

/**
 * A stand-in Electron DISTRIBUTION (what electron-builder unpacks next to the app) for machines
 * that cannot download Electron: an "electron" executable that carries the fuse wire the way the
 * real binary does (the sentinel, the wire version, its length, one byte per fuse), so
 * electron-builder's @electron/fuses step flips real bytes and a test can read them back; plus the
 * files electron-builder touches (version, LICENSE, locales/*.pak for electronLanguages).
 */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const ON = '1';
const OFF = '0';

/** Electron's own defaults (as shipped), so every fuse our config turns off must really be flipped. */
export const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, string> = {
  [FuseV1Options.RunAsNode]: ON,
  [FuseV1Options.EnableCookieEncryption]: OFF,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: ON,
  [FuseV1Options.EnableNodeCliInspectArguments]: ON,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: OFF,
  [FuseV1Options.OnlyLoadAppFromAsar]: OFF,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: OFF,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: ON,
};

export const STANDIN_LOCALES = ['zh-CN', 'zh-TW', 'en-US', 'fr', 'de', 'ja'];

export async function makeStandinElectronDist(dir: string, version: string): Promise<void> {
  await mkdir(path.join(dir, 'locales'), { recursive: true });
  const wire = Object.keys(ELECTRON_DEFAULT_FUSES)
    .map(Number)
    .sort((a, b) => a - b)
    .map((i) => ELECTRON_DEFAULT_FUSES[i as FuseV1Options])
    .join('');
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in Electron: it cannot run the app" >&2\nexit 1\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
    Buffer.from('\n'),
  ]);
  await writeFile(path.join(dir, 'electron'), binary);
  await chmod(path.join(dir, 'electron'), 0o755);
  await writeFile(path.join(dir, 'version'), version);
  await writeFile(path.join(dir, 'LICENSE'), 'stand-in\n');
  await writeFile(path.join(dir, 'LICENSES.chromium.html'), '<p>stand-in</p>\n');
  for (const l of STANDIN_LOCALES) await writeFile(path.join(dir, 'locales', `${l}.pak`), l);
}
