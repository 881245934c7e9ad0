import { promisify } from 'node:util';
import { inflateRaw } from 'node:zlib';
import { AppError } from '../../shared/api';

/**
 * Reads chosen entries of a library archive (zip) without trusting it. A crafted archive on a USB
 * stick must not freeze the app or eat its memory: sizes in the headers are lies until proven, so
 * every entry is inflated with a hard cap on its real output (zlib stops as soon as it is passed),
 * on libuv's thread pool rather than the main thread; only entries the caller asks for are
 * inflated at all (anything the manifest does not name is never touched).
 */
export const MAX_ENTRY_BYTES = 16 * 1024 * 1024;
/** Real output across all entries of one archive. */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024;
/** The archive file itself (checked before it is read). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024;

const inflateRawAsync = promisify(inflateRaw) as (data: Uint8Array, options: { maxOutputLength: number }) => Promise<Buffer>;

interface EntryRef {
  method: number;
  compressedSize: number;
  localOffset: number;
}

function invalid(detail: string, reason = 'damaged'): AppError {
  return new AppError('archiveInvalid', detail, { detail, reason });
}

/** The central directory: name -> where its data is. Zip64 and encrypted archives are refused. */
export function listEntries(data: Uint8Array): Map<string, EntryRef> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  let eocd = -1;
  for (let i = data.length - 22; i >= Math.max(0, data.length - 22 - 65_535); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw invalid('not a zip archive');
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff) throw invalid('zip64 archives are not supported');
  const entries = new Map<string, EntryRef>();
  const decoder = new TextDecoder('utf-8', { fatal: false });
  for (let i = 0; i < count; i++) {
    if (at + 46 > data.length || view.getUint32(at, true) !== 0x02014b50) throw invalid('damaged central directory');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(data.subarray(at + 46, at + 46 + nameLength));
    if (!(flags & 1)) entries.set(name, { method, compressedSize, localOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Inflates the named entries (those present), each capped, all counted. */
export async function readEntries(data: Uint8Array, wanted: (name: string) => boolean, entries = listEntries(data)): Promise<Map<string, Uint8Array>> {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const out = new Map<string, Uint8Array>();
  let total = 0;
  for (const [name, ref] of entries) {
    if (!wanted(name)) continue;
    const local = ref.localOffset;
    if (local + 30 > data.length || view.getUint32(local, true) !== 0x04034b50) throw invalid(`${name}: damaged entry`);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const compressed = data.subarray(start, start + ref.compressedSize);
    if (start + ref.compressedSize > data.length) throw invalid(`${name}: truncated`);
    let bytes: Uint8Array;
    if (ref.method === 0) bytes = compressed;
    else if (ref.method === 8) {
      try {
        bytes = await inflateRawAsync(compressed, { maxOutputLength: MAX_ENTRY_BYTES });
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) {
          throw invalid(`${name} expands beyond ${MAX_ENTRY_BYTES / 1024 / 1024} MB`, 'entryTooLarge');
        }
        throw invalid(`${name}: ${(e as Error).message}`);
      }
    } else throw invalid(`${name}: unsupported compression ${ref.method}`);
    if (bytes.length > MAX_ENTRY_BYTES) throw invalid(`${name} is larger than ${MAX_ENTRY_BYTES / 1024 / 1024} MB`, 'entryTooLarge');
    total += bytes.length;
    if (total > MAX_TOTAL_BYTES) throw invalid(`archive expands beyond ${MAX_TOTAL_BYTES / 1024 / 1024} MB`, 'entryTooLarge');
    out.set(name, bytes);
  }
  return out;
}
