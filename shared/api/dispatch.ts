import { AppError, isAppError, validationError, type AppErrorShape } from './errors';
import { MAX_PAYLOAD_CHARS, contract, isChannel, type Api } from './contract';

export type Envelope = { ok: true; value: unknown } | { ok: false; error: AppErrorShape };

/**
 * The one place a raw payload becomes a typed call: channel check, size check, strict zod parse,
 * then the service. Every transport (IPC, loopback HTTP, CLI) goes through here, so a malformed
 * payload is refused the same way everywhere and never reaches the store.
 */
export async function dispatch(api: Api, channel: unknown, payload: unknown, payloadChars?: number): Promise<Envelope> {
  try {
    if (!isChannel(channel)) throw new AppError('unknownChannel', String(channel).slice(0, 100));
    const size = payloadChars ?? safeSize(payload);
    if (size > MAX_PAYLOAD_CHARS) throw new AppError('payloadTooLarge', `${size} > ${MAX_PAYLOAD_CHARS}`, { size, max: MAX_PAYLOAD_CHARS });
    const parsed = contract[channel].request.safeParse(payload ?? {});
    if (!parsed.success) throw validationError(parsed.error.issues);
    const fn = api[channel] as (req: unknown) => Promise<unknown>;
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
