import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HbSubsetter } from '../../electron/services/fonts/hb-subset';
import { clearSubsetCache, fontStacks, pageCodepoints, servingFaces, withSubsetFonts } from '../../electron/services/fonts/print-fonts';
import { readSfntFaces } from '../../electron/services/fonts/sfnt';
import { scanFonts, type FontIndex } from '../../electron/services/fonts/system-fonts';
import { buildPrintHtml } from '../../shared/layout';
import { Briefing } from '../../shared/model';

// The TrueType CJK fonts Debian ships (.ci/run installs them); the print CSS falls back to them.
const UMING = '/usr/share/fonts/truetype/arphic/uming.ttc';
const UKAI = '/usr/share/fonts/truetype/arphic/ukai.ttc';
const WQY = '/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc';
const haveFonts = [UMING, UKAI, WQY].every((f) => existsSync(f));

const fixture = Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export/minutes-seed-hans.json'), 'utf8')));

async function facesOf(file: string) {
  const fh = await open(file, 'r');
  try {
    return await readSfntFaces(fh);
  } finally {
    await fh.close();
  }
}

describe.skipIf(!haveFonts)('print fonts cut to the page (electron/services/fonts)', () => {
  let dir: string;
  let index: FontIndex;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'print-fonts-'));
    index = await scanFonts(['/usr/share/fonts/truetype']);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every face of a collection and its family names in every language', async () => {
    const faces = await facesOf(WQY);
    expect(faces.length).toBeGreaterThanOrEqual(2);
    expect(faces[0]!.families).toEqual(expect.arrayContaining(['WenQuanYi Zen Hei', '文泉驿正黑']));
    expect(faces.every((f) => f.truetype)).toBe(true);
    const ming = await facesOf(UMING);
    expect(ming.find((f) => f.families.includes('AR PL UMing CN'))?.index).toBe(0);
    expect(ming.find((f) => f.families.includes('AR PL UMing TW'))?.index).not.toBe(0);
  });

  it('finds the installed face that serves each stack of the print CSS, by any of its names', () => {
    const serving = servingFaces(fontStacks(buildPrintHtml(fixture).html), index);
    expect(serving.get('AR PL UMing CN')).toMatchObject({ file: UMING, index: 0, truetype: true });
    expect(serving.get('AR PL UKai CN')).toMatchObject({ file: UKAI, index: 0, truetype: true });
    expect(serving.get('WenQuanYi Zen Hei')).toMatchObject({ file: WQY, index: 0, truetype: true });
    // the first installed family of each stack serves it; the ones after are never asked for
    expect(serving.has('AR PL UMing TW')).toBe(false);
    expect(servingFaces([[{ family: '文泉驿正黑', generic: false }]], index).get('文泉驿正黑')).toMatchObject({ file: WQY, index: 0, truetype: true });
  });

  it('leaves a family to the system when it is several faces or CFF, and stops at a generic', () => {
    const stack = (...names: string[]) => names.map((family) => ({ family, generic: family === 'serif' }));
    const face = (file: string, truetype = true) => ({ file, index: 0, truetype, faceNames: [] });
    const fake: FontIndex = new Map([
      ['many', [face('/a.ttf'), face('/b.ttf')]],
      ['cff', [face('/c.otf', false)]],
      ['one', [face('/d.ttf')]],
      ['fangsong', [face('/e.ttf')]],
    ]);
    expect([...servingFaces([stack('many', 'one'), stack('cff', 'one'), stack('serif', 'one')], fake).keys()]).toEqual([]);
    expect([...servingFaces([stack('missing', 'one')], fake).keys()]).toEqual(['one']);
    expect(fontStacks('p { font-family: "a</style><script>x()</script>", "AR PL UMing CN"; }')).toEqual([]);
    // "FangSong" in quotes is the Windows font, not the CSS generic fangsong
    expect(fontStacks('p { font-family: "FangSong", fangsong; }')[0]).toEqual([
      { family: 'FangSong', generic: false },
      { family: 'fangsong', generic: true },
    ]);
  });

  it('keeps every character the page can show: text, references, page-number digits', () => {
    const cps = pageCodepoints('<p>会议&#x7EAA;&#35201;</p>');
    for (const ch of '会议纪要0123456789—') if (ch !== '—') expect(cps).toContain(ch.codePointAt(0));
    expect(cps).not.toContain(0x0a);
    expect(pageCodepoints(buildPrintHtml(fixture).html)).toContain('—'.codePointAt(0));
  });

  it('cuts a face of a collection to a small TrueType font that keeps its family name', async () => {
    const hb = await HbSubsetter.create();
    const font = readFileSync(UMING);
    const chars = [...'会议纪要'].map((c) => c.codePointAt(0)!);
    const cut = await hb.subset(font, 0, chars);
    // read from the file into the subsetter's memory: the same font
    expect(await hb.subsetFile(UMING, 'v1', 0, chars)).toEqual(cut);
    expect(cut.length).toBeLessThan(40_000);
    const file = path.join(dir, 'cut.ttf');
    writeFileSync(file, cut);
    const [face] = await facesOf(file);
    expect(face!.families).toContain('AR PL UMing CN');
    expect(face!.truetype).toBe(true);
    await expect(hb.subset(font, 99, [0x4f1a])).rejects.toThrow(/face 99/);
    await expect(hb.subsetFile(UMING, 'v1', 99, [0x4f1a])).rejects.toThrow(/face 99/);
  });

  it('gives the print page @font-face subsets under the same names, cached per character set', async () => {
    clearSubsetCache();
    const html = buildPrintHtml(fixture).html;
    const fonts = async () => index;
    const first = await withSubsetFonts(html, { fonts });
    expect(first.error).toBeUndefined();
    expect(first.faces.map((f) => f.family).sort()).toEqual(['AR PL UKai CN', 'AR PL UMing CN', 'WenQuanYi Zen Hei']);
    expect(first.faces.every((f) => !f.cached && f.bytes < 400_000)).toBe(true);
    // the system face stays the fallback source: a refused subset must not change the family
    expect(first.html.match(/@font-face \{ font-family: "AR PL UMing CN"; src: url\(data:font\/ttf;base64,[A-Za-z0-9+/=]+\) format\("truetype"\)(, local\("[^"]+"\))+; \}/g)).toHaveLength(1);
    expect(first.html).toMatch(/local\("AR PL UMing CN[^"]*"\)/);
    // and the switch for a machine where subsetting misbehaves
    expect((await withSubsetFonts(html, { fonts, env: { BRIEFING_SUBSET_FONTS: '0' } })).html).toBe(html);
    // the page itself is untouched around the inserted style, which sits in the head
    expect(first.html.replace(/<style data-subset-fonts>[\s\S]*?<\/style>\n/, '')).toBe(html);
    expect(first.html.indexOf('data-subset-fonts')).toBeLessThan(first.html.indexOf('</head>'));
    const again = await withSubsetFonts(html, { fonts });
    expect(again.faces.every((f) => f.cached)).toBe(true);
    expect(again.html).toBe(first.html);
    // one more character is another subset
    const more = await withSubsetFonts(html.replace('</body>', '<p>龘</p></body>'), { fonts });
    expect(more.faces.every((f) => !f.cached)).toBe(true);
  });

  it('never fails a print: a broken font file leaves the HTML as it was, with the reason', async () => {
    const broken = path.join(dir, 'broken.ttf');
    writeFileSync(broken, 'not a font at all, but named like one');
    const html = buildPrintHtml(fixture).html;
    const fonts = async (): Promise<FontIndex> => new Map([['ar pl uming cn', [{ file: broken, index: 0, truetype: true, faceNames: [] }]]]);
    const out = await withSubsetFonts(html, { fonts });
    expect(out.html).toBe(html);
    expect(out.faces).toEqual([]);
    expect(out.error).toMatch(/subset/);
    // a scan skips what is not a font
    const scanned = await scanFonts([dir]);
    expect([...scanned.keys()]).toEqual(['ar pl uming cn']);
    expect(scanned.get('ar pl uming cn')![0]!.file).toBe(path.join(dir, 'cut.ttf'));
    // and a page without a head is printed as it is
    expect((await withSubsetFonts('<p>会议</p>', { fonts: async () => index })).html).toBe('<p>会议</p>');
  });
});
