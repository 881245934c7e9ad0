import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { gamblingSpamEdits } from '../../shared/importer/cleanup/gambling-spam';

/**
 * A betting site's code glued before its brand, injected three times or more (round 37, import-80d).
 * Every text here is made up; the codes and brands are invented.
 */
const found = (text: string) => gamblingSpamEdits(text).map((e) => text.slice(e.start, e.end));

describe('a coded brand injected where a body stood', () => {
  it('goes with the Han words every occurrence has after it', () => {
    const text = '3月2日，县长甲一出席了qq7788金瓯台党政联席会议。会上，qq7788金瓯台班子成员逐一发言。听取qq7788金瓯台的汇报后，甲一作了讲话。';
    expect(found(text)).toEqual(['qq7788金瓯台', 'qq7788金瓯台', 'qq7788金瓯台']);
  });

  it('leaves the meeting its own name in the draft', () => {
    const text = [
      '3月2日上午，zz5566银湖苑2026年第3次党政联席会议在行政楼召开，院长甲一主持会议。',
      '会议审议了《zz5566银湖苑安全工作方案》，要求各部门认真落实。',
      '会议研究了zz5566银湖苑教学检查工作，强调要压实责任，确保检查工作按期完成，各系部要做好自查。',
    ].join('\n');
    const r = importText(text, { now: new Date('2026-12-01') });
    expect(r.draft.meeting.name).toBe('2026年第3次党政联席会议');
    expect(JSON.stringify(r.draft)).not.toContain('zz5566');
  });

  it('leaves a code seen fewer than three times, and upper-case or one-letter codes', () => {
    expect(found('会议听取了ab1234项目的汇报，研究了ab1234项目的进度。')).toEqual([]);
    expect(found('建设5G基站，新建5G基站，改造5G基站。')).toEqual([]);
    expect(found('110KV高压线、110KV高压线和110KV高压线迁移。')).toEqual([]);
  });

  it('leaves a code inside an address (after a dot, a slash or an underscore)', () => {
    expect(found('见www.ab12cd.com/ab12cd项目、x_ab12cd项目和.ab12cd项目')).toEqual([]);
  });
});
