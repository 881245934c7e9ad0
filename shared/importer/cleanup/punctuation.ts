import { isChineseContext, isHan } from '../chars';
import type { Edit, TrackedText } from '../tracked-text';
import { splitLines } from './lines';

/**
 * Half-width marks in Chinese text become full-width (GB/T 15834 forms): ，；：！？（）and straight
 * quotes become “ ” / ‘ ’. "Chinese context" means a Han character or a full-width mark on either
 * side, so 14:30, 1,000, URLs and English phrases are left alone. A '?' wedged between Han
 * characters is damage (a character the page could not encode), not a question: it is left for
 * the damage step to flag.
 */
const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '!': '！' };
/**
 * The small forms of CJK compatibility (U+FE50–FE57: 甲﹑乙 from some editors and PDF copies) are the
 * same marks drawn smaller; the readers after this step know only the ordinary ones (a 、 list of
 * names, a ，clause), so they become the ordinary full-width marks.
 */
const SMALL_FORM: Record<string, string> = { '﹐': '，', '﹑': '、', '﹔': '；', '﹕': '：', '﹖': '？', '﹗': '！' };

export function normalisePunctuation(t: TrackedText): void {
  const edits: Edit[] = [];
  for (const line of splitLines(t.text)) {
    const s = line.text;
    if (!/[\p{Script=Han}]/u.test(s)) continue;
    const at = (i: number) => line.start + i;
    for (let i = 0; i < s.length; i++) {
      // Nearly every character of a report is Han or a full-width mark, which nothing below
      // changes: skip them before looking at the neighbours (the step ran this for every one).
      // Read as a code unit first: taking s[i] made a string of every Han character and looked it
      // up in SMALL_FORM, the step's whole cost (round 44). Same test as the two below, by number.
      const code = s.charCodeAt(i);
      if (code >= 0x3000 && (code < 0xfe50 || code > 0xfe57) && code !== 0xff0c && (code < 0xff10 || code > 0xff19)) continue;
      const ch = s[i]!;
      if (ch in SMALL_FORM) {
        edits.push({ start: at(i), end: at(i + 1), replacement: SMALL_FORM[ch]!, kind: 'punctuation' });
        continue;
      }
      if (ch >= '\u3000' && ch !== '，' && (ch < '０' || ch > '９')) continue;
      const prev = prevVisible(s, i);
      const next = nextVisible(s, i);
      const chinese = isChineseContext(prev) || isChineseContext(next);
      // Captures double marks (书记,、主席 / 会议召开,,市政协 / 出席,。): a comma straight before
      // another mark is the copy's artefact; the other mark is the writer's.
      if ((ch === ',' || ch === '，') && /[，,、。；;！？]/u.test(s[i + 1] ?? '') && (isHan(s[i - 1]) || s[i - 1] === ',' || s[i - 1] === '，')) {
        edits.push({ start: at(i), end: at(i + 1), replacement: '', kind: 'punctuation' });
        continue;
      }
      if (ch in SIMPLE) {
        if (!chinese) continue;
        if ((ch === ',' || ch === ':') && /\d/.test(s[i - 1] ?? '') && /\d/.test(s[i + 1] ?? '')) continue;
        if (ch === ':' && s[i + 1] === '/') continue;
        edits.push({ start: at(i), end: at(i + 1), replacement: SIMPLE[ch]!, kind: 'punctuation' });
      } else if (ch === '?' && s[i - 1] !== '?' && s[i + 1] !== '?') {
        const after = s[i + 1];
        const endsClause = after === undefined || /[\s"'”’」』)）]/.test(after) || (isChineseContext(after) && !isHan(after));
        if (isChineseContext(prev) && endsClause) edits.push({ start: at(i), end: at(i + 1), replacement: '？', kind: 'punctuation' });
      } else if (ch === '(') {
        const close = s.indexOf(')', i + 1);
        const inner = close > 0 ? s.slice(i + 1, close) : '';
        if (close > 0 && !inner.includes('(') && (isHan(s[i - 1]) || isHan(s[close + 1]) || /[\p{Script=Han}]/u.test(inner))) {
          edits.push({ start: at(i), end: at(i + 1), replacement: '（', kind: 'punctuation' });
          edits.push({ start: at(close), end: at(close + 1), replacement: '）', kind: 'punctuation' });
        }
      } else if (ch === '.' && s.startsWith('...', i) && chinese) {
        let j = i;
        while (s[j] === '.') j++;
        edits.push({ start: at(i), end: at(j), replacement: '……', kind: 'punctuation' });
        i = j - 1;
      } else if (ch === '.' && isHan(s[i - 1]) && (isHan(s[i + 1]) || i + 1 === s.length)) {
        // 并发表了讲话.区委书记…: a half-width full stop between two Han characters (or closing the
        // line) ends a sentence; no Chinese word, number or address puts one there.
        edits.push({ start: at(i), end: at(i + 1), replacement: '。', kind: 'punctuation' });
      } else if (ch >= '０' && ch <= '９') {
        edits.push({ start: at(i), end: at(i + 1), replacement: String.fromCharCode(ch.charCodeAt(0) - 0xfee0), kind: 'width' });
      }
    }
    quotePairs(s, '"', '“', '”', line.start, edits);
    quotePairs(s, "'", '‘', '’', line.start, edits);
  }
  t.apply(dedupe(edits));
}

/** Straight quotes alternate open/close within a paragraph; a pair converts when it touches Han. */
function quotePairs(s: string, mark: string, open: string, close: string, base: number, edits: Edit[]): void {
  const positions: number[] = [];
  for (let i = s.indexOf(mark); i !== -1; i = s.indexOf(mark, i + 1)) positions.push(i);
  for (let k = 0; k + 1 < positions.length; k += 2) {
    const a = positions[k]!;
    const b = positions[k + 1]!;
    const inner = s.slice(a + 1, b);
    if (/[\p{Script=Han}]/u.test(inner) || isHan(s[a - 1]) || isHan(s[b + 1])) {
      edits.push({ start: base + a, end: base + a + 1, replacement: open, kind: 'quotes' });
      edits.push({ start: base + b, end: base + b + 1, replacement: close, kind: 'quotes' });
    }
  }
}

function prevVisible(s: string, i: number): string | undefined {
  for (let j = i - 1; j >= 0; j--) if (s[j] !== ' ') return s[j];
  return undefined;
}

function nextVisible(s: string, i: number): string | undefined {
  for (let j = i + 1; j < s.length; j++) if (s[j] !== ' ') return s[j];
  return undefined;
}

function dedupe(edits: Edit[]): Edit[] {
  const seen = new Set<number>();
  return edits.filter((e) => (seen.has(e.start) ? false : (seen.add(e.start), true)));
}

/**
 * Whitespace: indentation and trailing blanks go (the layout indents paragraphs itself), and a
 * space next to a full-width mark is a leftover of half-width typing (沒有 ! -> 沒有！).
 */
export function normaliseWhitespace(t: TrackedText): void {
  const edits: Edit[] = [];
  for (const line of splitLines(t.text)) {
    const s = line.text;
    const lead = /^[\s\u3000\u00a0]+/.exec(s);
    if (lead) edits.push({ start: line.start, end: line.start + lead[0].length, replacement: '', kind: 'whitespace' });
    const trail = /[\s\u3000\u00a0]+$/.exec(s);
    if (trail && trail.index > (lead?.[0].length ?? 0)) edits.push({ start: line.start + trail.index, end: line.end, replacement: '', kind: 'whitespace' });
    for (const m of s.matchAll(/[ \u00a0\u3000]+(?=[，。、；：？！）》”’」』])|(?<=[，。、；：？！（《“‘「『])[ \u00a0\u3000]+/g)) {
      if (m.index === 0 || m.index + m[0].length === s.length) continue;
      edits.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, replacement: '', kind: 'whitespace' });
    }
  }
  t.apply(edits);
}

/** Control characters would be refused by the document schema; they go, visibly. */
export function removeControlChars(t: TrackedText): void {
  const edits: Edit[] = [];
  // eslint-disable-next-line no-control-regex
  for (const m of t.text.matchAll(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFEFF]+/g)) {
    edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'control' });
  }
  t.apply(edits);
}
