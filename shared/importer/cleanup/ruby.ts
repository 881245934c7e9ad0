import { TONE_VOWELS, ZHUYIN } from '../chars';
import type { Edit, TrackedText } from '../tracked-text';

/**
 * Flattened ruby: a page that annotates characters with pinyin (<ruby>發<rt>fā</rt></ruby>) loses
 * the markup when copied and leaves `發(fā)`. We remove a bracketed reading right after a Han
 * character when it is pinyin with a tone mark, or zhuyin. Unmarked syllables (`(de)`) are only
 * taken once the document has shown at least two marked ones, so a genuine `(ai)` in ordinary
 * text stays. A reading whose opening bracket was eaten by damage (`?zhèn)`) is removed too; the
 * damage itself is flagged later, not repaired.
 */
// 衡(heng2): a mirror may write the tone as a digit after the syllable, as input methods do.
const SYLLABLE = `[a-z${TONE_VOWELS}]{1,6}[1-5]?`;
const MARKED = new RegExp(`[${TONE_VOWELS}]`);
const READING = `(?:${SYLLABLE}(?:\\s+${SYLLABLE}){0,3}|[${ZHUYIN}]{1,4}(?:\\s*[${ZHUYIN}]{1,4}){0,3})`;
// Some pages pad the reading inside its brackets (會(huì )議): the padding goes with the reading.
// 国(guo)(guo)(guo)务: a mirror may repeat the reading; the whole run after the character goes.
const AFTER_HAN = new RegExp(`(?<=[\\p{Script=Han}])(?:[(（][ \\t]?(?:${READING})[ \\t]?[)）])+`, 'gu');
const ONE_READING = /[(（][ \t]?([^)）]*?)[ \t]?[)）]/gu;
const AFTER_DAMAGE = new RegExp(`(?<=[?？_\\uFFFD])[(（]?(${SYLLABLE})[)）]`, 'gu');
// 實打?嵉臉I(yè)績 / 幸?,F(xiàn)代化: where mojibake stands for the character the reading annotates, the
// bracket follows a Latin letter or a mark, not Han. A marked reading that is a pinyin syllable once
// its tones are taken off goes there too (a word in brackets such as (café) is no syllable).
const AFTER_GARBLE = new RegExp(`(?<=[^\\s\\p{Script=Han}(（])[(（](${SYLLABLE}(?:\\s+${SYLLABLE}){0,3})[)）]`, 'gu');
// 加強經(jīng at a paragraph's end: a capture cut inside the reading leaves its bracket open.
const CUT_READING = new RegExp(`(?<=\\p{Script=Han})[(（](${SYLLABLE})(?=[ \\t]*(?:\\n|$))`, 'gu');
const PLAIN_PINYIN = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:a|o|e|ai|ei|ao|ou|an|en|ang|eng|ong|er|i|ia|ie|iao|iu|ian|in|iang|ing|iong|u|ua|uo|uai|ui|uan|un|uang|ueng|v|ve|ue)$/;

/** How many bare syllables after Han characters make a text a toneless ruby mirror. */
const PLAIN_RUN = 5;

export function removeRuby(t: TrackedText): void {
  const text = t.text;
  const edits: Edit[] = [];
  const plain: { start: number; end: number }[] = [];
  let marked = 0;
  for (const m of text.matchAll(AFTER_HAN)) {
    const reading = [...m[0].matchAll(ONE_READING)].map((r) => r[1]!).join(' ');
    const start = m.index;
    // 北(bei) 原: the space the mirror set after a reading, between two characters, goes with it.
    const spaced = text[start + m[0].length] === ' ' && /\p{Script=Han}/u.test(text[start + m[0].length + 1] ?? '');
    const end = start + m[0].length + (spaced ? 1 : 0);
    if (MARKED.test(reading) || /[\u3105-\u312F\u31A0-\u31BF]/.test(reading) || toneDigits(reading)) {
      marked++;
      edits.push({ start, end, replacement: '', kind: 'ruby' });
    } else if (reading.split(/\s+/).every((s) => PLAIN_PINYIN.test(s))) plain.push({ start, end });
  }
  // 北(bei) 原自治區…會(hui) 議: a mirror that drops the tone marks writes bare syllables after many
  // characters; several different ones in a text are readings, not a word in brackets.
  const distinct = new Set(plain.map((p) => text.slice(p.start, p.end).replace(/[^a-z]/gu, ''))).size;
  if (marked >= 2 || (plain.length >= PLAIN_RUN && distinct >= 3)) for (const p of plain) edits.push({ ...p, replacement: '', kind: 'ruby' });
  for (const m of text.matchAll(AFTER_DAMAGE)) {
    if (MARKED.test(m[1]!)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'ruby' });
  }
  for (const re of [AFTER_GARBLE, CUT_READING])
    for (const m of text.matchAll(re)) {
      const at = m.index;
      if (markedSyllables(m[1]!) && !edits.some((e) => e.start < at + m[0].length && at < e.end)) edits.push({ start: at, end: at + m[0].length, replacement: '', kind: 'ruby' });
    }
  t.apply(edits.sort((a, b) => a.start - b.start));
}

const BARE: Record<string, string> = Object.fromEntries([...'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü'].map((c, i) => [c, 'aaaaeeeeiiiioooouuuuvvvvv'[i]!]));
/** yè, chǔ xiàn: a tone mark on some syllable, and every syllable pinyin without its tones. */
function markedSyllables(reading: string): boolean {
  return MARKED.test(reading) && reading.split(/\s+/).every((s) => PLAIN_PINYIN.test([...s].map((c) => BARE[c] ?? c).join('')));
}

/** heng2, guo2 jia1: every syllable a plain one with its tone as a digit. */
function toneDigits(reading: string): boolean {
  return reading.split(/\s+/).every((s) => /[1-5]$/.test(s) && PLAIN_PINYIN.test(s.slice(0, -1)));
}
