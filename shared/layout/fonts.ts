/**
 * Font stacks per typographic role (spec D). The names an office PC has come first (Windows,
 * macOS, UOS/Kylin, in both Chinese and English spellings), then the TrueType fonts Debian ships.
 * Never Noto CJK or Fandol: they are CFF-outline fonts that Chromium embeds as Type 3, whose text
 * extracts as wrong characters (高 -> ⾼), so copy and search from the PDF would lie.
 */

export const FONT_ROLES = ['xbs', 'fs', 'hei', 'kai', 'song'] as const;
export type FontRole = (typeof FONT_ROLES)[number];

/** What each role is called by the people who use it. */
export const ROLE_NAMES: Record<FontRole, string> = {
  xbs: '小标宋',
  fs: '仿宋',
  hei: '黑体',
  kai: '楷体',
  song: '宋体',
};

/** Preferred families: what a secretariat's own machine normally has. */
export const PREFERRED_FONTS: Record<FontRole, readonly string[]> = {
  xbs: ['方正小标宋简体', 'FZXiaoBiaoSong-B05S', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05'],
  fs: ['仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', 'STFangsong', '华文仿宋'],
  hei: ['黑体', 'SimHei', 'Heiti SC', 'STHeiti'],
  kai: ['楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', 'Kaiti SC', 'STKaiti', '华文楷体'],
  song: ['宋体', 'SimSun', 'Songti SC', 'STSong', '华文宋体'],
};

/**
 * Open TrueType fallbacks (fonts-arphic-*, fonts-wqy-zenhei, fonts-lxgw-wenkai). There is no open
 * 仿宋 or 小标宋 in TrueType: AR PL UMing (a Song face) is the closest that embeds as real text.
 */
export const FALLBACK_FONTS: Record<FontRole, readonly string[]> = {
  xbs: ['AR PL UMing CN', 'AR PL UMing TW'],
  fs: ['AR PL UMing CN', 'AR PL UMing TW', 'LXGW WenKai'],
  hei: ['WenQuanYi Zen Hei', 'WenQuanYi Micro Hei'],
  kai: ['AR PL UKai CN', 'AR PL UKai TW', 'LXGW WenKai'],
  song: ['AR PL UMing CN', 'AR PL UMing TW'],
};

const GENERIC: Record<FontRole, string> = { xbs: 'serif', fs: 'serif', hei: 'sans-serif', kai: 'serif', song: 'serif' };

/** The CSS font-family value for a role. */
export function fontStack(role: FontRole): string {
  return [...PREFERRED_FONTS[role], ...FALLBACK_FONTS[role]]
    .map((f) => `"${f}"`)
    .concat(GENERIC[role])
    .join(', ');
}

/** The family DOCX names in w:rFonts: the localized de-facto names Word and WPS look up. */
export const DOCX_FONTS: Record<FontRole, string> = {
  xbs: '方正小标宋简体',
  fs: '仿宋_GB2312',
  hei: '黑体',
  kai: '楷体_GB2312',
  song: '宋体',
};

/** Which family actually served a role when the document was printed. */
export interface FontUse {
  role: FontRole;
  /** The family the engine used for most glyphs of that role ('' when the role was not used). */
  family: string;
  /** True when the family is one of the preferred ones; false means a fallback served. */
  preferred: boolean;
}

export function isPreferred(role: FontRole, family: string): boolean {
  const f = family.toLowerCase();
  return PREFERRED_FONTS[role].some((p) => p.toLowerCase() === f);
}
