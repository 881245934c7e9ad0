import { describe, expect, it } from 'vitest';
import { keyAsResult } from '../../bench/key-agreement';
import { overall, scoreAndPrint, type Expected } from '../../bench/score-importer';

// Two keyers keyed the same made-up report. Turned into a draft, a key must score 100 % against
// itself, and a disagreement (one section's kind, one noise line) must cost exactly those checks.
const text = [
  '首页 > 工作动态',
  '清河县召开第九次常务会议',
  '5月6日，县长周立新主持召开县政府第九次常务会议。',
  '会议听取了全县春耕备耕情况汇报，决定追加农资补贴。',
  '会议要求，各乡镇要抓好田间管理。',
  '责任编辑：吴敏',
].join('\n');

const first: Expected = {
  title: '清河县召开第九次常务会议',
  chair_name: '周立新',
  chair_title: '县长',
  meeting_name: '县政府第九次常务会议',
  date_if_given: '5月6日',
  sections: [
    { kind: 'decision', lead_phrase: '会议听取了', item_count: null },
    { kind: 'requirement', lead_phrase: '会议要求', item_count: null },
  ],
  attendees_if_given: [],
  noise_lines: ['首页 > 工作动态', '责任编辑:吴敏'],
};
const second: Expected = {
  ...first,
  sections: [{ ...first.sections[0]!, kind: 'topic' }, first.sections[1]!],
  noise_lines: ['首页 > 工作动态'],
};

const rate = (answer: Expected, other: Expected): { ok: number; n: number } => overall(scoreAndPrint([{ file: 'a.txt', text, expected: answer }], (c) => keyAsResult(c.text, other)));

describe('key agreement', () => {
  it('a key agrees with itself on every check', () => {
    const r = rate(first, first);
    expect(r.ok).toBe(r.n);
    expect(r.n).toBeGreaterThan(8);
  });

  it('a second key that differs in one kind and one noise line loses exactly those', () => {
    const r = rate(first, second);
    expect(r.n - r.ok).toBe(2);
  });

  it('the width of a keyed noise line does not matter (keys quote it normalised)', () => {
    const t = keyAsResult(text, first);
    expect(t.text).not.toContain('责任编辑');
    expect(t.draft.sections.at(-1)!.paragraphs.join('')).not.toContain('清河县召开第九次常务会议');
  });
});
