import { open, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { readSfntFaces, type SfntFace } from './sfnt';

/** One face of an installed font file. */
export interface InstalledFace {
  file: string;
  index: number;
  truetype: boolean;
  /** Its full and PostScript names (for local()). */
  faceNames: readonly string[];
}

/** Installed families by lower-cased name (every name a face answers to). */
export type FontIndex = ReadonlyMap<string, readonly InstalledFace[]>;

/**
 * The folders the platform's font lookup reads (fontconfig's defaults on Linux, the system and
 * per-user Fonts folders on Windows and macOS). A font the system finds elsewhere is simply not
 * subset: it prints from the system as before.
 */
export function systemFontDirs(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string[] {
  const home = homedir();
  if (platform === 'win32') {
    const dirs = [path.join(env.WINDIR ?? 'C:\\Windows', 'Fonts')];
    if (env.LOCALAPPDATA) dirs.push(path.join(env.LOCALAPPDATA, 'Microsoft', 'Windows', 'Fonts'));
    return dirs;
  }
  if (platform === 'darwin') return ['/System/Library/Fonts', '/Library/Fonts', path.join(home, 'Library', 'Fonts')];
  return ['/usr/share/fonts', '/usr/local/share/fonts', path.join(env.XDG_DATA_HOME ?? path.join(home, '.local', 'share'), 'fonts'), path.join(home, '.fonts')];
}

const FONT_FILE = /\.(ttf|ttc|otf|otc)$/i;

async function fontFiles(dir: string, depth = 0): Promise<string[]> {
  // a missing folder is normal (no per-user fonts); a loop of symlinks stops at the depth bound
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const out: string[] = [];
  for (const e of entries) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && depth < 8) out.push(...(await fontFiles(p, depth + 1)));
    else if ((e.isFile() || e.isSymbolicLink()) && FONT_FILE.test(e.name)) out.push(p);
  }
  return out;
}

/** The faces of one file; none when it cannot be read or is not a font (the system would not serve it either). */
async function facesOf(file: string): Promise<SfntFace[]> {
  const fh = await open(file, 'r').catch(() => undefined);
  if (!fh) return [];
  try {
    return await readSfntFaces(fh);
  } catch {
    return [];
  } finally {
    await fh.close();
  }
}

/** Files read at once: a Windows Fonts folder holds hundreds, each a few small reads. */
const PARALLEL = 16;

/** Reads the name tables of every font file in the folders. Unreadable files are skipped. */
export async function scanFonts(dirs: readonly string[]): Promise<FontIndex> {
  const files = new Set<string>();
  for (const dir of dirs) for (const f of await fontFiles(dir)) files.add(f);
  const list = [...files];
  const faces: SfntFace[][] = [];
  for (let i = 0; i < list.length; i += PARALLEL) faces.push(...(await Promise.all(list.slice(i, i + PARALLEL).map(facesOf))));
  // filled in file order, so the index does not depend on which read finished first
  const index = new Map<string, InstalledFace[]>();
  list.forEach((file, i) => {
    for (const face of faces[i]!) {
      for (const family of face.families) {
        const key = family.toLowerCase();
        const entries = index.get(key) ?? [];
        if (!entries.some((f) => f.file === file && f.index === face.index)) entries.push({ file, index: face.index, truetype: face.truetype, faceNames: face.faceNames });
        index.set(key, entries);
      }
    }
  });
  return index;
}

let system: Promise<FontIndex> | undefined;

/**
 * The installed fonts, scanned once per process (a few kilobytes read per file). A font installed
 * while the app runs is used from the system, unsubset, until the next start.
 */
export function systemFonts(): Promise<FontIndex> {
  return (system ??= scanFonts(systemFontDirs()));
}
