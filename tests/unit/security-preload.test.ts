import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../shared/api';
import { INVOKE_CHANNEL, createBridge } from '../../electron/preload/bridge';

describe('preload bridge', () => {
  it('forwards contract channels, and only their channel and payload', async () => {
    const send = vi.fn(async () => ({ ok: true, value: { entries: [] } }));
    const bridge = createBridge(send);
    await expect(bridge.invoke('docs:list', { trashed: false })).resolves.toEqual({ ok: true, value: { entries: [] } });
    expect(send).toHaveBeenCalledWith('docs:list', { trashed: false });
    for (const c of CHANNELS) await bridge.invoke(c, {});
    expect(send).toHaveBeenCalledTimes(CHANNELS.length + 1);
  });

  it.each(['briefing:invoke', 'fs:read', '__proto__', 'constructor', 'toString', '', 'docs:list ', 42, null, undefined])('refuses %s without sending anything', async (channel) => {
    const send = vi.fn(async () => ({ ok: true, value: null }));
    const result = await createBridge(send).invoke(channel as string, {});
    expect(result).toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    expect(send).not.toHaveBeenCalled();
  });

  it('exposes invoke and onAction and nothing else, frozen', () => {
    const bridge = createBridge(async () => null);
    expect(Object.keys(bridge)).toEqual(['invoke', 'onAction']);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('never hands ipcRenderer to the page', () => {
    const source = readFileSync(new URL('../../electron/preload/index.ts', import.meta.url), 'utf8');
    const exposed = source.slice(source.indexOf('exposeInMainWorld'));
    expect(exposed).toContain(`(channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload),`);
    // the import, the one invoke call, and the menu-action listener added and removed on one channel
    expect(source.match(/ipcRenderer/g)?.length).toBe(4);
    expect(exposed).toContain('ipcRenderer.on(ACTION_CHANNEL, onMessage)');
    expect(exposed).toContain('ipcRenderer.removeListener(ACTION_CHANNEL, onMessage)');
    // the listener passes the id alone, never the IPC event
    expect(exposed).toContain('const onMessage = (_event: unknown, id: unknown) => listener(id);');
    expect(INVOKE_CHANNEL).toBe('briefing:invoke');
  });
});
