import { AppError, isAppError, validationError, type AppErrorShape } from './errors';
import { MAX_PAYLOAD_CHARS } from './limits';

// The checks of dispatch.ts without the contract: this module imports no channel's schemas, so a
// caller that dispatches over a few channels (the CLI's file channels, `briefing list` over
// docs:list) builds only the schemas of those channels. dispatch.ts applies it to the whole contract.

export type Envelope = { ok: true; value: unknown } | { ok: false; error: AppErrorShape };

/** Channels as dispatch reads them: each with the zod schema its request must pass. */
export type ChannelTable = Readonly<
  Record<
    string,
    { readonly request: { safeParse(input: unknown): { success: true; data: unknown } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } } }
  >
>;
export type Handlers = Readonly<Record<string, (req: unknown) => Promise<unknown>>>;

/**
 * The one place a raw payload becomes a typed call: channel check, size check, strict zod parse,
 * then the handler. `dispatch` runs it over the contract; the CLI's file channels
 * (electron/cli/file-channels.ts), which no transport but the CLI carries, are checked exactly so.
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

/** The value of an Envelope, or its error thrown again as the AppError it was (what a client sees). */
export function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.value;
  throw AppError.from(envelope.error);
}
