import { ACTION_CHANNEL, isActionId, type ActionId } from '../../shared/actions/table';
import { CHANNELS, type Envelope } from '../../shared/api';

/** The single IPC channel between preload and main; the contract channel travels as an argument. */
export const INVOKE_CHANNEL = 'briefing:invoke';

/** Main -> renderer: the id of an action chosen in the application menu. */
export { ACTION_CHANNEL };

/** What the renderer sees as `window.briefing`. Feed `invoke` to shared/api's clientFromTransport. */
export interface BriefingBridge {
  invoke(channel: string, payload?: unknown): Promise<Envelope>;
  /** Listens for menu actions; returns the unsubscribe. Only ids of the action table get through. */
  onAction(listener: (id: ActionId) => void): () => void;
}

type Subscribe = (listener: (payload: unknown) => void) => () => void;
const noSubscribe: Subscribe = () => () => undefined;

const KNOWN = new Set<string>(CHANNELS);

/**
 * Builds the bridge from a raw sender. Unknown channels are refused here, before any IPC, with
 * the same envelope main would return; only the channel and payload ever cross, never the
 * ipcRenderer object, its events or a way to pick another IPC channel. Main checks everything
 * again (sender frame, channel, size, zod): the preload is a convenience, not the gate.
 */
export function createBridge(send: (channel: string, payload: unknown) => Promise<unknown>, subscribe: Subscribe = noSubscribe): BriefingBridge {
  return Object.freeze({
    invoke(channel: string, payload?: unknown): Promise<Envelope> {
      if (typeof channel !== 'string' || !KNOWN.has(channel)) {
        const shown = String(channel).slice(0, 100);
        return Promise.resolve({ ok: false, error: { code: 'unknownChannel', detail: shown, params: {} } });
      }
      return send(channel, payload) as Promise<Envelope>;
    },
    onAction(listener: (id: ActionId) => void): () => void {
      if (typeof listener !== 'function') return () => undefined;
      return subscribe((id) => {
        if (isActionId(id)) listener(id);
      });
    },
  });
}
