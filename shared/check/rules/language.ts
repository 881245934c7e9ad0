import { converter } from '../../script/converter';
import { keptByPhrase, wordWiseToTaiwan } from '../../script/word-forms';
import type { Script } from '../../model';
import type { Rule, TermsList } from '../types';
import { matches } from './match';
import { hantSurnameOffsets, surnameYuOffsets } from './surname';
import { TAIWAN_FORMS_PACKED, TAIWAN_VARIANT_PAIRS } from './taiwan-forms';

/** LNG-03: no spaces between Chinese and digits or before a full-width mark (pangu spacing is not 公文 style). */
export const cjkSpacing: Rule = {
  id: 'LNG-03',
  severity: 'error',
  check(unit) {
    return matches(
      unit.text,
      /(?<=[\p{Script=Han}])[ \u00a0]+(?=\d)|(?<=\d)[ \u00a0]+(?=[年月日号號时時点點万萬亿億])|(?<=[\p{Script=Han}\d])[ \u00a0]+(?=[，。、；：？！）》”])|(?<=[，。、；：？！（《“])[ \u00a0]+(?=[\p{Script=Han}\d])/gu,
      () => ({
        replacement: '',
      }),
    );
  },
};

/** DUP-01: doubled function words and marks (的的, 了了, ，，) are slips; real reduplication (常常) is not flagged. */
export const doubled: Rule = {
  id: 'DUP-01',
  severity: 'warning',
  check(unit) {
    const t = unit.text;
    const han = /\p{Script=Han}/u;
    // Half of an AABB reduplication is no doubled word: 实实在在 (在在 after 实实), 的的确确 (的的
    // before 确确), 和和美美. A doubled pair of Han characters right before or right after marks it.
    const aabb = (at: number, end: number): boolean => (at >= 2 && t[at - 1] === t[at - 2] && han.test(t[at - 1]!)) || (end + 1 < t.length && t[end] === t[end + 1] && han.test(t[end]!));
    return matches(t, /([的了在是和与與及对對把被将將向从從，。、；：？！])\1/gu, (m) => ({
      offset: m.index + 1,
      length: 1,
      replacement: '',
      params: { found: m[0] },
    })).filter((f) => !aabb(f.offset - 1, f.offset + 1));
  },
};

/**
 * LNG-01, conservative: adverb + 的 + verb -> 地 (认真的贯彻), verb + 的 + degree -> 得 (做的很好).
 * Only listed words: the rule is known for false positives, so it warns and never guesses wider.
 */
const ADVERBS = '认真|認真|积极|積極|全面|深入|扎实|扎實|紮實|切实|切實|大力|稳步|穩步|有效|不断|不斷|持续|持續|主动|主動|坚决|堅決|严格|嚴格|高度|充分|广泛|廣泛|及时|及時|科学|科學|统筹|統籌';
const VERBS = '贯彻|貫徹|落实|落實|推进|推進|推动|推動|开展|開展|做好|抓好|加强|加強|学习|學習|研究|部署|实施|實施|解决|解決|完成|执行|執行|参与|參與|发挥|發揮|谋划|謀劃';
const DOERS = '做|干|幹|办|辦|抓|搞|落实|落實|完成|开展|開展|推进|推進|表现|表現|准备|準備|发展|發展';
const DEGREES = '很|非常|十分|更|比较|比較|较|較|不错|不錯|扎实|扎實|有声有色|有聲有色|井井有条|井井有條';
// Built once: the alternations are long, and check runs per unit.
// Not after a light verb (进行/开展/加以/作出 …, 了 optional): 进行了认真的研究 makes the phrase the
// light verb's object, a noun phrase, so 的 is right there.
const ADVERB_DE = new RegExp(`(?<!(?:进行|進行|开展|開展|加以|予以|给予|給予|作出|做出|作|做)了?)(?:${ADVERBS})(的)(?=${VERBS})`, 'gu');
const DOER_DE = new RegExp(`(?:${DOERS})(的)(?=${DEGREES})`, 'gu');
export const deDiDe: Rule = {
  id: 'LNG-01',
  severity: 'warning',
  check(unit) {
    return [
      ...matches(unit.text, ADVERB_DE, (m) => ({ offset: m.index + m[0].length - 1, length: 1, replacement: '地', params: { found: m[0], expected: '地' } })),
      ...matches(unit.text, DOER_DE, (m) => ({ offset: m.index + m[0].length - 1, length: 1, replacement: '得', params: { found: m[0], expected: '得' } })),
    ];
  },
};

/**
 * LNG-02: no Traditional characters in a Simplified document, and the reverse. The test is
 * OpenCC's conversion (phrase-aware, so 乾隆 stays) differing from the text at a position. In a
 * Traditional document the conversion decides by word (shared/script/word-forms.ts): 于 in the
 * name 于海濤, 征 in 征程, 干 in 干擾 and 里 in 里長 are right as written and are not flagged;
 * 干部 and 征求 still are. In a Simplified document 於 as a surname (副县长於建平) is right as written
 * (./surname.ts); 於 as a preposition is not. The same test keeps 于 as a surname in a Traditional
 * document where OpenCC's phrase table would read it as a preposition (處長于美玲: 長於), and the
 * other surnames OpenCC would change there (局長范文琦, not 範).
 */
export const scriptMixing: Rule = {
  id: 'LNG-02',
  severity: 'error',
  check(unit, ctx) {
    if (!/[\p{Script=Han}]/u.test(unit.text)) return [];
    const convert = ctx.script === 'hans' ? converter('t', 'cn') : wordWiseToTaiwan();
    const converted = convert(unit.text);
    if (converted === unit.text || converted.length !== unit.text.length) return [];
    const out = [];
    const simplified = ctx.script === 'hant' ? converter('t', 'cn')(unit.text) : '';
    const surnames = ctx.script === 'hans' ? surnameYuOffsets(unit.text, '於') : hantSurnameOffsets(unit.text);
    for (let i = 0; i < unit.text.length; i++) {
      const a = unit.text[i]!;
      const b = converted[i]!;
      if (a === b || !/[\p{Script=Han}]/u.test(a)) continue;
      if (surnames.has(i)) continue;
      // In a Traditional document only characters that are Simplified-only count (a Simplified form
      // converts and does not come back).
      if (ctx.script === 'hant' && converter('t', 'cn')(b) !== a) continue;
      if (ctx.script === 'hant' && (keptByPhrase(simplified, i) || TW_BOTH.has(a) || taiwanForm(unit.text, i, b) || straddling(simplified, i))) continue;
      out.push({ offset: i, length: 1, replacement: b, params: { found: a, expected: b } });
    }
    return out;
  },
};

/**
 * Characters Taiwan's official writing uses in both forms: 台 is the accepted variant of 臺 (台灣,
 * 平台, 台北 in government documents), so 平台 in a Traditional document is no mixing error; 布 is
 * the Ministry of Education's standard form in 公布/宣布/分布 (Taiwan's laws take effect 自公布日),
 * while OpenCC's tables write 佈 there, so "fix" 公布 → 公佈 would be a false error; 雇 is the
 * standard form in 雇主/雇員, the words of Taiwan's labour laws (勞動基準法 writes 雇主), which
 * OpenCC writes 僱; 污 is the form of Taiwan's pollution laws (空氣污染防制法, 水污染防治法) and its
 * environmental agencies' writing (空污, 污水), where OpenCC writes 汙.
 */
const TW_BOTH: ReadonlySet<string> = new Set(['台', '布', '雇', '污']);

let taiwanForms: ReadonlySet<string> | null = null;
let variantPairs: ReadonlySet<string> | null = null;
const FORM_MAX = 6;

/**
 * Whether Taiwan writes the character at `at` as it stands, where OpenCC would write `other`:
 * the character and `other` are a pair Taiwan writes both ways across words (占/佔, 周/週:
 * taiwan-forms.ts, TAIWAN_VARIANT_PAIRS), or a word Taiwan writes with it covers `at` (扎根, 村里,
 * TAIWAN_FORMS_PACKED). Both lists are derived from Taiwan's input method's counts, so the
 * decision is Taiwan usage by word, not OpenCC's single preferred form.
 */
function taiwanForm(text: string, at: number, other: string): boolean {
  variantPairs ??= new Set(TAIWAN_VARIANT_PAIRS.split('|'));
  if (variantPairs.has(text[at]! + other)) return true;
  taiwanForms ??= new Set(TAIWAN_FORMS_PACKED.split('|'));
  for (let start = Math.max(0, at - FORM_MAX + 1); start <= at; start++) {
    for (let end = Math.max(at + 1, start + 2); end <= Math.min(text.length, start + FORM_MAX); end++) {
      if (taiwanForms.has(text.slice(start, end))) return true;
    }
  }
  return false;
}

/**
 * Whether a phrase-driven change at `at` depends on where OpenCC's greedy left-to-right match
 * happened to start: the character alone stays as written (制), and read from one or two
 * characters earlier or from itself the change disappears (期程編制表報: 制表 → 製表 straddles the
 * word 編制; from 編, 編制表報 stays). A change that every alignment agrees on (製造) is kept.
 */
function straddling(simplified: string, at: number): boolean {
  const toTw = wordWiseToTaiwan();
  const ch = simplified[at]!;
  if (toTw(ch) !== ch) return false;
  const end = Math.min(simplified.length, at + 4);
  for (const from of [at - 2, at - 1, at]) {
    if (from < 0) continue;
    if (toTw(simplified.slice(from, end))[at - from] === ch) return true;
  }
  return false;
}

const twForms = new Map<string, string>();
function tw(s: string): string {
  let v = twForms.get(s);
  if (v === undefined) {
    v = converter('cn', 'tw')(s);
    twForms.set(s, v);
  }
  return v;
}

/** The terms list's forms as a document in `script` is checked against: Traditional forms too in a Traditional one. */
function termForms(list: TermsList, script: Script): { preferred: string; variants: readonly string[] }[] {
  return list.terms.flatMap((term) => (script === 'hant' ? [term, { preferred: tw(term.preferred), variants: term.variants.map(tw) }] : [term]));
}

/** The variants TERM-01 looks for in a document in `script` (the word worker is told them, to say which straddle a word). */
export function termVariants(list: TermsList, script: Script): string[] {
  const out = new Set<string>();
  for (const form of termForms(list, script)) for (const v of form.variants) if (!form.preferred.includes(v)) out.add(v);
  return [...out];
}

/** TERM-01: wording from the terms list (规范表述); in a Traditional document, its Traditional forms too. */
export const terms: Rule = {
  id: 'TERM-01',
  severity: 'warning',
  check(unit, ctx) {
    const out = [];
    for (const form of termForms(ctx.terms, ctx.script)) {
      for (const variant of form.variants) {
        if (form.preferred.includes(variant)) continue;
        for (let i = unit.text.indexOf(variant); i !== -1; i = unit.text.indexOf(variant, i + variant.length)) {
          // 记要 in 书记要求 is read 书记/要求: with the word layer, a match across a word boundary is none.
          if (ctx.straddles?.(unit.text, i, variant.length)) continue;
          out.push({ offset: i, length: variant.length, replacement: form.preferred, params: { found: variant, expected: form.preferred } });
        }
      }
    }
    const seen = new Set<number>();
    return out.filter((f) => (seen.has(f.offset) ? false : (seen.add(f.offset), true)));
  },
};
