import { describe, expect, it } from 'vitest';
import { normalisePunctuation } from '../../shared/importer/cleanup/punctuation';
import { leadPositions } from '../../shared/importer/structure/leads';
import { foldToSimplified, scriptCounts } from '../../shared/importer/script';
import { TrackedText } from '../../shared/importer/tracked-text';

/**
 * Round 44's speed work changes how the importer computes, never what it finds: each test pins a
 * reading the faster code must keep. Every text here is made up.
 */
describe('punctuation read by code unit', () => {
  const run = (s: string) => {
    const t = new TrackedText(s);
    normalisePunctuation(t);
    return t.text;
  };
  it('still turns small forms, full-width digits and half-width marks in Chinese text', () => {
    expect(run('甲﹑乙﹐丙﹔会议于２０２６年召开,研究了工作!')).toBe('甲、乙，丙；会议于2026年召开，研究了工作！');
  });
  it('leaves the small full stop the table has no pair for, and a comma between digits', () => {
    expect(run('会议﹒结束，共1,000人')).toBe('会议﹒结束，共1,000人');
  });
});

describe('script counts and folding by character class', () => {
  it('counts each side once and reads a character beyond the BMP as neither', () => {
    expect(scriptCounts('會議会议为為𠀋')).toEqual({ hans: 3, hant: 3 });
  });
  it('folds only the Traditional characters of the pair list', () => {
    expect(foldToSimplified('會議為爲𠀋ab')).toBe('会议为为𠀋ab');
  });
});

describe('lead positions by code unit', () => {
  it('opens a sentence after 。！？ (past a closing quote) and a clause after ，；,;', () => {
    const text = '会议指出，要抓好落实；同时,加强督查;确保见效。“会议要求”！乙某强调？';
    expect(leadPositions(text)).toEqual([
      { pos: 0, place: 'paragraph' },
      { pos: 5, place: 'clause' },
      { pos: 11, place: 'clause' },
      { pos: 14, place: 'clause' },
      { pos: 19, place: 'clause' },
      { pos: 24, place: 'sentence' },
      { pos: 31, place: 'sentence' },
    ]);
  });
});

describe('the offset map after edits', () => {
  it('points each character of the cleaned text at its source, replacements included', () => {
    const t = new TrackedText('甲,乙  丙!');
    t.apply([
      { start: 1, end: 2, replacement: '，', kind: 'punctuation' },
      { start: 3, end: 5, replacement: '', kind: 'whitespace' },
      { start: 6, end: 7, replacement: '！', kind: 'punctuation' },
    ]);
    expect(t.text).toBe('甲，乙丙！');
    expect(t.toSource(3, 4)).toEqual({ start: 5, end: 6 });
    expect(t.toSource(4, 5)).toEqual({ start: 6, end: 7 });
    expect(t.toSource(5, 5)).toEqual({ start: 7, end: 7 });
  });
});
