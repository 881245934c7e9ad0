import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { proposedKind } from '../../shared/importer/structure/proposal-kind';
import { leadlessKind } from '../../shared/importer/structure/leadless-kind';

// KEYING 20, 24, 29: 提出 counts as a lead wherever it stands and its kind follows its object —
// 要求 asks (requirement); views, suggestions, targets, 思路, 看法 laid down are `directive`.
const NOW = new Date('2026-06-01T00:00:00Z');

describe('proposedKind', () => {
  it('reads any object put forward with 了 as a view laid down', () => {
    expect(proposedKind('提出了下一阶段的工作思路')).toBe('directive');
    expect(proposedKind('就两馆合办读书节提出了看法')).toBe('directive');
    expect(proposedKind('提出了三年行动目标')).toBe('directive');
  });
  it('reads 要求 in the object as asking', () => {
    expect(proposedKind('对各社区提出了明确要求')).toBe('requirement');
    expect(proposedKind('提出了意见和要求')).toBe('requirement');
  });
  it('keeps the views it read before, without 了', () => {
    expect(proposedKind('积极提出改进建议')).toBe('directive');
  });
  it('reads no act in a bare 提出 of something once proposed, nor in a noun phrase', () => {
    expect(proposedKind('两镇早年提出共建茶旅走廊构想')).toBeNull();
    expect(proposedKind('对居民提出的路灯问题作了解答')).toBeNull();
    expect(proposedKind('会上没有人发言')).toBeNull();
  });
});

describe('a paragraph with no lead whose speaker 提出了 a view', () => {
  it('is directive by the object (leadless-kind)', () => {
    expect(leadlessKind('馆长甘立秋在会上总结了全年的借阅情况，分析了存在的短板，提出了明年的服务思路。')).toBe('directive');
  });
  it('gives the imported section its kind', () => {
    const text =
      '5月6日，青禾县图书馆召开年度馆务会。馆长甘立秋主持会议。\n' + '副馆长邬向晴在会上总结汇报了全年的借阅情况，分析了存在的短板，提出了明年的服务思路。\n' + '会议要求，各部室要抓好落实。';
    const s = importText(text, { now: NOW }).draft.sections.find((x) => x.paragraphs.join('').includes('服务思路'));
    expect(s?.kind).toBe('directive');
  });
  it('reads 就…提出了看法 after a speech clause the same way', () => {
    const text = '5月6日，青禾县图书馆召开年度馆务会。馆长甘立秋主持会议。\n' + '文化馆馆长邬向晴在活动致辞时，就两馆合办读书节提出了看法。\n' + '会议要求，各部室要抓好落实。';
    const s = importText(text, { now: NOW }).draft.sections.find((x) => x.paragraphs.join('').includes('读书节'));
    expect(s?.kind).toBe('directive');
  });
});
