import { clientFromTransport, type Api, type Envelope } from '../../../../shared/api';

/**
 * The only place that reads window globals: picks the transport the page was given.
 * In Electron the preload exposes `window.briefing.invoke`; in browser mode the host serves the
 * bridge at /api/invoke on the same origin, and the session is an HttpOnly cookie the launch URL
 * set (the page itself never holds the secret).
 */
interface BriefingBridge {
  invoke(channel: string, payload: unknown): Promise<Envelope>;
}

export function createApiClient(): { api: Api; mode: 'electron' | 'browser' } {
  const bridge = (window as unknown as { briefing?: BriefingBridge }).briefing;
  if (bridge) return { api: clientFromTransport((c, p) => bridge.invoke(c, p)), mode: 'electron' };
  const send = async (channel: string, payload: unknown): Promise<Envelope> => {
    const response = await fetch('./api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify({ channel, payload }),
    });
    return (await response.json()) as Envelope;
  };
  return { api: clientFromTransport(send), mode: 'browser' };
}
