import { converter } from '../../script/converter';
import type { Analysed } from './analyse';
import { CONFUSABLE_PAIRS } from './confusable-pairs';
import { LISTED_PAIRS } from './confusable-lists';
import { COMMON_FREQ, type WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';
import { looksLikeName } from './names';

/** One cue: a test on the text around the word; all parts of an A&B cue must hold. */
type Test = (around: Around) => boolean;

interface Around {
  /** Up to BEFORE characters just before the word. */
  before: string;
  /** Up to AFTER characters just after the word. */
  after: string;
  /** The clause before the word (back to the last ，。；！？). */
  clauseBefore: string;
  /** The clause after the word (up to the next ，。；！？). */
  clauseAfter: string;
}

export interface Confusable {
  wrong: string;
  right: string;
  /** Simplified documents only: Taiwan's standard writes the other form (會議紀錄, 帳戶). */
  hansOnly: boolean;
  /** Traditional documents only: the right form is Taiwan's word (期程, 里民), rare on the mainland. */
  hantOnly: boolean;
  /** A cue of "*": the form is wrong anywhere, so only a person's name can excuse it. */
  anywhere: boolean;
  strong: Test[];
  weak: Test[];
  unless: Test[];
}

const BEFORE = 12;
const AFTER = 20;
const CLAUSE = /[，,。；;！？!?：:]/;

/**
 * The slot after a light verb, an optional 了 and an optional two-character modifier between
 * (作出部属, 进行全面部属, 作了周密部属): the object there is a verb.
 */
const LIGHT_VERB = '(作出|做出|进行|加以|予以|给予|作了|做了|进行了)(了)?(\\p{Script=Han}{2}的?)?';

/**
 * The speech-verb slot: a clause that opens with the meeting or a named official (会议, 会上,
 * 王明同志, 李县长 …), optionally "在…时/中/后", leaves room for one word only, the verb of
 * speaking (指出, 强调, 认为, 同意). A same-sound noun there (会议支出，) is the input method's
 * wrong candidate. Only bodies that hold meetings may stand before 会议 (县委常委会会议, 专题会议):
 * 压减会议支出 keeps its noun. Tested on the clause before; `before` holds 12 characters, so a
 * longer clause is cut and then cannot match the whole pattern.
 */
const SPEAKER =
  '^((((省|市|县|区|乡|镇)(委|政府|人大)?|党组|党委|常委会?|常务|全体|专题|办公|扩大)*会议)|会上|与会人员|与会同志|常委会|\\p{Script=Han}{1,5}(同志|书记|县长|市长|省长|区长|乡长|镇长|主任|局长|部长|主席|厅长|处长))(在[^，。；]{1,8}(时|中|后))?$';

/** Parses one cue of the table into a test (see confusable-pairs.ts for the syntax). */
function parseCue(cue: string): Test {
  const parts = cue.split('&').map((p): Test => {
    if (p === '*') return () => true;
    if (p === '@LV') return regexTest('before', `(?:${LIGHT_VERB})$`);
    if (p === '@SPK') return regexTest('clauseBefore', SPEAKER);
    if (p.endsWith('…_')) return regexTest('clauseBefore', `(?:${p.slice(0, -2)})`);
    if (p.startsWith('_…')) return regexTest('clauseAfter', `(?:${p.slice(2)})`);
    if (p.endsWith('_')) return regexTest('before', `(?:${p.slice(0, -1)})$`);
    if (p.startsWith('_')) return regexTest('after', `^(?:${p.slice(1)})`);
    throw new Error(`confusable-pairs: cue "${cue}" has no side`);
  });
  return parts.length === 1 ? parts[0]! : (x) => parts.every((t) => t(x));
}

function regexTest(side: keyof Around, source: string): Test {
  const re = new RegExp(source, 'u');
  return (x) => re.test(x[side]);
}

/**
 * The table parsed once at module load: about 400 short lines, well under a millisecond. The lines
 * written from published 公文 slip lists (confusable-lists.ts) follow the older table's.
 */
export const CONFUSABLES: readonly Confusable[] = `${CONFUSABLE_PAIRS}\n${LISTED_PAIRS}`
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean)
  .map((line) => {
    const [pair, ...cues] = line.split(/\s+/);
    const [wrong, right] = pair!.split('>') as [string, string];
    const c: Confusable = { wrong, right, hansOnly: false, hantOnly: false, anywhere: cues.some((x) => x.replace(/^!/, '') === '*'), strong: [], weak: [], unless: [] };
    for (const cue of cues) {
      if (cue === 'hans') c.hansOnly = true;
      else if (cue === 'hant') c.hantOnly = true;
      else if (cue.startsWith('!')) c.strong.push(parseCue(cue.slice(1)));
      else if (cue.startsWith('-')) c.unless.push(parseCue(cue.slice(1)));
      else c.weak.push(parseCue(cue));
    }
    return c;
  });

/**
 * The right forms of the table: words of official writing the table vouches for (气源, 职能, 复核).
 * jieba lists some of them rarely (气源 under 10 beside 起源), so the rare-word rule (WRD-03) would
 * offer their common twin; a form the table names as the fix of a slip is no slip itself.
 */
export const TABLE_RIGHT_FORMS: ReadonlySet<string> = new Set(CONFUSABLES.map((c) => c.right));

/** Entries by the wrong form's first character: one pass over the text tries only those. */
const BY_FIRST = new Map<string, Confusable[]>();
for (const c of CONFUSABLES) BY_FIRST.set(c.wrong[0]!, [...(BY_FIRST.get(c.wrong[0]!) ?? []), c]);

/**
 * WRD-04 from the confusable-pair table: a word whose same-sound (or near) twin the neighbours
 * call for (作出部属 → 部署, 打破记录 → 纪录, 人民调节委员会 → 调解). A fixed collocation is an
 * error; a weaker cue a warning.
 *
 * The written form must be a word of the sentence: no common word of the segmenter's may cross its
 * edges (记划 in 登记划分 is 登记 + 划分; 盈利 in 非盈利性 is fine, that compound is rare), unless
 * the crossing word with the fix put in is a dictionary word too (新记录 → 新纪录: the segmenter
 * kept the misspelt compound together).
 */
export function confusableRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const text = a.text;
  for (let i = 0; i < text.length; i++) {
    const entries = BY_FIRST.get(text[i]!);
    if (!entries) continue;
    for (const c of entries) {
      if (!text.startsWith(c.wrong, i) || (c.hansOnly && a.script !== 'hans') || (c.hantOnly && a.script !== 'hant')) continue;
      const end = i + c.wrong.length;
      // The cues first, the token scan and the name test after: the table holds common words
      // (实施, 时间, 同志), whose cues fail almost everywhere, and brokenBy walks the tokens.
      const x = around(text, i, end);
      if (c.unless.some((t) => t(x))) continue;
      const severity = c.strong.some((t) => t(x)) ? 'error' : c.weak.some((t) => t(x)) ? 'warning' : null;
      if (!severity) continue;
      if (brokenBy(a, dict, i, end, c)) continue;
      // 景像明 after 局长, 张显 …: a surname and a given name, not a slip (see names.ts).
      if (c.anywhere && looksLikeName(a.text, i, end)) continue;
      out.push(finding(a, original, 'WRD-04', severity, i, c.wrong.length, c.right));
      i = end - 1;
      break;
    }
  }
  return out;
}

/**
 * The text around a match. The clause parts are cut only when a cue asks for them: most cues read
 * the words just before or after, and the table's common words (实施, 时间) match often.
 */
function around(text: string, start: number, end: number): Around {
  const before = text.slice(Math.max(0, start - BEFORE), start);
  const after = text.slice(end, end + AFTER);
  let cb: string | undefined;
  let ca: string | undefined;
  return {
    before,
    after,
    get clauseBefore() {
      return (cb ??= before.split(CLAUSE).pop()!);
    },
    get clauseAfter() {
      return (ca ??= after.split(CLAUSE)[0]!);
    },
  };
}

/** Whether a common word of the segmenter's crosses [start, end) and stays no word with the fix. */
function brokenBy(a: Analysed, dict: WordDictionary, start: number, end: number, c: Confusable): boolean {
  for (const t of a.tokens) {
    if (t.end <= start) continue;
    if (t.start >= end) break;
    if (t.start >= start && t.end <= end) continue;
    if (dict.freq(t.word) < COMMON_FREQ) continue;
    const fixed = t.word.slice(0, start - t.start) + c.right + t.word.slice(end - t.start);
    const inside = t.start <= start && t.end >= end;
    if (!(inside && dict.freq(fixed) > 0)) return true;
  }
  return false;
}

/** "wrong>right" of the Simplified-only lines: Taiwan's standard writes the "wrong" form. */
const HANS_ONLY = new Set(CONFUSABLES.filter((c) => c.hansOnly).map((c) => `${c.wrong}>${c.right}`));
const toSimplified = converter('t', 'cn');

/**
 * Whether a word finding in a Traditional document proposes a change that is right only in
 * Simplified writing (會議紀錄 → 記錄, 渡假村 → 度假村, 部份 → 部分): Taiwan's standard writes the
 * flagged form, whichever rule (phrase entries, lexicon) proposed the change. Decided by word,
 * from the same table, so every rule of the layer agrees with it.
 */
export function taiwanStandard(a: Analysed, f: WordFinding): boolean {
  if (a.script !== 'hant' || f.replacement === undefined) return false;
  const wrong = a.text.slice(f.offset, f.offset + f.length);
  const right = toSimplified(f.replacement);
  for (const pair of HANS_ONLY) {
    const [w, r] = pair.split('>') as [string, string];
    const at = wrong.indexOf(w);
    if (at !== -1 && wrong.slice(0, at) + r + wrong.slice(at + w.length) === right) return true;
  }
  return false;
}
