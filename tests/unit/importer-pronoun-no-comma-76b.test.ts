import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * After a sentence with no lead (an account of what someone went over, the chair clause), 他/她 + a
 * strong verb opens the speaker's own point (bench/KEYING.md 9, 12) also when the verb runs straight
 * into what is said with no comma (她强调要求… / 他指示应将…) (import-76b). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

function sections(text: string): [string, string][] {
  return importText(text, { now: NOW }).draft.sections.map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 8)]);
}

describe('a pronoun lead with no comma after its verb', () => {
  it('opens its own section after an account with no lead (。她强调要求…)', () => {
    const text = ['松桥镇今天下午举办防汛知识讲座，出席村民约80人。', '孙丽华回顾了近年的汛情，并简述了各级防汛责任。她强调要求各村落实值守人员。'].join('\n');
    expect(sections(text).slice(1)).toEqual([
      ['text', '孙丽华回顾了近年'],
      ['requirement', '她强调'],
    ]);
  });

  it('opens its own section after the chair clause (。他指示应将…)', () => {
    const text = '松桥镇第三次防汛会报8日上午在镇政府举行，由何镇长亲自主持。他指示应将隐患排查列为优先工作；对于巡查队的组建，何镇长指示要持续追踪。';
    expect(sections(text)[1]).toEqual(['directive', '他指示']);
  });

  it('keeps 他希望… with the welcome before it (the address going on)', () => {
    const text = ['6月8日，松桥镇召开防汛工作推进会。', '县水利局副局长孙启明出席会议并致辞，他对会议的召开表示祝贺。他希望松桥镇继续压实责任。'].join('\n');
    expect(sections(text).length).toBe(2);
  });

  it('reads 他强调的… as no lead (a noun phrase, not what was said)', () => {
    const text = ['松桥镇今天下午举办防汛知识讲座，出席村民约80人。', '孙丽华回顾了近年的汛情。他强调的几点大家都记下了。'].join('\n');
    expect(sections(text).length).toBe(2);
  });
});
