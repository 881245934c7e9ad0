import { circledNumber, parseChineseNumber } from '../chars';

/**
 * Enumerated tasks inside a section: 一是…二是…, 一要…, 第一，…, 一、…, （一）…, 1.…, （1）…, ①….
 * A marker only counts at the start of a clause (after 。；：，or the start), and a family only
 * counts when it runs 1, 2, 3 … without a gap, so 一是 inside 统一是 or 一、二级单位 never splits.
 */
export interface ItemRun {
  /** Offset of the first marker: the intro before it stays a paragraph. */
  start: number;
  items: { text: string; start: number; end: number }[];
}

const CN = '[一二三四五六七八九十]{1,3}';
/**
 * `kind` splits one family into lists by the word after the numeral: 一要…二要（一是…四是）…三要
 * holds two lists, so one nested in an item does not continue the outer one.
 */
const FAMILIES: { re: RegExp; num: (m: RegExpExecArray) => number; kind?: (m: RegExpExecArray) => string }[] = [
  { re: new RegExp(`(${CN})(是|要|则|則)`, 'gu'), num: (m) => parseChineseNumber(m[1]!), kind: (m) => (m[2] === '則' ? '则' : m[2]!) },
  { re: new RegExp(`第(${CN})[，、,]`, 'gu'), num: (m) => parseChineseNumber(m[1]!) },
  { re: new RegExp(`(${CN})、`, 'gu'), num: (m) => parseChineseNumber(m[1]!) },
  { re: new RegExp(`[（(](${CN})[）)]`, 'gu'), num: (m) => parseChineseNumber(m[1]!) },
  // 1.5 is a number, but 2、3月15日前 is item 2: only . may be a decimal point.
  { re: /(\d{1,2})(?:[.．](?!\d)|、)/gu, num: (m) => Number(m[1]) },
  { re: /[（(](\d{1,2})[）)]/gu, num: (m) => Number(m[1]) },
  { re: /([\u2460-\u2473])/gu, num: (m) => circledNumber(m[1]!) },
];

const CLAUSE_START = /[。；：，;:,！？\n]|^/u;

function atClauseStart(text: string, index: number): boolean {
  if (index === 0) return true;
  let i = index - 1;
  while (i >= 0 && /[\s“”"「」]/u.test(text[i]!)) i--;
  return i < 0 || CLAUSE_START.test(text[i]!);
}

/** `announce`: the lead before `text` (提出三点要求), which may say how many points follow. */
export function findItems(text: string, announce = ''): ItemRun | null {
  let best: { markers: { index: number; end: number }[] } | null = null;
  for (const family of FAMILIES) {
    const markers: { index: number; end: number; n: number }[] = [];
    let words = '';
    family.re.lastIndex = 0;
    for (let m = family.re.exec(text); m; m = family.re.exec(text)) {
      const n = family.num(m);
      if (Number.isNaN(n) || !atClauseStart(text, m.index)) continue;
      markers.push({ index: m.index, end: m.index + m[0].length, n });
      if (family.kind) words += family.kind(m);
    }
    if (markers.length < 2) continue;
    // Split by the word after the numeral only when more than one occurs (一要…一是…), and drop a
    // list nested inside one item of another.
    const lists = family.kind && new Set(words).size > 1 ? [...new Set(words)].map((w) => markers.filter((_, i) => words[i] === w)) : [markers];
    const runs = lists.map(longestRun).filter((run) => run.length >= 2);
    for (const run of runs) {
      if (runs.length > 1 && runs.some((other) => other !== run && inside(run, other))) continue;
      if (!best || run.length > best.markers.length || (run.length === best.markers.length && run[0]!.index < best.markers[0]!.index)) best = { markers: run };
    }
  }
  if (!best) best = bareNumerals(text, announce) ?? announcedClauses(text, announce) ?? lonePoint(text);
  if (!best) return null;
  const items = best.markers.map((mk, i) => {
    const end = best.markers[i + 1]?.index ?? text.length;
    return { text: trimItem(text.slice(mk.end, end)), start: mk.index, end };
  });
  return { start: best.markers[0]!.index, items };
}

/** A sentence mark, or a closing quote or bracket after one, that ends a text as written. */
const ENDS_WHOLE = /[。！？!?…；;”」』）)】]\s*$/u;

/**
 * …提出三点要求。一是全面形成共识。…要着力强化争先意识，在思考上先人一 (the page ends there): the
 * first point of a list and no second, in a text that stops mid-sentence. The capture was cut
 * inside the list, so what is left is a list of one point; the keys count it so (6 of 6 on TRAIN,
 * item_count 1). A text that ends whole with one 一是 in it is prose (一是…，更是…), not a list.
 */
function lonePoint(text: string): { markers: { index: number; end: number }[] } | null {
  if (ENDS_WHOLE.test(text) || !text.trim()) return null;
  const re = new RegExp(`(${CN})(是|要)`, 'gu');
  const markers: { index: number; end: number }[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!atClauseStart(text, m.index)) continue;
    if (parseChineseNumber(m[1]!) !== 1) return null;
    markers.push({ index: m.index, end: m.index + m[0].length });
  }
  return markers.length === 1 ? { markers } : null;
}

/** The longest run 1, 2, 3 … in order. */
function longestRun<T extends { n: number }>(markers: readonly T[]): T[] {
  let run: T[] = [];
  for (const mk of markers) {
    if (mk.n === 1) {
      if (run.length < 2) run = [mk];
    } else if (run.length && mk.n === run[run.length - 1]!.n + 1) run.push(mk);
  }
  return run;
}

/** Run `a` lies between two markers of run `b`: inside one of b's items (二要…：一是…四是。…三要). */
function inside(a: readonly { index: number }[], b: readonly { index: number }[]): boolean {
  return b.some((mk, i) => i < b.length - 1 && a[0]!.index > mk.index && a[a.length - 1]!.index < b[i + 1]!.index);
}

/**
 * 提出三点要求：一提高思想认识…。二围绕目标…。三完善机制…: numerals with no 是/要/、 after them. A
 * bare 一 opens many words (一季度, 一体推进), so these count only when the text first announces how
 * many points follow and exactly that many come, in order, each at a sentence start.
 */
const ANNOUNCED = /([两兩二三四五六七八九十]|[2-9])\s*(?:点|點|条|條|项|項|个方面|個方面)/u;

function bareNumerals(text: string, announce: string): { markers: { index: number; end: number }[] } | null {
  const inText = ANNOUNCED.exec(text);
  const announced = inText ?? ANNOUNCED.exec(announce);
  if (!announced) return null;
  const from = inText ? inText.index : 0;
  const want = /\d/.test(announced[1]!) ? Number(announced[1]) : parseChineseNumber(announced[1]!.replace(/[两兩]/u, '二'));
  const markers: { index: number; end: number }[] = [];
  const re = new RegExp(`(?<=^\\s*|[：:。；;]\\s*)(${CN})(?=\\p{Script=Han})`, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < from) continue;
    if (parseChineseNumber(m[1]!) !== markers.length + 1) continue;
    markers.push({ index: m.index, end: m.index + m[0].length });
  }
  return markers.length === want ? { markers } : null;
}

/**
 * 提出六点要求：要求…；要求…；…: no numerals at all, but the text says how many points follow and
 * exactly that many clauses, split by ；, come after the colon. Both must agree, or it is prose.
 */
function announcedClauses(text: string, announce: string): { markers: { index: number; end: number }[] } | null {
  const inText = ANNOUNCED.exec(text);
  const announced = inText ?? ANNOUNCED.exec(announce);
  if (!announced) return null;
  const colon = text.slice(inText ? inText.index : 0).search(/[：:]/u);
  if (colon < 0 && inText) return null;
  const want = announcedCount(announced[1]!);
  // The lead took its colon with it (…提出四点要求：|态度坚决、…; …提出六点要求：|要求…；要求…): the
  // points open the text, split by ； or named by short phrases.
  const named = () => (colon < 0 ? namedPoints(text.replace(/[。！\s]+$/u, ''), 0, want) : null);
  const from = colon < 0 ? 0 : (inText ? inText.index : 0) + colon + 1;
  const body = text.slice(from).replace(/[。！\s]+$/u, '');
  if (/[。！？]/u.test(body)) return named();
  const markers: { index: number; end: number }[] = [];
  let at = from;
  for (const part of body.split(/[；;]/u)) {
    const lead = part.length - part.trimStart().length;
    if (part.trim()) markers.push({ index: at + lead, end: at + lead });
    at += part.length + 1;
  }
  if (want >= 2 && markers.length === want) return { markers };
  return markers.length === 1 ? namedPoints(body, from, want) : named();
}

/** The number an announcement gives (三点 → 3, 两项 → 2, 4点 → 4). */
function announcedCount(n: string): number {
  return /\d/.test(n) ? Number(n) : parseChineseNumber(n.replace(/[两兩]/u, '二'));
}

/** One short phrase naming a point (态度坚决, 加大整治): no clause inside it. */
const POINT_PHRASE = /^(?!.*[和及与與])\p{Script=Han}{2,8}$/u;

/**
 * 提出四点要求：态度坚决、加大动员、加大整治、加强保障。: the points named by short phrases joined by 、,
 * ending the sentence. A report's count may be off by one against the phrases it lists (四点 then
 * five), so the phrases count when they are within one of it; every part must be such a phrase.
 */
function namedPoints(body: string, from: number, want: number): { markers: { index: number; end: number }[] } | null {
  const parts = body.split('、');
  if (parts.length < 2 || Math.abs(parts.length - want) > 1 || !parts.every((x) => POINT_PHRASE.test(x))) return null;
  const markers: { index: number; end: number }[] = [];
  let at = from;
  for (const part of parts) {
    markers.push({ index: at, end: at });
    at += part.length + 1;
  }
  return { markers };
}

export function trimItem(s: string): string {
  return s.replace(/^[\s，、,:：]+/u, '').replace(/[\s；;，,。、]+$/u, '');
}

/**
 * Owner and due date written into an item: 责任单位：市发改委 / 由市科技局牵头 / 6月底前完成 /
 * 完成时限：2024年6月. Bracketed annotations move into the fields; sentences stay as written.
 */
export function ownerAndDue(text: string): { text: string; owner: string; due: string } {
  let body = text;
  let owner = '';
  let due = '';
  const ownerLabel = /[（(]?\s*(?:责任|責任|牵头|牽頭|负责|負責)(?:单位|單位|部门|部門|科室|股室|处室|處室|人)\s*[：:]\s*([^；;。）)]+)[）)]?/u.exec(body);
  if (ownerLabel) {
    owner = ownerLabel[1]!.trim();
    if (/^[（(]/u.test(ownerLabel[0])) body = body.replace(ownerLabel[0], '');
  } else {
    const by = /由([\p{Script=Han}、和与與及]{2,40}?)(?:牵头|牽頭|负责|負責)/u.exec(body);
    if (by) owner = by[1]!;
    // An item that opens with units and 牵头/负责 (区住建局牵头制定…) names its owner without 由.
    else {
      const unit = ownerAfterCharge(body);
      if (unit && /^(?:牵头|牽頭|负责|負責)/u.test(body.slice(unit.length))) owner = unit;
    }
  }
  const dueLabel = /[（(]?\s*(?:完成时限|完成時限|完成时间|完成時間|时限|時限|截止时间|截止時間)\s*[：:]\s*([^；;。）)]+)[）)]?/u.exec(body);
  if (dueLabel) {
    due = dueLabel[1]!.trim();
    if (/^[（(]/u.test(dueLabel[0])) body = body.replace(dueLabel[0], '');
  } else {
    const before =
      /((?:\d{4}年)?(?:\d{1,2}月(?:\d{1,2}日)?|\d{1,2}月底|年底|年内|年內|月底|本周|本週|下周|下週|本月|近期|元旦|春节|春節|清明节|清明節|清明|五一|端午节|端午節|端午|中秋节|中秋節|中秋|国庆节|國慶節|国庆|國慶|汛期|入汛|开学|開學)(?:底)?)(?:(?:前|之前)(?![后後夕])|(?:完成|办结|辦結|报送|報送|落实到位|落實到位))/u.exec(
        body,
      );
    if (before) due = before[1]!;
  }
  return { text: trimItem(body), owner: owner.slice(0, 500), due: due.slice(0, 500) };
}

/** 责成X做Y: X is the owner when it is a list of units. */
export function ownerAfterCharge(text: string): string {
  const m = /^(?:[\p{Script=Han}]{1,12}?(?:局|委|办|辦|处|處|厅|廳|部|院|中心|公司|政府|站|所|队|隊|科|室|组|組|镇|鎮|街道|乡|鄉|单位|單位|部门|部門)(?:[、和与與及]|(?=[\p{Script=Han}])))+/u.exec(
    text,
  );
  return m ? m[0].replace(/[、和与與及]$/u, '') : '';
}
