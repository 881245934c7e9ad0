import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speechPronounKind } from '../../shared/importer/structure/speech-pronoun';

// A person's act with no kind of its own (a report, a deployment, listening, a bare 讲话), then 他/她 +
// a verb of saying in the next sentence: one section of the pronoun's verb's kind (KEYING 17, 18, 21).
const NOW = new Date('2026-06-01T00:00:00Z');
const kindOf = (text: string, lead: string) => importText(text, { now: NOW }).draft.sections.find((s) => (s.lead || s.paragraphs[0] || '').startsWith(lead))?.kind;

describe('speechPronounKind after an act with no kind of its own', () => {
  it('a deployment, then 他强调', () => {
    expect(speechPronounKind('甲某就下步工作作了全面部署。他强调，要压实责任。')).toBe('requirement');
  });
  it('a report to the guests, then 他指出', () => {
    expect(speechPronounKind('甲某向考察团介绍了本县概况。他指出，本县区位优势明显。')).toBe('directive');
  });
  it('listening with a stray full stop, then 她表示', () => {
    expect(speechPronounKind('甲某在听取各组汇报后。她表示，各组工作扎实。')).toBe('directive');
  });
  it('not after 交流 or 回顾 (KEYING 21: the pronoun lead opens its own section)', () => {
    expect(speechPronounKind('甲某与大家交流了学习体会。他指出，要学以致用。')).toBeNull();
  });
  it('not for a group', () => {
    expect(speechPronounKind('各单位负责人汇报了工作。他指出，要学以致用。')).toBeNull();
  });
});

describe('in an import', () => {
  it('a leader introducing the county to visitors, then 他指出, is directive', () => {
    const text =
      '5月8日，柳溪县召开招商推介座谈会。县委书记韩泽远主持会议。\n韩泽远向来访企业家代表介绍了柳溪县的区位交通和产业基础。他指出，柳溪正处在加快发展的关键时期，欢迎各位来柳溪投资兴业。\n会议要求，各部门要做好服务。';
    expect(kindOf(text, '韩泽远向来访企业家代表介绍了')).toBe('directive');
  });
});
