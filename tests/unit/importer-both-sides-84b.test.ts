import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 38 (import-84b): in talks between two parties (会谈, 座谈交流 of two delegations) the
 * report names both parties at once as 双方/雙方. They are the people present speaking as one, as
 * 与会人员 and 大家 are: their judgement where a sentence begins (双方表示，… / 双方一致认为，…) opens
 * an item (`directive`, KEYING 12), and their discussing opening a paragraph is an account of its own
 * (`other`, KEYING 13), keyed by its words. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('双方 as the subject of a lead', () => {
  it('opens an item for the two parties saying or judging, after their discussion', () => {
    const text = [
      '3月2日，东湖市党政代表团来我市考察，两市举行工作会谈。市委书记张明，东湖市委书记李强出席会谈。',
      '双方就深化产业协作、推动园区共建等进行了深入交流。',
      '双方表示，将进一步加强沟通对接，推动合作取得更大成效。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['text', '双方就深化产业协作、推动园区共建等进行了深入交流'],
      ['directive', '双方表示'],
    ]);
  });

  it('reads the Traditional form and a judgement after 一致 inside a paragraph', () => {
    const text = ['5月8日，西岭縣與北川縣舉行合作座談會。西岭縣縣長陳平主持會議。', '座談中，雙方圍繞文旅合作進行了交流。雙方一致認為，兩地合作前景廣闊。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['text', '座談中'],
      ['directive', '雙方一致認為'],
    ]);
  });

  it('leaves 双方 inside a speaker’s sentence to the speaker', () => {
    const text = ['3月2日，两市举行工作会谈。', '张明指出，希望双方加强沟通，双方表示赞同的事项要抓紧落实。'].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['directive', '张明指出'],
    ]);
  });
});
