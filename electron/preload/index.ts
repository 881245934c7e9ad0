import { contextBridge, ipcRenderer } from 'electron';
import { ACTION_CHANNEL, INVOKE_CHANNEL, createBridge } from './bridge';

/**
 * Runs sandboxed, before the page, in an isolated world: exposes `window.briefing.invoke` and
 * `onAction` (menu action ids, checked against the action table) and nothing else. Built to CommonJS (out/preload/index.cjs) because sandboxed preloads cannot be ESM.
 */
contextBridge.exposeInMainWorld(
  'briefing',
  createBridge(
    (channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload),
    (listener) => {
      const onMessage = (_event: unknown, id: unknown) => listener(id);
      ipcRenderer.on(ACTION_CHANNEL, onMessage);
      return () => void ipcRenderer.removeListener(ACTION_CHANNEL, onMessage);
    },
  ),
);
