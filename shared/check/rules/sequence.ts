import { parseChineseNumber } from '../../importer/chars';
import type { Finding, GroupRule, Rule, Unit } from '../types';
import { matches } from './match';

const CN = '[一二三四五六七八九十]{1,3}';

/** SEQ-01: level markers are exactly 一、 （一） 1. （1）: not 一. 一， or 1、 at a paragraph start. */
export const markerForm: Rule = {
  id: 'SEQ-01',
  severity: 'error',
  fields: ['paragraph', 'heading', 'text'],
  check(unit) {
    return matches(unit.text, new RegExp(`^(${CN})[.．，,](?!\\d)`, 'gu'), (m) => ({ replacement: `${m[1]}、`, params: { found: m[0], expected: `${m[1]}、` } }));
  },
};

/** SEQ-02: nothing after a bracketed ordinal: （一）、 -> （一）. */
export const markAfterBracket: Rule = {
  id: 'SEQ-02',
  severity: 'error',
  check(unit) {
    return matches(unit.text, /([（(][一二三四五六七八九十\d]{1,3}[）)])([、，,.．：:])/gu, (m) => ({
      offset: m.index + m[1]!.length,
      length: m[2]!.length,
      replacement: '',
      params: { found: m[0] },
    }));
  },
};

/** SEQ-03: the third level is 1. (下脚点), never 1、 or 1，. */
export const arabicMarker: Rule = {
  id: 'SEQ-03',
  severity: 'warning',
  check(unit) {
    return matches(unit.text, /(?<=^|[。；：\n])(\d{1,2})[、，,](?!\d)/gu, (m) => ({ replacement: `${m[1]}.`, params: { found: m[0], expected: `${m[1]}.` } }));
  },
};

/**
 * SEQ-07: 第一/首先/其次 take a comma, not 、. Only as a list's opener, at the start of a clause:
 * 安全第一、预防为主 ends a slogan with 第一, and a slogan list takes 、.
 */
export const ordinalWordComma: Rule = {
  id: 'SEQ-07',
  severity: 'error',
  check(unit) {
    return matches(unit.text, new RegExp(`(?<=^|[。；：，,;:！？!?\\s“”‘’（(【])(第${CN}|首先|其次|其一|其二|其三|最后|最後)、(?!第|${CN})`, 'gu'), (m) => ({
      offset: m.index + m[1]!.length,
      length: 1,
      replacement: '，',
      params: { found: m[0] },
    }));
  },
};

/** SEQ-06: 一是/二是/三是 (and 一要 …) inside a paragraph run without gap or repeat. */
export const inlineSequence: Rule = {
  id: 'SEQ-06',
  severity: 'error',
  check(unit) {
    const out: Finding[] = [];
    const re = new RegExp(`(?<=^|[，。；：,;:\\s“”])(${CN})(是|要)`, 'gu');
    const seen: { n: number; kind: string; offset: number; length: number; text: string }[] = [];
    for (const m of unit.text.matchAll(re)) {
      const n = parseChineseNumber(m[1]!);
      if (!Number.isNaN(n)) seen.push({ n, kind: m[2]!, offset: m.index, length: m[0].length, text: m[0] });
    }
    for (const kind of ['是', '要']) {
      const run = seen.filter((s) => s.kind === kind);
      if (run.length < 2 || run[0]!.n !== 1) continue;
      for (let i = 1; i < run.length; i++) {
        const expected = run[i - 1]!.n + 1;
        if (run[i]!.n !== expected) {
          out.push({
            offset: run[i]!.offset,
            length: run[i]!.length,
            params: { found: run[i]!.text, expected: `${['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][expected] ?? expected}${kind}` },
          });
        }
      }
    }
    return out;
  },
};

/** The four levels' paragraph-start markers, 一、 （一） 1. （1）, shared with SEQ-04. */
export const LEVELS: { re: RegExp; num: (m: RegExpExecArray) => number }[] = [
  { re: new RegExp(`^(${CN})、`, 'u'), num: (m) => parseChineseNumber(m[1]!) },
  { re: new RegExp(`^[（(](${CN})[）)]`, 'u'), num: (m) => parseChineseNumber(m[1]!) },
  { re: /^(\d{1,2})[.．](?!\d)/u, num: (m) => Number(m[1]) },
  { re: /^[（(](\d{1,2})[）)]/u, num: (m) => Number(m[1]) },
];

/**
 * SEQ-05: sibling counters consecutive, restarting under each parent, over paragraph-start markers
 * in document order. (Skipped or inverted levels are SEQ-04's, a warning.)
 */
export const headingSequence: GroupRule = {
  id: 'SEQ-05',
  severity: 'error',
  check(units) {
    const out: { unit: Unit; finding: Finding }[] = [];
    const counters: number[] = [0, 0, 0, 0];
    for (const unit of units) {
      if (unit.field !== 'paragraph' && unit.field !== 'heading' && unit.field !== 'text') continue;
      for (let level = 0; level < LEVELS.length; level++) {
        const m = LEVELS[level]!.re.exec(unit.text);
        if (!m) continue;
        const n = LEVELS[level]!.num(m);
        const expected = counters[level]! + 1;
        if (counters[level]! > 0 && n !== expected) out.push({ unit, finding: { offset: 0, length: m[0].length, params: { found: m[0], expected: String(expected) } } });
        counters[level] = n;
        for (let lower = level + 1; lower < counters.length; lower++) counters[lower] = 0;
        break;
      }
    }
    return out;
  },
};
