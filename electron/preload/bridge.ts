import { CHANNELS, type Envelope } from '../../shared/api';

/** The single IPC channel between preload and main; the contract channel travels as an argument. */
export const INVOKE_CHANNEL = 'briefing:invoke';

/** What the renderer sees as `window.briefing`. Feed `invoke` to shared/api's clientFromTransport. */
export interface BriefingBridge {
  invoke(channel: string, payload?: unknown): Promise<Envelope>;
}

const KNOWN = new Set<string>(CHANNELS);

/**
 * Builds the bridge from a raw sender. Unknown channels are refused here, before any IPC, with
 * the same envelope main would return; only the channel and payload ever cross, never the
 * ipcRenderer object, its events or a way to pick another IPC channel. Main checks everything
 * again (sender frame, channel, size, zod): the preload is a convenience, not the gate.
 */
export function createBridge(send: (channel: string, payload: unknown) => Promise<unknown>): BriefingBridge {
  return Object.freeze({
    invoke(channel: string, payload?: unknown): Promise<Envelope> {
      if (typeof channel !== 'string' || !KNOWN.has(channel)) {
        const shown = String(channel).slice(0, 100);
        return Promise.resolve({ ok: false, error: { code: 'unknownChannel', detail: shown, params: {} } });
      }
      return send(channel, payload) as Promise<Envelope>;
    },
  });
}
