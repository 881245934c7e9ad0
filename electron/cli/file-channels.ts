import { z } from 'zod';
import { AppError, dispatchOn, type Envelope } from '../../shared/api';
import { FilePath } from '../../shared/api/channels/files';
import { AcceptedWords } from '../../shared/check/accepted';
import { TermsListSchema } from '../../shared/check/terms';
import { CONVERSIONS } from '../../shared/importer/types';

/**
 * The CLI's file channels: `import FILE` and `check FILE` work on a file the user names, with no
 * library, no data dir and no lock (they run beside an open app), and the contract's channels do
 * not fit them (import:parse carries at most ~5.8 MB of bytes, the CLI reads 20 MB; check:run takes
 * the library's terms list, not --terms, and checks no plain text). So they have channels of their
 * own, dispatched by the same dispatch (shared/api/dispatch.ts: channel, size, strict zod parse,
 * errors as { code, detail, params }) but carried by no transport: neither IPC nor the loopback
 * host knows them, so a page can never name a path through them. `export FILE.json` needs none:
 * the contract's export:<format> takes the document itself (commands/export.ts).
 */
export const FILE_CHANNELS = {
  /** A report on disk to a structured draft (readImportFile, runImport). */
  'file:import': {
    request: z.strictObject({ path: FilePath, convert: z.enum(CONVERSIONS) }),
  },
  /** A document JSON or a text file proofread, with the terms and accepted words the user named. */
  'file:check': {
    request: z.strictObject({ path: FilePath, terms: TermsListSchema.optional(), accepted: AcceptedWords }),
  },
} as const;

export type FileChannel = keyof typeof FILE_CHANNELS;
export type FileRequest<C extends FileChannel> = z.output<(typeof FILE_CHANNELS)[C]['request']>;

/**
 * Calls HANDLER through dispatch on CHANNEL: the payload is parsed by the channel's schema first (a
 * bad one never reaches the handler) and a failure comes back as the AppError it was. An error
 * that was no AppError (a bug, a library's throw) crosses dispatch as `internal`; it is thrown
 * again as a plain Error with its message, so the commands word it as they did before.
 */
export async function callFileChannel<C extends FileChannel, R>(channel: C, payload: z.input<(typeof FILE_CHANNELS)[C]['request']>, handler: (request: FileRequest<C>) => Promise<R>): Promise<R> {
  return unwrap(await dispatchOn(FILE_CHANNELS, { [channel]: handler as (req: unknown) => Promise<unknown> }, channel, payload)) as R;
}

/** An envelope's value, or its error thrown (an `internal` one as the plain Error it was). */
export function unwrap(envelope: Envelope): unknown {
  if (envelope.ok) return envelope.value;
  if (envelope.error.code === 'internal') throw new Error(envelope.error.detail);
  throw AppError.from(envelope.error);
}
