import { describe, expect, it } from 'vitest';
import { checkText } from '../../shared/check';
import { hantSurnameOffsets, surnameYuOffsets } from '../../shared/check/rules/surname';

// Made-up sentences: 於 as a surname is right in Simplified text; 於 as a preposition is not.
const lng02 = (text: string) => checkText(text, { script: 'hans' }).filter((d) => d.rule === 'LNG-02');

describe('LNG-02 and 於 as a surname in a Simplified document', () => {
  it('keeps 於 after a post, in a name list and at the start, before a given name', () => {
    expect(lng02('会议由副镇长於立新主持，各村书记参加。')).toEqual([]);
    expect(lng02('王主任、於红同志出席会议。')).toEqual([]);
    expect(lng02('於国华指出，要抓好秋收秋种。')).toEqual([]);
    expect(lng02('局党组书记於春明强调，要压实责任。')).toEqual([]);
  });

  it('still flags 於 as a preposition, including after a post and before a time word', () => {
    expect(lng02('会议於昨日在县政府召开。').map((d) => [d.location.offset, d.fix?.replacement])).toEqual([[2, '于']]);
    expect(lng02('李主任於今年主持了三次调度会。')).toHaveLength(1);
    expect(lng02('各单位要於月底前报送材料。')).toHaveLength(1);
    expect(lng02('李局长於今日於县城召开会议。')).toHaveLength(2);
    expect(lng02('於是会议决定暂缓实施。')).toHaveLength(1);
  });

  it('answers the surname offsets only', () => {
    expect([...surnameYuOffsets('副县长於建平主持，於是散会。')]).toEqual([3]);
    expect(surnameYuOffsets('没有这个字。').size).toBe(0);
  });
});

describe('LNG-02 and 于 as a surname in a Traditional document', () => {
  const hant = (text: string) => checkText(text, { script: 'hant' }).filter((d) => d.rule === 'LNG-02');
  it('keeps 于 after a post where OpenCC reads 長于 as 長於 ("good at")', () => {
    // Made up: a 處長 named 于 — not the preposition.
    expect(hant('處長于志明表示，將於下月辦理說明會。')).toEqual([]);
    expect(hant('局長于秀琴主持會議。')).toEqual([]);
  });
  it('keeps 于 when the name is followed by 於 (time or place) or a verb of telling or going', () => {
    // OpenCC reads 于美 after a post as 於美; these three failed before 於/提醒/率 were followers.
    expect(hant('科長于美君於每週例會中說明進度。')).toEqual([]);
    expect(hant('隊長于美芳提醒各課室注意汛期安全。')).toEqual([]);
    expect(hant('科長于美君率隊前往災區勘查。')).toEqual([]);
  });
  it('keeps 于 after a title with a two-character given name, whatever follows', () => {
    // Made up: an adverbial after the name (逐字逐句, 逐一, 細心) is no follower the list knows, and
    // OpenCC reads 于美 as 於美 (of 於美國) and 長于 as 長於.
    expect(hant('指導老師于美玲逐字逐句修改講稿。')).toEqual([]);
    expect(hant('由老師于美華細心帶領學生。')).toEqual([]);
    expect(hant('校長于佩芸逐字逐句修改講稿。')).toEqual([]);
    expect(hant('處長于美玲逐一說明各項工作。')).toEqual([]);
    expect(hant('董事長余光明親自督辦。')).toEqual([]);
  });
  it('still flags 于 read as 長於 when a time word, not a name, follows', () => {
    expect(hant('處長于今年主持三次會議。')).toHaveLength(1);
  });
});

describe('LNG-02 and other surnames OpenCC would change in a Traditional document', () => {
  const hant = (text: string) => checkText(text, { script: 'hant' }).filter((d) => d.rule === 'LNG-02');
  it('keeps 范, 余, 郁, 云 and 党 as surnames after a post or in a name list', () => {
    // Made up. OpenCC alone writes 範文琦, 餘光明, 鬱美華, 雲中鶴, 黨國華: each a renamed person.
    expect(hant('衛生局長范文琦表示，將加強長照據點查核。')).toEqual([]);
    expect(hant('處長余光明指出，經費須專款專用。')).toEqual([]);
    expect(hant('主任郁美華、委員云中鶴出席會議。')).toEqual([]);
    expect(hant('委員党國華表示支持。')).toEqual([]);
  });
  it('knows a name by the reporting verbs and adverbs of news style after it', () => {
    expect(hant('社會處長范文傑呼籲民眾勿轉傳不實訊息。')).toEqual([]);
    expect(hant('里長余美玲也表示，將協助清運。')).toEqual([]);
    expect(hant('局長范明認為，預算應優先用於長照。')).toEqual([]);
    expect(lng02('副县长於建平呼吁群众积极参保。')).toEqual([]);
  });
  it('knows a name by the verbs of an inspection after it (督導, 帶隊, 視察)', () => {
    expect(hant('建設處長范文傑督導，預計年底完工。')).toEqual([]);
    expect(hant('局長范明帶隊前往災區。')).toEqual([]);
    expect(hant('處長余美玲視察防汛整備。')).toEqual([]);
  });
  it('knows a name by the verbs of an official coming after it (到場, 親臨, 陪同)', () => {
    expect(hant('體育處長范文傑到場為選手加油。')).toEqual([]);
    expect(hant('縣長余志明親臨會場致詞。')).toEqual([]);
    expect(hant('處長于美玲陪同視察。')).toEqual([]);
  });
  it('knows the posts of Taiwan and the press that end in 正, 輯, 授, 者 or 管', () => {
    // Made up. 技正 (a technical officer) and 總編輯 were no post the name test knew: 範/餘 renamed them.
    expect(hant('農業局技正范文傑指出，苗木須於月底前完成補植。')).toEqual([]);
    expect(hant('該報總編輯余明德表示，將加強查核。')).toEqual([]);
    expect(hant('部門主管范文華說明排班方式。')).toEqual([]);
  });
  it('still flags the same characters where they stand for a Traditional word, not a name', () => {
    // 白云山 is 白雲山 in Traditional text; 云 here follows no post and begins no name.
    expect(hant('週末遊覽白云山。').map((d) => d.fix?.replacement)).toEqual(['雲']);
    // A post before a time word, not a given name: 于 is the preposition 於.
    expect(hant('處長于今年主持三次會議。').map((d) => d.fix?.replacement)).toEqual(['於']);
  });
  it('answers only the surname offsets', () => {
    expect([...hantSurnameOffsets('局長范文琦表示，剩余經費繳回。')]).toEqual([2]);
  });
});
