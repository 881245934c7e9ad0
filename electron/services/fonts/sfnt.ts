import type { FileHandle } from 'node:fs/promises';

/**
 * Reads what the print-font subsetter needs from a TrueType/OpenType file or collection without
 * loading it: each face's family names (name IDs 1 and 16, every language: fontconfig and
 * DirectWrite match a CSS family against all of them) and whether its outlines are TrueType
 * ('glyf'). A CJK font is 15–25 MB; this reads a few kilobytes of it.
 */
export interface SfntFace {
  /** Face index inside a collection (0 for a single font). */
  index: number;
  /** Family names as written in the font, every language, deduplicated. */
  families: string[];
  /** Full and PostScript names (IDs 4 and 6): what CSS local() matches, for the fallback src. */
  faceNames: string[];
  /** TrueType outlines: Chromium embeds these as CID TrueType; CFF ones are left alone. */
  truetype: boolean;
}

const tag = (b: Buffer, at: number) => b.toString('latin1', at, at + 4);

async function readAt(fh: FileHandle, position: number, length: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await fh.read(buf, 0, length, position);
  if (bytesRead < length) throw new Error('truncated font file');
  return buf;
}

/** Decodes one name record; undefined for encodings a family name never needs here. */
function decodeName(platform: number, encoding: number, bytes: Buffer): string | undefined {
  // Unicode (0) and Windows Unicode BMP / full (3/1, 3/10): UTF-16BE
  if (platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10))) {
    const le = Buffer.from(bytes);
    le.swap16();
    return le.toString('utf16le');
  }
  // Mac Roman: only its ASCII part is certain; a non-ASCII Mac name is skipped, never guessed
  if (platform === 1 && encoding === 0 && bytes.every((c) => c < 0x80)) return bytes.toString('latin1');
  return undefined;
}

async function readFace(fh: FileHandle, offset: number, index: number): Promise<SfntFace> {
  const head = await readAt(fh, offset, 12);
  const version = head.readUInt32BE(0);
  const numTables = head.readUInt16BE(4);
  const dir = await readAt(fh, offset + 12, numTables * 16);
  const tables = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) tables.set(tag(dir, i * 16), { offset: dir.readUInt32BE(i * 16 + 8), length: dir.readUInt32BE(i * 16 + 12) });
  const families = new Set<string>();
  const faceNames = new Set<string>();
  const name = tables.get('name');
  if (name && name.length >= 6) {
    const t = await readAt(fh, name.offset, name.length);
    const count = t.readUInt16BE(2);
    const strings = t.readUInt16BE(4);
    for (let i = 0; i < count && 6 + i * 12 + 12 <= t.length; i++) {
      const r = 6 + i * 12;
      const nameId = t.readUInt16BE(r + 6);
      if (nameId !== 1 && nameId !== 16 && nameId !== 4 && nameId !== 6) continue;
      const start = strings + t.readUInt16BE(r + 10);
      const end = start + t.readUInt16BE(r + 8);
      if (end > t.length) continue;
      const s = decodeName(t.readUInt16BE(r), t.readUInt16BE(r + 2), t.subarray(start, end));
      if (s?.trim()) (nameId === 1 || nameId === 16 ? families : faceNames).add(s.trim());
    }
  }
  // 0x00010000 and 'true' are TrueType; 'OTTO' is CFF
  const truetype = (version === 0x00010000 || version === 0x74727565) && tables.has('glyf');
  return { index, families: [...families], faceNames: [...faceNames], truetype };
}

/** The faces of one font file (a .ttc has several). Throws on a file that is not a font. */
export async function readSfntFaces(fh: FileHandle): Promise<SfntFace[]> {
  const head = await readAt(fh, 0, 12);
  if (tag(head, 0) !== 'ttcf') return [await readFace(fh, 0, 0)];
  const n = head.readUInt32BE(8);
  if (n > 256) throw new Error('not a font collection');
  const offsets = await readAt(fh, 12, n * 4);
  const faces: SfntFace[] = [];
  for (let i = 0; i < n; i++) faces.push(await readFace(fh, offsets.readUInt32BE(i * 4), i));
  return faces;
}
