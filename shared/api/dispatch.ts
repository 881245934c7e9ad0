import { AppError, isAppError, validationError, type AppErrorShape } from './errors';
import { MAX_PAYLOAD_CHARS, contract, type Api } from './contract';

export type Envelope = { ok: true; value: unknown } | { ok: false; error: AppErrorShape };

/**
 * The one place a raw payload becomes a typed call: channel check, size check, strict zod parse,
 * then the service. Every transport (IPC, loopback HTTP, CLI) goes through here, so a malformed
 * payload is refused the same way everywhere and never reaches the store.
 */
export async function dispatch(api: Api, channel: unknown, payload: unknown, payloadChars?: number): Promise<Envelope> {
  return dispatchOn(contract, api as unknown as Handlers, channel, payload, payloadChars);
}

/** Channels as dispatch reads them: each with the zod schema its request must pass. */
export type ChannelTable = Readonly<
  Record<
    string,
    { readonly request: { safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } } }
  >
>;
type Handlers = Readonly<Record<string, (req: unknown) => Promise<unknown>>>;

/**
 * dispatch over another table of channels: the CLI's file channels (electron/cli/file-channels.ts),
 * which no transport but the CLI carries, are checked exactly as the contract's are.
 */
export async function dispatchOn(table: ChannelTable, api: Handlers, channel: unknown, payload: unknown, payloadChars?: number): Promise<Envelope> {
  try {
    if (typeof channel !== 'string' || !Object.prototype.hasOwnProperty.call(table, channel)) throw new AppError('unknownChannel', String(channel).slice(0, 100));
    const size = payloadChars ?? safeSize(payload);
    if (size > MAX_PAYLOAD_CHARS) throw new AppError('payloadTooLarge', `${size} > ${MAX_PAYLOAD_CHARS}`, { size, max: MAX_PAYLOAD_CHARS });
    const parsed = table[channel]!.request.safeParse(payload ?? {});
    if (!parsed.success) throw validationError(parsed.error.issues);
    const fn = api[channel];
    if (!fn) throw new AppError('unknownChannel', channel.slice(0, 100));
    const value = await fn(parsed.data);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, error: toErrorShape(e) };
  }
}

export function toErrorShape(e: unknown): AppErrorShape {
  if (isAppError(e)) return e.toShape();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'internal', detail: message.slice(0, 2000), params: {} };
}

function safeSize(payload: unknown): number {
  try {
    return JSON.stringify(payload ?? {}).length;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** Builds an Api from a function that carries (channel, payload) somewhere and returns an Envelope. */
export function clientFromTransport(send: (channel: string, payload: unknown) => Promise<Envelope>): Api {
  const api = {} as Record<string, (req: unknown) => Promise<unknown>>;
  for (const channel of Object.keys(contract)) {
    api[channel] = async (req: unknown) => {
      const envelope = await send(channel, req);
      if (envelope.ok) return envelope.value;
      throw AppError.from(envelope.error);
    };
  }
  return api as unknown as Api;
}
