import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Made-up sentences (none from a check set) for the 的/地/得 shapes added in round 13 (check-15b).
const words = wordLayer();
const dedi = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-05')
    .map((d) => `${text.slice(d.location.offset - 2, d.location.offset + 3)}→${d.fix?.replacement}`);

describe('的/地/得 by part of speech: shapes of round 13', () => {
  it('地 → 得: a verb + 地 + its complement closing the clause', () => {
    expect(dedi('今年全市的空气质量改善地很快，群众普遍认可。')).toEqual(['改善地很快→得']);
  });
  it('地 → 的: a time word before a noun phrase; a set phrase before a noun compound', () => {
    expect(dedi('我们要认真总结去年地各项工作经验。')).toEqual(['去年地各项→的']);
    expect(dedi('要建设一支纪律严明地公务员队伍。')).toEqual(['严明地公务→的']);
  });
  it('的 → 地: after an adverbial verb (持续) and in an 有-phrase before a verb with its object', () => {
    expect(dedi('各地要持续深入的推进垃圾分类工作。')).toEqual(['深入的推进→地']);
    expect(dedi('各部门要有针对性的组织应急演练。')).toEqual(['对性的组织→地']);
  });
  it('的 → 得: a degree word jieba joined to its adjective; a topic and verb jieba joined', () => {
    expect(dedi('部分项目资金使用的比较慢，要加快进度。')).toEqual(['使用的比较→得']);
    expect(dedi('个别乡镇项目进展的偏慢。')).toEqual(['进展的偏慢→得']);
  });
  it('得 → 的: 得 before an adjective-noun phrase closing the clause', () => {
    expect(dedi('全村营造了你追我赶得良好氛围。')).toEqual(['我赶得良好→的']);
  });
  it('的 → 地: an echoed manner word (手把手, 心贴心) after a modal, before a verb and its object', () => {
    expect(dedi('驻村干部要沉下身子，手把手的教农户使用新农具。')).toEqual(['把手的教农→地']);
    expect(dedi('帮扶干部要心贴心的倾听困难群众的诉求。')).toEqual(['贴心的倾听→地']);
    // As a subject or an object's modifier it is right: 面对面的交流 is the thing, 面对面的方式 too.
    expect(dedi('面对面的交流比电话更有效。')).toEqual([]);
    expect(dedi('这次活动采取了面对面的方式。')).toEqual([]);
  });
  it('leaves the right forms alone', () => {
    expect(dedi('各项工作开展得扎实有序，成效明显。')).toEqual([]);
    expect(dedi('这是一项有针对性的措施。')).toEqual([]);
    expect(dedi('会议收到有分量的提案及意见建议。')).toEqual([]);
    expect(dedi('要持续深入地推进垃圾分类工作。')).toEqual([]);
    expect(dedi('今年的各项任务已经全面完成。')).toEqual([]);
    expect(dedi('空气质量改善得很快。')).toEqual([]);
  });
});
