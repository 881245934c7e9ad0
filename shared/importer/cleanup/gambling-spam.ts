import type { Edit } from '../tracked-text';
import { tagWords } from '../segment';

/**
 * An injected gambling advert written in Han characters and glued into a sentence (汇报，澳门金沙
 * 娱乐城会议要求…, 县长王强乐鱼体育app主持): a brand, then a word only such adverts use. The
 * words are a closed list that no meeting report writes (娱乐城, 百家乐, 老虎机, 真人视讯), or a
 * sports or entertainment word with an app's or a site's suffix (体育app, 娱乐官网); 体育 and 娱乐
 * alone are left, since 体育局 and 文化娱乐 are ordinary words of a report.
 */
const SPAM_WORD =
  /(?:娱乐城|娛樂城|百家乐|百家樂|老虎机|老虎機|六合彩|时时彩|時時彩|真人视讯|真人視訊|电子游艺|電子遊藝|棋牌(?:游戏|遊戲|平台|平臺|官网|官網)|(?:体育|體育|娱乐|娛樂|电竞|電競)(?:app|APP|App|官网|官網|官方网站|官方網站|网址|網址|下载|下載|注册|註冊|官方唯一入口|唯一入口|官方入口))/gu;
/**
 * 澳彩星汇平台588入口, 365备用主页: a betting site's way in, glued where a body's name stood. 入口 only
 * after 平台/官网 (a road's or a park's 入口 has neither), 备用 with a site word always:
 * a report has no backup home page. The brand before it is read as for the words above, or is a
 * number (365, 8888) as these sites name themselves.
 */
const SITE_WAY_IN = /(?:平台|平臺|官网|官網)\d{0,6}入口|(?:备用|備用)(?:主页|主頁|网址|網址|网站|網站|线路|線路)/gu;

const SITE_WAY_IN_NUMBERED = /^(?:平台|平臺|官网|官網)\d{1,6}入口$/u;

/** The same words, a cheap first look before the Unicode scan. */
const SPAM_HINT = /娱乐|娛樂|百家|老虎|六合|时时|時時|真人|游艺|遊藝|棋牌|体育|體育|电竞|電競|入口|备用|備用/;

/**
 * The brand before the word: the segmenter's last tokens before it, a name it does not know (x, a
 * Latin run) or a proper name (a place, a person's name), two characters at least and five at most.
 * A place or an adjective before a two-character brand joins it (澳门金沙, 新葡京); a common noun or
 * a verb never does, so the sentence around the advert keeps its words.
 */
const BRAND_TAGS = new Set(['x', 'eng', 'nr', 'nrt', 'ns', 'nz']);
function brandLength(before: string): number {
  const window = before.slice(-8);
  if (!/[\p{Script=Han}A-Za-z0-9]$/u.test(window)) return 0;
  const tokens = tagWords(window);
  let len = 0;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (!/^[\p{Script=Han}A-Za-z0-9]+$/u.test(t.word)) break;
    const joins = len === 0 ? BRAND_TAGS.has(t.tag) && t.tag !== 'nz' : len < 4 && (t.tag === 'ns' || t.tag === 'a');
    if (!joins || len + t.word.length > 5) break;
    len += t.word.length;
    if (len >= 4) break;
  }
  return len;
}

/** The edits that take such adverts out of `text`, not applied (inline-debris.ts gathers them). */
export function gamblingSpamEdits(text: string): Edit[] {
  const coded = codedBrandEdits(text);
  if (!SPAM_HINT.test(text)) return coded;
  const edits: Edit[] = [];
  const found = new Set<string>();
  for (const m of [...text.matchAll(SPAM_WORD), ...text.matchAll(SITE_WAY_IN)]) {
    // 严厉打击六合彩等赌博活动: a report about gambling names the games; only an advert glued in
    // with its brand, in a sentence that is not about gambling, is taken out.
    const around = text.slice(Math.max(0, m.index - 16), m.index + m[0].length + 16);
    if (/[赌賭]|打击|打擊|整治|查处|查處|取缔|取締/u.test(around)) continue;
    const before = text.slice(0, m.index);
    // 澳彩星汇平台588入口: the number inside the way in goes with it; the brand is before 平台.
    const number = /(?<![\dA-Za-z])\d{2,6}$/u.exec(before)?.[0].length ?? 0;
    // A numbered way in that opens its clause (…下午，金沙星辉平台888入口组织召开): the brand is the
    // clause's first words, whatever the segmenter makes of them, when they are a brand's length
    // (政务平台入口, 县政府官网入口 have no number and stay).
    const opening = SITE_WAY_IN_NUMBERED.test(m[0]) ? (/(?<=^|[，,。；;：:\n])\p{Script=Han}{2,4}$/u.exec(before)?.[0].length ?? 0) : 0;
    // …召开区委常委会、鸿运体育app经济技术开发区…: a two-character brand right after a clause's or a
    // list's boundary, before a word only adverts use (体育app, 体育官方唯一入口), whatever the
    // segmenter tags it.
    const listed = m[0].length >= 5 && !SITE_WAY_IN_NUMBERED.test(m[0]) ? (/(?<=^|[，,。；;：:、\n])\p{Script=Han}{2}$/u.exec(before)?.[0].length ?? 0) : 0;
    const brand = number || Math.max(opening, listed, brandLength(before));
    if (brand === 0) continue;
    edits.push({ start: m.index - brand, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
    found.add(text.slice(m.index - brand, m.index + m[0].length));
  }
  // The same advert glued in again where no boundary or tag shows its brand (…到鸿运体育app调研): the
  // whole string the first reading found goes wherever it stands.
  for (const advert of found)
    for (let at = text.indexOf(advert); at >= 0; at = text.indexOf(advert, at + advert.length))
      if (!edits.some((e) => e.start <= at && e.end >= at + advert.length)) edits.push({ start: at, end: at + advert.length, replacement: '', kind: 'furniture' });
  for (const e of coded) if (!edits.some((x) => x.start < e.end && e.start < x.end)) edits.push(e);
  return edits;
}

/**
 * vip8866鸿运娱乐城 / 1929cc威尼斯 / 8858bb金沙: a betting site's code (lower-case letters and digits
 * run together, as its domain is spelt) glued before its brand, injected where a body's name stood
 * and again wherever the page named it (…出席了1929cc威尼斯党政联席会议; 在认真听完1929cc威尼斯的议题
 * 之后). A report writes no such code: a unit's or a standard's (5G, 110KV, G205, A09版) is upper-case
 * or has one letter. Only a code that stands three times or more, glued to Han each time, is read;
 * its brand is the Han words every occurrence has after it (威尼斯 before 党政联席会 and before 的),
 * two to five characters, since the words after the brand differ where it stands.
 */
const CODE = /(?<![A-Za-z0-9./:@_-])(?=[a-z]*\d)(?=\d*[a-z])(?=(?:[a-z]*\d){2})(?=(?:\d*[a-z]){2})[a-z\d]{4,12}(?=\p{Script=Han})/gu;
function codedBrandEdits(text: string): Edit[] {
  if (!/[a-z]\d|\d[a-z]/.test(text)) return [];
  const byCode = new Map<string, number[]>();
  for (const m of text.matchAll(CODE)) (byCode.get(m[0]) ?? byCode.set(m[0], []).get(m[0])!).push(m.index);
  const edits: Edit[] = [];
  for (const [code, at] of byCode) {
    if (at.length < 3) continue;
    const runs = at.map((i) => /^\p{Script=Han}*/u.exec(text.slice(i + code.length, i + code.length + 12))![0]);
    let common = runs[0]!;
    for (const r of runs) while (!r.startsWith(common)) common = common.slice(0, -1);
    if (common.length < 2 || common.length > 5) continue;
    for (const i of at) edits.push({ start: i, end: i + code.length + common.length, replacement: '', kind: 'furniture' });
  }
  return edits;
}
