import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isCrowd } from '../../shared/importer/structure/crowd';

/**
 * A group of the people present saying or judging where a sentence begins (X们表示， / …成员认为，)
 * opens a `directive` section of its own (bench/KEYING.md 12, 16), whatever words name the group:
 * the plural 们, a head noun of people's kinds, a working party's 组/团 (crowd.ts).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月12日上午，青岭镇召开老同志迎春座谈会，镇党委书记高远山主持会议，全镇30余名退休老同志参加会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('a group of the people present as a voice (import-100b)', () => {
  it('reads a group by its shape', () => {
    expect(isCrowd('老同志们')).toBe(true);
    expect(isCrowd('退休職工們')).toBe(true);
    expect(isCrowd('考察團成員')).toBe(true);
    expect(isCrowd('与会领导')).toBe(true);
    expect(isCrowd('巡视组')).toBe(true);
    expect(isCrowd('老党员们普遍')).toBe(true);
    expect(isCrowd('高远山')).toBe(false);
    expect(isCrowd('会议')).toBe(false);
    expect(isCrowd('们')).toBe(false);
  });

  it('opens a directive section at X们表示， inside a paragraph', () => {
    expect(leadsOf('会上，高远山书记通报了全镇一年来的发展情况。老同志们表示，将继续为家乡发展建言献策。')).toEqual([
      ['text', '会上'],
      ['directive', '老同志们表示'],
    ]);
  });

  it('does so in Traditional script, with a head noun of people and no 们', () => {
    expect(leadsOf('會上，高遠山書記介紹了全鎮概況。參訪團成員一致認為，青嶺鎮的做法值得借鑒。')).toEqual([
      ['text', '會上'],
      ['directive', '參訪團成員一致認為'],
    ]);
  });

  it('leaves a group saying after a comma in its sentence', () => {
    expect(leadsOf('会上，高远山书记通报了全镇情况，老同志们表示，将继续关心家乡发展。')).toEqual([['text', '会上']]);
  });
});
