import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speechPronounKind } from '../../shared/importer/structure/speech-pronoun';
import { speechWordsKind } from '../../shared/importer/structure/speech-words';

/**
 * Round 48 (import-124b): an announced speech takes the class of the first main verb of its words
 * (bench/KEYING.md 9, 15), read as leadless-kind.ts reads any sentence's verb, not only a verb of
 * saying right after 他/她: the speaker may stand in a time clause around the verb, go on after a
 * comma, or be left out after a bare 讲话. Every text here is made up.
 */
describe('the words of an announced speech, read by their main verb', () => {
  it('reads the verb after a time clause around it', () => {
    expect(speechPronounKind('副县长罗平在会上作了讲话。他在回顾了一年来的工作后指出，成绩来之不易。')).toBe('directive');
  });

  it('reads praise of any light verb as judging', () => {
    expect(speechPronounKind('教育局局长魏兰讲话。她肯定了各校一学期来的工作。')).toBe('directive');
    expect(speechPronounKind('市委副书记葛松到会并发表讲话，他对全乡的工作表示肯定，并分析了面临的形势。')).toBe('directive');
  });

  it('takes a time clause before the speaker as context, not the meeting', () => {
    expect(speechPronounKind('大会完成全部议程后，党委书记邵岩讲话。他肯定了与会代表的辛勤付出。')).toBe('directive');
  });

  it('reads a bare 讲话 and the words left without a subject', () => {
    expect(speechWordsKind('最后，县长阎晓讲话。对全县春耕工作给予了充分的肯定。他强调，要抓住农时。')).toBe('directive');
  });

  it('still gives nothing for welcome or thanks, or the occasion own account', () => {
    expect(speechPronounKind('县长阎晓讲话。他在发言中对来宾的到来表示欢迎。')).toBeNull();
    expect(speechPronounKind('会议期间，阎晓作专题报告。他在报告中肯定了各村的工作。')).toBeNull();
  });

  it('gives the imported section the verb class', () => {
    const text = [
      '5月9日，平安县教育局召开全县教育工作会议，局长许青主持会议。',
      '会议听取了各学区关于期中教学质量的汇报。',
      '县委常委、副县长罗平在会上作了讲话。他在回顾了一年来的工作后指出，成绩来之不易。',
    ].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections.at(-1)!.kind).toBe('directive');
  });
});
