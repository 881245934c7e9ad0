import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { dispatch, type Api, type Envelope } from '../../shared/api';
import { INVOKE_CHANNEL } from '../preload/bridge';
import { isTrustedSender, type SenderFacts } from './policy';

export interface IpcBinding {
  api: Api;
  /** The main window as it is now (it may be recreated or gone). */
  window: () => BrowserWindow | null;
  devOrigin: string | null;
  /** Called after a successful call, e.g. to rebuild the menu when the UI language changes. */
  afterCall?: (channel: string) => void;
}

function senderFacts(event: IpcMainInvokeEvent, win: BrowserWindow): SenderFacts {
  const frame = event.senderFrame;
  const main = win.webContents.mainFrame;
  return {
    sameWebContents: event.sender.id === win.webContents.id,
    frame: frame ? { url: frame.url, isMainFrame: frame.parent === null, processId: frame.processId, routingId: frame.routingId } : null,
    mainFrame: { processId: main.processId, routingId: main.routingId },
  };
}

const FORBIDDEN: Envelope = { ok: false, error: { code: 'forbidden', detail: 'untrusted sender', params: {} } };

/**
 * The contract on Electron IPC: one handler, sender-frame check, then shared/api's dispatch (channel
 * check, size check, strict zod parse, service call). It always resolves to an Envelope, so errors
 * reach the renderer with their code instead of Electron's flattened "Error invoking remote method".
 */
export function bindIpc(binding: IpcBinding): () => void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, channel: unknown, payload: unknown): Promise<Envelope> => {
    const win = binding.window();
    if (!win || win.isDestroyed() || !isTrustedSender(senderFacts(event, win), binding.devOrigin)) return FORBIDDEN;
    const envelope = await dispatch(binding.api, channel, payload);
    if (envelope.ok && typeof channel === 'string') binding.afterCall?.(channel);
    return envelope;
  });
  return () => ipcMain.removeHandler(INVOKE_CHANNEL);
}
