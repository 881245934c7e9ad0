import { contextBridge, ipcRenderer } from 'electron';
import { INVOKE_CHANNEL, createBridge } from './bridge';

/**
 * Runs sandboxed, before the page, in an isolated world: exposes `window.briefing.invoke` and
 * nothing else. Built to CommonJS (out/preload/index.cjs) because sandboxed preloads cannot be ESM.
 */
contextBridge.exposeInMainWorld(
  'briefing',
  createBridge((channel, payload) => ipcRenderer.invoke(INVOKE_CHANNEL, channel, payload)),
);
