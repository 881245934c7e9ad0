import { contract, type Api } from './contract';
import { dispatchOn, unwrap, type Envelope, type Handlers } from './dispatch-on';

export { dispatchOn, toErrorShape, unwrap, type ChannelTable, type Envelope } from './dispatch-on';

/**
 * Every transport (IPC, loopback HTTP, CLI) goes through here: the checks of dispatchOn
 * (dispatch-on.ts: channel, size, strict zod parse) over the whole contract, so a malformed
 * payload is refused the same way everywhere and never reaches the store.
 */
export async function dispatch(api: Api, channel: unknown, payload: unknown, payloadChars?: number): Promise<Envelope> {
  return dispatchOn(contract, api as unknown as Handlers, channel, payload, payloadChars);
}

/** Builds an Api from a function that carries (channel, payload) somewhere and returns an Envelope. */
export function clientFromTransport(send: (channel: string, payload: unknown) => Promise<Envelope>): Api {
  const api = {} as Record<string, (req: unknown) => Promise<unknown>>;
  for (const channel of Object.keys(contract)) api[channel] = async (req: unknown) => unwrap(await send(channel, req));
  return api as unknown as Api;
}
