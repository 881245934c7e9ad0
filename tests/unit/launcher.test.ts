import { describe, expect, it } from 'vitest';
import { nodeVerdict } from '../../electron/launcher/node-version';
import { downloadFailure } from '../../electron/launcher/resolve-electron';

describe('npm start launcher', () => {
  it('refuses Node below 20.19, warns below 22.12, is quiet from 22.12', () => {
    expect(nodeVerdict('v18.20.4')).toBe('too-old');
    expect(nodeVerdict('v20.18.3')).toBe('too-old');
    expect(nodeVerdict('v20.19.0')).toBe('older-than-electron-wants');
    expect(nodeVerdict('v22.11.0')).toBe('older-than-electron-wants');
    expect(nodeVerdict('v22.12.0')).toBe('ok');
    expect(nodeVerdict('v24.1.0')).toBe('ok');
  });

  it('keeps the first error line of a failed download, not the stack or the generic advice', () => {
    const stderr = [
      'TypeError: fetch failed',
      '    at node:internal/deps/undici/undici:14976:13',
      '    at async FetchDownloader.download (file:///x/FetchDownloader.js:46:30)',
      '/x/node_modules/electron/index.js:14',
      'Error: Electron failed to install correctly. Please delete `node_modules/electron` and run "npx install-electron --no" manually.',
    ].join('\n');
    expect(downloadFailure(stderr)).toBe('TypeError: fetch failed');
    expect(downloadFailure('HTTPError: Response code 404 (Not Found) for https://mirror/v45.5.0/electron-v45.5.0-linux-x64.zip')).toMatch(/^HTTPError: Response code 404/);
    expect(downloadFailure('')).toBe('');
  });
});
