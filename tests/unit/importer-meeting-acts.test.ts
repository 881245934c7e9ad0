import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { meetingAct } from '../../shared/importer/structure/meeting-acts';

/**
 * The meeting electing, voting and deliberating in the shapes that read as no lead on first sight
 * of fresh batches (import-30a): the manner of the vote before the verb, electing verbs other than
 * 选举, 通过 before a named list, hearing joined to deliberating, 讨论了 with nothing adopted.
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

function leads(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead]);
}

describe('the meeting electing and voting', () => {
  it('reads the manner of the vote before the electing verb as a decision, in both scripts', () => {
    const simplified = ['3月2日，柳溪县第五届人民代表大会第三次会议预备会议在县会堂举行。县人大常委会主任韦芳主持会议。', '预备会议以无记名投票的方式，选举产生了大会主席团和秘书长。'].join('\n');
    expect(leads(simplified)).toEqual([['decision', '预备会议以无记名投票的方式']]);
    const traditional = ['3月2日，柳溪區議會舉行第四次會議，主席韋芳主持會議。', '會議以舉手表決的方式，選舉產生了新一屆常務委員。'].join('\n');
    expect(leads(traditional)).toEqual([['decision', '會議以舉手表決的方式']]);
  });

  it('reads 推选/补选 as electing and 通过 before a named list as adopting', () => {
    const text = ['3月2日，柳溪县人大常委会召开第十次会议，县人大常委会主任韦芳主持会议。', '会议补选李明同志为县人大常委会委员。', '会议通过县人大常委会部分组成人员任免名单。'].join('\n');
    expect(leads(text)).toEqual([
      ['decision', '会议补选'],
      ['decision', '会议通过'],
    ]);
    expect(meetingAct('會議推選王大文為主席團常務主席；')).toEqual({ phrase: '會議推選', kind: 'decision' });
  });

  it('leaves 通过 as a means (会议通过视频方式召开, 通过听取汇报) and a manner with no vote alone', () => {
    expect(meetingAct('会议通过视频方式召开，各镇设分会场。')).toBeNull();
    expect(meetingAct('会议通过听取各镇工作汇报，了解了工作进度。')).toBeNull();
    expect(meetingAct('会议以座谈的方式，听取了基层代表的意见。')).toBeNull();
  });
});

describe('the meeting deliberating with nothing adopted', () => {
  it('reads 会议讨论了 and 会议听取审议了 as agenda items (topic), a decision when the sentence adopts', () => {
    const text = [
      '3月2日，县长韦芳主持召开县政府第9次常务会议。',
      '会议讨论了《柳溪县河道保洁办法（草案）》。',
      '会议听取审议了《柳溪县节水行动方案（送审稿）》。',
      '会议听取审议了《柳溪县停车管理办法》，并原则通过。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['topic', '会议讨论了'],
      ['topic', '会议听取审议了'],
      ['decision', '会议听取审议了'],
    ]);
  });

  // KEYING 19 (round 36): 会议研究了 is an agenda item as 讨论了 is; round 37 re-keyed the older keys.
  it('reads 会议研究了 and 會議還研究了 as agenda items (topic), a decision when the sentence adopts', () => {
    const text = ['3月2日，县长韦芳主持召开县政府第9次常务会议。', '会议研究了柳溪县老旧小区改造计划。', '會議還研究了其他事項。', '会议研究了《柳溪县停车管理办法》，并原则通过。'].join('\n');
    expect(leads(text)).toEqual([
      ['topic', '会议研究了'],
      ['topic', '會議還研究了'],
      ['decision', '会议研究了'],
    ]);
  });

  it('keeps a judgement after 讨论 (会议讨论认为) out of the agenda reading', () => {
    const text = ['3月2日，县长韦芳主持召开县政府第9次常务会议。', '会议讨论认为，当前防汛形势严峻，各镇要压实责任。'].join('\n');
    expect(leads(text).map(([kind]) => kind)).not.toContain('topic');
  });
});

describe('a body’s meeting named by its kind', () => {
  it('reads 省政府党组会议/县政府常务会议 as the meeting when it opens a paragraph with a lead verb', () => {
    const text = ['2月28日，省长李文生主持召开省政府党组会议和常务会议。', '省政府党组会议传达学习了党中央近期重要会议精神。', '省政府常务会议审议通过了《柳溪省河道保洁办法》。'].join('\n');
    expect(leads(text)).toEqual([
      ['directive', '省政府党组会议传达学习了'],
      ['decision', '省政府常务会议审议通过了'],
    ]);
  });
});

describe('a series of decisions in one sentence', () => {
  it('keeps a bare decision clause after ； with the meeting’s decision before it', () => {
    const text = ['3月2日，柳溪县第五届人民代表大会第三次会议预备会议举行。县人大常委会主任韦芳主持会议。', '预备会议以举手表决的方式选举产生了大会主席团和秘书长；表决通过了大会议程。'].join('\n');
    expect(leads(text)).toEqual([['decision', '预备会议以举手表决的方式']]);
    const plain = ['3月2日，柳溪县人大常委会召开第十次会议。', '会议选举产生了主任会议组成人员；表决通过了本次会议议程。'].join('\n');
    expect(leads(plain)).toEqual([['decision', '会议选举产生了']]);
  });

  it('still splits a decision clause that names the meeting again', () => {
    const text = ['3月2日，县长韦芳主持召开县政府第9次常务会议。', '会议审议通过了《柳溪县河道保洁办法》；会议决定由县水利局牵头实施。'].join('\n');
    expect(leads(text)).toEqual([
      ['decision', '会议审议通过了'],
      ['decision', '会议决定'],
    ]);
  });
});

describe('consulting as a deliberation', () => {
  it('reads 协商并原则通过 as a decision where a sentence begins, and after ； as the series going on', () => {
    const text = [
      '12月22日下午，柳溪县政协主席会议召开。县政协主席韦芳主持会议。',
      '会议审议通过常委会议议程。協商並原則通過《關於召開全體會議的決定》（草案）。审议并原则通过工作报告人名单（草案）；协商并原则通过分组办法（草案）。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['decision', '会议审议通过'],
      ['decision', '協商並原則通過'],
      ['decision', '审议并原则通过'],
    ]);
  });
});

describe('the meeting issuing a paper (KEYING 21)', () => {
  it('is a decision, in both scripts', () => {
    expect(meetingAct('会议印发了《青州市医联体章程》。')).toEqual({ phrase: '会议印发了', kind: 'decision' });
    expect(meetingAct('會議還發布了年度工作要點。')).toEqual({ phrase: '會議還發布了', kind: 'decision' });
  });

  it('opens its own decision section after the meeting agreeing', () => {
    const text = ['6月3日，青州市医联体召开理事会。', '会议同意甘立人辞去理事职务。会议印发了《青州市医联体章程》。'].join('\n');
    expect(leads(text)).toEqual([
      ['decision', '会议同意'],
      ['decision', '会议印发了'],
    ]);
  });
});
