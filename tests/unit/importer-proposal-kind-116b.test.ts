import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { proposalKind } from '../../shared/importer/structure/proposal-kind';

// KEYING 20: 提出's kind follows its object — 要求 asks (requirement), 意见/建议 offer a view
// (directive). The lead readers gave 提出…意见 `requirement` with 提出…要求.
const NOW = new Date('2026-06-01T00:00:00Z');
const kindOf = (text: string, lead: string) => importText(text, { now: NOW }).draft.sections.find((s) => s.lead.startsWith(lead))?.kind;

describe('proposalKind', () => {
  it('reads the object after the putting verb', () => {
    expect(proposalKind('提出了意见', '和建议。')).toBe('directive');
    expect(proposalKind('提出了几点意见')).toBe('directive');
    expect(proposalKind('提出了意见', '和要求，')).toBe('requirement');
    expect(proposalKind('提出了明确要求')).toBe('requirement');
  });
  it('does not read a 就-clause before the verb as the object', () => {
    expect(proposalKind('甲就落实上级要求提出了意见', '。')).toBe('directive');
  });
});

describe('a speaker putting views forward (提出…意见和建议)', () => {
  const opening = '4月2日，青禾县科协召开学会工作座谈会。县科协主席梁文远主持会议。\n';
  it('X就…提出了意见和建议 is directive', () => {
    const text = `${opening}县农学会秘书长邵明川就如何办好科普集市以及如何吸引更多青年会员提出了意见和建议。\n会议要求，各学会要抓好落实。`;
    expect(kindOf(text, '县农学会秘书长邵明川')).toBe('directive');
  });
  it('the reply after 听取…后 offering views is directive', () => {
    const text = `${opening}在听取各学会汇报后，梁文远对各学会的工作提出了中肯的意见，并肯定了大家的努力。\n会议要求，各学会要抓好落实。`;
    expect(kindOf(text, '在听取各学会汇报后')).toBe('directive');
  });
  it('X就…提出了要求 stays requirement', () => {
    const text = `${opening}县农学会秘书长邵明川就如何办好科普集市提出了明确要求。\n会议指出，科普工作大有可为。`;
    expect(kindOf(text, '县农学会秘书长邵明川')).toBe('requirement');
  });
});
