import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { HbSubsetter } from './hb-subset';
import { systemFonts, type FontIndex, type InstalledFace } from './system-fonts';

/**
 * Issue 15: Chromium's print spends 120–190 ms of CPU per embedded CJK font on every print, growing
 * with the font FILE (uming.ttc is 21 MB) even when one line uses it. So before a print page reaches
 * Chromium, each system family its CSS will draw with is cut to the characters of the page and
 * handed back as an @font-face with a data: URL under the SAME family name: the page lays out with
 * the same glyphs and metrics, the PDF embeds the same CID TrueType font (its name table is kept,
 * so the font report still names the system family), and Chromium only ever opens a small font.
 *
 * Only a family that is exactly one installed TrueType face is replaced: a family with several
 * faces (Light/Regular/Bold) or CFF outlines is left to the system, where nothing changes.
 */

/** CSS generic families (unquoted) end a stack: nothing after them is ever used. "FangSong" in quotes is a font. */
const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'math', 'emoji', 'fangsong', 'kai', 'nastaliq']);

/** One entry of a font-family list. */
export interface StackEntry {
  family: string;
  generic: boolean;
}

/** Printable ASCII is always kept: digits of page numbers, 续表 marks, what a script may write. */
const ALWAYS = Array.from({ length: 0x7f - 0x20 }, (_, i) => 0x20 + i);

export interface SubsetFace {
  /** The CSS family name the page asks for (and the @font-face declares). */
  family: string;
  file: string;
  index: number;
  /** Size of the subset font. */
  bytes: number;
  /** True when it came from the cache (no subsetting this time). */
  cached: boolean;
}

export interface SubsetResult {
  /** The print HTML with the @font-face rules, or the HTML unchanged when nothing was subset. */
  html: string;
  faces: SubsetFace[];
  /** Time spent here, ms (bench/ shows it as the "subset" step). */
  ms: number;
  /** Why nothing was subset when something went wrong: the print then uses the system fonts. */
  error?: string;
}

export interface PrintFontsOptions {
  /** The installed fonts (tests give a folder of their own). */
  fonts?: () => Promise<FontIndex>;
  /** The environment (BRIEFING_SUBSET_FONTS=0 turns subsetting off); process.env by default. */
  env?: NodeJS.ProcessEnv;
}

/** The font-family stacks the page's CSS names, in order, as written. */
export function fontStacks(html: string): StackEntry[][] {
  const stacks: StackEntry[][] = [];
  for (const m of html.matchAll(/font-family\s*:\s*([^;}]+)/gi)) {
    const entries: StackEntry[] = [];
    for (const raw of m[1]!.split(',')) {
      const s = raw.trim();
      const quoted = /^(["'])(.*)\1$/.exec(s);
      const family = (quoted ? quoted[2]! : s).trim();
      // a name with markup characters is not from the layout's CSS: never written back into a <style>
      if (/[<>]/.test(family)) break;
      if (family) entries.push({ family, generic: !quoted && GENERIC.has(family.toLowerCase()) });
    }
    if (entries.length) stacks.push(entries);
  }
  return stacks;
}

/** Families an @font-face of the page already declares: never shadowed. */
function declaredFaces(html: string): Set<string> {
  const out = new Set<string>();
  for (const m of html.matchAll(/@font-face\s*\{[^}]*?font-family\s*:\s*(["']?)([^;"'}]+)\1/gi)) out.add(m[2]!.trim().toLowerCase());
  return out;
}

/**
 * Which installed face serves each stack: its first family the system has. The stack ends there
 * whether or not that face can be subset (the system font then serves, as before).
 */
export function servingFaces(stacks: StackEntry[][], index: FontIndex, declared: Set<string> = new Set()): Map<string, InstalledFace> {
  const out = new Map<string, InstalledFace>();
  for (const stack of stacks) {
    for (const { family, generic } of stack) {
      const key = family.toLowerCase();
      if (generic || declared.has(key)) break;
      const faces = index.get(key);
      if (!faces?.length) continue;
      if (faces.length === 1 && faces[0]!.truetype) out.set(family, faces[0]!);
      break;
    }
  }
  return out;
}

/**
 * Every character the page can show: its whole source (text, the CSS `content` strings, the
 * settle script's own labels) with character references decoded, plus printable ASCII. Markup
 * letters come along; they are a few dozen glyphs.
 */
export function pageCodepoints(html: string): number[] {
  const set = new Set<number>(ALWAYS);
  for (const ch of html) set.add(ch.codePointAt(0)!);
  for (const m of html.matchAll(/&#(x[0-9a-f]+|[0-9]+);/gi)) {
    const cp = m[1]![0] === 'x' || m[1]![0] === 'X' ? parseInt(m[1]!.slice(1), 16) : parseInt(m[1]!, 10);
    if (cp > 0 && cp <= 0x10ffff) set.add(cp);
  }
  // controls draw nothing
  for (const cp of [...set]) if (cp < 0x20) set.delete(cp);
  return [...set].sort((a, b) => a - b);
}

/** Subsets by font file, face and character set: a warm re-export of a document cuts nothing. */
const cache = new Map<string, string>();
const CACHE_ENTRIES = 24;

function remember(key: string, base64: string): void {
  cache.delete(key);
  cache.set(key, base64);
  while (cache.size > CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
}

/**
 * The subsetter with the font files it read, kept while exports follow one another (a batch, a
 * re-export after an edit: no 20 MB reads) and dropped after IDLE_MS, memory and all.
 */
const IDLE_MS = 30_000;
let warm: { hb: Promise<HbSubsetter>; timer?: ReturnType<typeof setTimeout> } | undefined;

function subsetter(): Promise<HbSubsetter> {
  const w = (warm ??= { hb: HbSubsetter.create() });
  if (w.timer) clearTimeout(w.timer);
  w.timer = setTimeout(() => {
    if (warm === w) warm = undefined;
  }, IDLE_MS);
  // never keeps a CLI process (or a test) alive
  w.timer.unref?.();
  w.hb.catch(() => {
    if (warm === w) warm = undefined;
  });
  return w.hb;
}

/** Forgets every cached subset (bench/ measures the first export of a document with it). */
export function clearSubsetCache(options: { keepFonts?: boolean } = {}): void {
  cache.clear();
  if (!options.keepFonts) warm = undefined;
}

const cssString = (s: string) => `"${s.replace(/[\\"]/g, (c) => `\\${c}`).replace(/[\n\r\f]/g, ' ')}"`;

/**
 * The print HTML with its system fonts replaced by subsets of themselves. Never fails an export:
 * on any error the HTML comes back unchanged (with the error) and the print uses the system fonts.
 */
export async function withSubsetFonts(html: string, opts: PrintFontsOptions = {}): Promise<SubsetResult> {
  const t0 = performance.now();
  const at = html.search(/<\/head>/i);
  // BRIEFING_SUBSET_FONTS=0: print with the system fonts as they are (a machine whose fonts the
  // subset path mishandles; the layout was proven equal on Linux's fonts, not on every system's)
  if (at < 0 || (opts.env ?? process.env).BRIEFING_SUBSET_FONTS === '0') return { html, faces: [], ms: performance.now() - t0 };
  try {
    const serving = servingFaces(fontStacks(html), await (opts.fonts ?? systemFonts)(), declaredFaces(html));
    if (!serving.size) return { html, faces: [], ms: performance.now() - t0 };
    const codepoints = pageCodepoints(html);
    const charsetHash = createHash('sha256').update(Uint32Array.from(codepoints)).digest('hex').slice(0, 32);
    const rules: string[] = [];
    const faces: SubsetFace[] = [];
    for (const [family, face] of serving) {
      const s = await stat(face.file);
      // the file's size and time in the key: a font updated in place is cut again
      const key = `${face.file}\0${face.index}\0${s.size}\0${s.mtimeMs}\0${charsetHash}`;
      let base64 = cache.get(key);
      const cached = base64 !== undefined;
      if (base64 === undefined) base64 = Buffer.from(await (await subsetter()).subsetFile(face.file, `${s.size}:${s.mtimeMs}`, face.index, codepoints)).toString('base64');
      remember(key, base64);
      // should Chromium refuse the subset (its font sanitizer), local() is the same system face
      // the page had before: the layout must never fall to the next family of the stack
      const local = face.faceNames.filter((n) => !/[<>]/.test(n)).map((n) => `, local(${cssString(n)})`);
      rules.push(`@font-face { font-family: ${cssString(family)}; src: url(data:font/ttf;base64,${base64}) format("truetype")${local.join('')}; }`);
      faces.push({ family, file: face.file, index: face.index, bytes: Math.floor((base64.length * 3) / 4), cached });
    }
    const style = `<style data-subset-fonts>\n${rules.join('\n')}\n</style>\n`;
    return { html: html.slice(0, at) + style + html.slice(at), faces, ms: performance.now() - t0 };
  } catch (e) {
    return { html, faces: [], ms: performance.now() - t0, error: e instanceof Error ? e.message : String(e) };
  }
}
