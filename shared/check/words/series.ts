import { converter } from '../../script/converter';
import { SHAPE_SERIES } from './shape-series';
import { SHAPE_KIN } from './shape-kin';
import { HANT_SHAPE_SERIES } from './shape-series-hant';
import { RARE_KIN } from './rare-kin';
import { DRAWN_KIN } from './drawn-kin';

/**
 * Same-reading look-alikes the position-bound families (shape-families.ts) do not hold: two common
 * characters of one syllable that share a telling component in any position, or one built on the
 * other (桨/浆 share 将's top over 木 or 水; 梅/霉 share 每 beside 木 and under 雨; 仿 is 方 with 亻).
 * Derived by tools/derive-shape-series.mjs. The slip rule (slip.ts) reads them as slips of both
 * likenesses, the commonest kind real drafts make: before, 砂桨 for 砂浆 was a slip of sound alone,
 * held to the sound bar and to targets jieba counts 30+, and the blind sets missed it.
 * Only the slip rule reads this table: the near-miss and shape rules keep their own look-alikes.
 */
let partners: Map<string, string[]> | null = null;

/** Each character's partners in a table of pairs ('桨浆 梅霉'). */
function pairMap(table: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const pair of table.split(' ')) {
    const [x, y] = [...pair];
    if (!x || !y) continue;
    m.set(x, [...(m.get(x) ?? []), y]);
    m.set(y, [...(m.get(y) ?? []), x]);
  }
  return m;
}

/** The characters of the same syllable that look like `ch` by this table (empty when none). */
export function seriesPartnersOf(ch: string): readonly string[] {
  partners ??= pairMap(SHAPE_SERIES);
  return partners.get(ch) ?? [];
}

/** Whether `x` and `y` are such a pair. */
export function seriesAlike(x: string, y: string): boolean {
  return seriesPartnersOf(x).includes(y);
}

/**
 * The same for a character as written in a Traditional document (shape-series-hant.ts): 驚 and 警
 * share 敬, 績 and 蹟 share 責, 導 is 道 with 寸, while their Simplified forms (惊/警, 绩/迹, 导/道),
 * which the rules read, share nothing. Round 31: check-train-12's 預驚 for 預警 and earlier sets'
 * 古績 for 古蹟, 交流導 for 交流道 were slips of sound alone to the slip rule, held to the sound bar.
 * The partners come back in Simplified (警 → 警, 蹟 → 迹), the script the rules read; empty for a
 * character with none.
 */
export function hantSeriesPartnersOf(written: string): readonly string[] {
  hantPartners ??= pairMap(HANT_SHAPE_SERIES);
  let hit = HANT_SIMPLIFIED.get(written);
  if (!hit) {
    hit = (hantPartners.get(written) ?? []).map(toSimplified);
    HANT_SIMPLIFIED.set(written, hit);
  }
  return hit;
}
let hantPartners: Map<string, string[]> | null = null;
const HANT_SIMPLIFIED = new Map<string, readonly string[]>();
const toSimplified = converter('t', 'cn');

/**
 * Characters that share a telling component with `ch` in any position, whatever their readings
 * (shape-kin.ts: 索/素, 嗽/漱, 遗/遣), cached. Kin of another reading are slips of the eye alone,
 * the weakest evidence: only the slip rule reads them, at a bar of their own (slip.ts, KIN_BAR).
 */
export function kinPartnersOf(ch: string): readonly string[] {
  if (!kin) {
    kin = new Map();
    for (const group of SHAPE_KIN.split(' ')) for (const c of group) kin.set(c, [...(kin.get(c) ?? []), ...[...group].filter((x) => x !== c)]);
    for (const [c, xs] of kin) kin.set(c, [...new Set(xs)]);
  }
  return kin.get(ch) ?? [];
}
let kin: Map<string, string[]> | null = null;

/**
 * The GB2312 characters a RARE character (outside the 4,500 commonest) is drawn like (rare-kin.ts:
 * the same layout, one part the same in its place, the other parts alike: 凅/涸, 崁/嵌, 墬/坠,
 * 埸/场 of 場), empty for a common character or one with none. A writer means a common word: a rare
 * character left alone in a stretch that is no word is the eye's slip far oftener than a word the
 * dictionary lacks, and the shape tables pair only the commonest characters. Only the slip rule
 * reads it, at the bars of its kinds (slip.ts). Each character is looked up in the packed string
 * (a group starts after a space; partners never do) and cached, so no map of 10k groups is built
 * before the first check.
 */
export function rareKinOf(ch: string): readonly string[] {
  let hit = RARE_KIN_OF.get(ch);
  if (!hit) {
    const at = PACKED_RARE_KIN.indexOf(` ${ch}`);
    if (at === -1) hit = [];
    else {
      const end = PACKED_RARE_KIN.indexOf(' ', at + 1);
      hit = [...PACKED_RARE_KIN.slice(at + 1, end === -1 ? undefined : end)].slice(1);
    }
    RARE_KIN_OF.set(ch, hit);
  }
  return hit;
}
const PACKED_RARE_KIN = ` ${RARE_KIN}`;
const RARE_KIN_OF = new Map<string, readonly string[]>();

/**
 * Common characters drawn alike one part apart (drawn-kin.ts): the same layout, one part the same in
 * its place, the other one inside the other or sharing a part (早/旱: 十 in 干; 问/间: 口 in 日; 颂/颁:
 * 公 and 分 share 八). Pairs whose only shared part is a common radical, which no other table holds
 * since thousands of characters share one (shape-kin.ts keeps the telling parts). Only the slip rule
 * reads them, as look-alikes at the bars of their kinds.
 */
export function drawnKinOf(ch: string): readonly string[] {
  drawn ??= pairMap(DRAWN_KIN);
  return drawn.get(ch) ?? [];
}
let drawn: Map<string, string[]> | null = null;
