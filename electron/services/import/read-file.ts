import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { AppError } from '../../../shared/api';
import { MAX_IMPORT_CHARS } from '../../../shared/importer';
import { declaredCharset, decodeText, looksBinary } from './encoding';

/** A file read for import: its text, whether it is HTML, and how it was decoded. */
export interface ReadSource {
  text: string;
  format: 'text' | 'html';
  encoding: string;
}

/** Files beyond this size are not meeting reports; refusing early keeps memory bounded. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/**
 * Refusals are AppError 'validation' with `params.reason` naming the importer message
 * (importer:errors.<reason>) and a one-line English detail for logs and the CLI.
 */
export function refusal(reason: 'empty' | 'binary' | 'encoding' | 'tooLarge' | 'unreadable' | 'unsupported', path: string, detail: string, extra: Record<string, string | number> = {}): AppError {
  return new AppError('validation', `${basename(path)}: ${detail}`, { path: basename(path), reason, ...extra });
}

export async function readImportFile(path: string): Promise<ReadSource> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw refusal('unreadable', path, 'not a regular file');
    size = info.size;
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw refusal('unreadable', path, `cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (size === 0) throw refusal('empty', path, 'the file is empty');
  if (size > MAX_FILE_BYTES) throw refusal('tooLarge', path, `${size} bytes is more than the import limit`, { size, max: MAX_FILE_BYTES });
  return readImportBytes(path, new Uint8Array(await readFile(path)));
}

/**
 * Decodes a file's bytes by its name and content. The app reads files from a path; browser mode
 * (an <input type=file>) sends the bytes, so both take the same detection and refusals.
 */
export async function readImportBytes(path: string, bytes: Uint8Array): Promise<ReadSource> {
  if (bytes.length === 0) throw refusal('empty', path, 'the file is empty');
  if (bytes.length > MAX_FILE_BYTES) throw refusal('tooLarge', path, `${bytes.length} bytes is more than the import limit`, { size: bytes.length, max: MAX_FILE_BYTES });
  const ext = extname(path).toLowerCase();
  if (ext === '.docx') return readDocx(path, bytes);
  if (ext === '.doc' || ext === '.pdf' || ext === '.wps') throw refusal('unsupported', path, `${ext} files are not supported; save as .docx or .txt`);
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.xhtml';
  const declared = isHtml ? declaredCharset(bytes) : null;
  if (declared && !looksBinary(bytes)) {
    try {
      return checked(path, { text: new TextDecoder(declared, { fatal: true }).decode(bytes), format: 'html', encoding: declared });
    } catch {
      // The declaration lied; fall back to detection.
    }
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) {
    throw decoded.reason === 'binary' ? refusal('binary', path, 'not a text file (binary content)') : refusal('encoding', path, 'unknown text encoding (not UTF-8, UTF-16, GB18030 or Big5)');
  }
  return checked(path, { text: decoded.text, format: isHtml ? 'html' : 'text', encoding: decoded.encoding });
}

async function readDocx(path: string, bytes: Uint8Array): Promise<ReadSource> {
  try {
    // loaded on the first .docx: building its style maps costs ~50 ms, which every CLI command and
    // the services' start would otherwise pay
    const { default: mammoth } = await import('mammoth');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    // mammoth separates paragraphs with a blank line; one line per paragraph is what the importer reads.
    return checked(path, { text: value.replace(/\n{2,}/g, '\n'), format: 'text', encoding: 'docx' });
  } catch (e) {
    throw refusal('unreadable', path, `not a readable .docx (${e instanceof Error ? e.message.slice(0, 200) : 'error'})`);
  }
}

function checked(path: string, source: ReadSource): ReadSource {
  if (!source.text.trim()) throw refusal('empty', path, 'the file has no text');
  if (source.text.length > MAX_IMPORT_CHARS) throw refusal('tooLarge', path, `${source.text.length} characters is more than the import limit`, { size: source.text.length, max: MAX_IMPORT_CHARS });
  return source;
}
