import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 19 (import-25a): section recognition on unseen reports. Every text here is made up, in the
 * style of the misses the training batches showed.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月8日上午，青禾镇召开夏季防汛工作推进会。';
const draft = (text: string) => importText(text, { now: NOW }).draft;
const leads = (text: string) =>
  draft(text)
    .sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 6)]);

describe('a closing paragraph that does business before saying who attended', () => {
  it('keeps the business as the last section and still reads the attendance', () => {
    const d = draft([OPENING, '会议听取了各村防汛准备情况汇报。', '最后，镇党委书记林向东从压实责任、排查隐患两个方面进行了强调，并要求各村立即行动。镇班子成员、各村书记参加了会议。'].join('\n'));
    const ours = d.sections.filter((s) => s.lead);
    expect(ours.map((s) => [s.kind, s.lead.slice(0, 3)])).toEqual([
      ['topic', '会议听'],
      ['requirement', '最后，'],
    ]);
    expect(d.meeting.attendees.map((p) => p.name)).toContain('镇班子成员、各村书记');
  });

  it('still takes a closing paragraph that only says who attended as no section', () => {
    expect(leads([OPENING, '会议听取了各村防汛准备情况汇报。', '镇班子成员、各村书记参加了会议。'].join('\n'))).toEqual([['topic', '会议听取了各']]);
  });
});

describe("a speaker's verb in a later clause of the sentence", () => {
  it('reads 并对…提出要求 after the person’s own clause as the person’s requirement', () => {
    const s = leads(
      [OPENING, '会议听取了各村防汛准备情况汇报。各村书记逐一发言。副镇长韩立秋就各村近期巡堤查险工作进行逐一点评，并对河道清障、物资储备、转移避险预案等重点环节提出具体要求。'].join('\n'),
    );
    expect(s).toContainEqual(['requirement', '副镇长韩立秋']);
  });

  it('reads the chair going on to ask, with numbered points, as an action list', () => {
    const d = draft([OPENING, '会上，各村负责人汇报了汛前准备情况。镇长魏松年主持会议，并对前一阶段工作给予了肯定，对下一步工作提出明确要求：一是压实责任；二是备足物资；三是加强值守。'].join('\n'));
    const list = d.sections.find((x) => x.lead.startsWith('镇长魏松年'));
    expect(list?.kind).toBe('action-list');
    expect(list?.items).toHaveLength(3);
  });

  it('reads a report made in a later clause (并对…作了说明) as the person’s account', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。镇党委书记蓝启明就全镇汛前工作作了总结，并对今年度汛方案作了说明。'].join('\n'));
    expect(s).toContainEqual(['text', '镇党委书记蓝']);
  });

  it('keeps a pronoun’s sentence inside the speech it continues', () => {
    const s = leads([OPENING, '镇长魏松年在会上讲话。她对各村前期工作给予了肯定，并就做好度汛工作提出了要求。她表示，各村要守住底线。'].join('\n'));
    expect(s).toHaveLength(1);
    expect(s[0]![0]).toBe('requirement');
  });
});

describe('the attendees’ judgement where a sentence begins (KEYING 12)', () => {
  it('opens a directive section after a 会上 account', () => {
    const s = leads([OPENING, '会上，传达了县防汛抗旱指挥部的通知精神。大家一致表示，要把防汛责任落到实处。会议要求，各村要加强巡查。'].join('\n'));
    expect(s).toEqual([
      // Passing a higher level's words on at the occasion is a directive (KEYING 9; round 20).
      ['directive', '会上'],
      ['directive', '大家一致表示'],
      ['requirement', '会议要求'],
    ]);
  });

  it('reads a group of the people present (村民代表纷纷表示) as such a voice', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。', '村民代表纷纷表示，这次会议开得及时，要把各项措施落到实处。'].join('\n'));
    expect(s).toContainEqual(['directive', '村民代表纷纷']);
  });

  it('leaves 大家一致表示 after a comma in its sentence', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报，大家一致表示，要守住底线。'].join('\n'));
    expect(s).toHaveLength(1);
  });
});

describe('the agenda announced after a chair clause, and its first item', () => {
  it('splits 会议共有N项议程 from the chair and reads 。首先传达学习了… as its own directive', () => {
    const s = leads(
      [
        '4月2日上午，桃源社区召开共建单位联席会议，驻区单位负责同志参加了会议。',
        '会议由社区党支部书记主持，会议共有四项议程，按照议程逐项进行。首先传达学习了全市社区治理推进会精神，进一步统一了思想。',
        '会议要求，各共建单位要按月抓好活动落实。',
      ].join('\n'),
    );
    expect(s).toEqual([
      ['topic', '会议共有四项'],
      ['directive', '首先传达学习'],
      ['requirement', '会议要求'],
    ]);
  });

  it('leaves a bare 传达 without 了 inside a speech alone', () => {
    const s = leads([OPENING, '会议强调，各村要抓好值守。传达到每一户的通知要及时张贴。'].join('\n'));
    expect(s).toEqual([['requirement', '会议强调']]);
  });
});

describe('a person’s business right after a chair clause', () => {
  it('splits 会议由X主持，Y作…报告 after the chair, the report its own account', () => {
    const s = leads(['5月6日下午，青溪商会在会所礼堂召开会员大会，六十人出席。会议由会长郑安平主持，理事长许文涛作年度会务报告，监事长林秋月作监事会报告。各项报告均获会员一致审议通过。'].join('\n'));
    expect(s).toEqual([
      ['text', '理事长许文涛'],
      ['decision', '各项报告均获'],
    ]);
  });

  it('reads X在主持会议时…，并强调 as the person’s requirement, not a chair clause', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。', '镇长魏松年在主持会议时对各村前期工作给予肯定，并强调，各村要守住底线。'].join('\n'));
    expect(s).toContainEqual(['requirement', '镇长魏松年']);
  });
});

describe('a person’s bare 认为 in a later clause', () => {
  it('makes the sentence the person’s directive (KEYING 9: X认为)', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。副镇长韩立秋对各村前期工作表示满意，认为各村行动迅速、措施有力。'].join('\n'));
    expect(s).toContainEqual(['directive', '副镇长韩立秋']);
  });
});

describe('a record’s numbered form fields', () => {
  const record = [
    '青松國小家長委員會議紀錄',
    '一、會議時間：5月3日晚上7時',
    '二、會議地點：本校會議室',
    '三、主席：',
    '四、司儀：陳美玉',
    '五、主席報告',
    '本學期各項活動順利進行。',
    '六、臨時動議：',
    '1.王志明委員：建議增設課後照顧班。',
    '決議：照案通過。',
    '七、散會',
  ].join('\n');

  it('are no sections: chair, compère and adjourning stay with the text before them', () => {
    const d = draft(record);
    const heads = d.sections.map((s) => s.heading).filter(Boolean);
    expect(heads.some((h) => /主席：|司儀|散會/u.test(h))).toBe(false);
    expect(heads).toContain('五、主席報告');
  });

  it('a bare label on its own line (時間, then its value) is no section either', () => {
    const d = draft(
      [
        '禾豐市政府第12次市務會議紀錄',
        '上版日期：2021-04-20',
        '時間',
        '時間：民國110年4月13日上午8時',
        '地點',
        '本府6樓會議室',
        '主席裁示事項：',
        '一、各局處要做好防汛準備，確保民眾安全無虞，並隨時回報。',
        '二、請工務處儘速修繕市區道路，並於月底前回報辦理情形。',
      ].join('\n'),
    );
    expect(d.sections.filter((s, i) => i > 0 && s.kind === 'text' && !s.lead)).toHaveLength(0);
  });
});

describe('points numbered one level down under an item that announces them', () => {
  it('belong to that item, not to the list', () => {
    const d = draft(
      [
        OPENING,
        '主席裁示事項：',
        '一、各村要落實汛期值班制度，確保聯絡暢通。',
        '二、倉庫火災後民眾最關注的是現場危險物品何時能清除。相關調查雖涉及中央權責，但本府責無旁貸要統籌處理，下列事項請相關單位配合積極辦理：',
        '（一）請水利站儘速完成堤防巡查。',
        '（二）請民政辦備足救災物資。',
        '三、各單位要做好宣傳工作。',
      ].join('\n'),
    );
    const list = d.sections.find((s) => s.kind === 'action-list');
    expect(list?.items).toHaveLength(3);
    expect(list?.items[1]?.text).toContain('備足救災物資');
  });
});

describe('a speaker described by a relative clause, or joined on with 而', () => {
  const HK = '各區議會正副主席早上與民政事務局局長會面，會議以閉門形式進行，歷時約一小時。';
  it('reads 負責協調的…主席X在會後表示 as X speaking', () => {
    const s = leads([HK, '負責統籌的北灣區議會主席陳家豪在會後表示，對今次會面感到失望。'].join('\n'));
    expect(s).toContainEqual(['directive', '負責統籌的北']);
  });

  it('reads 而…副主席Y則指， as Y speaking', () => {
    const s = leads([HK, '議員普遍希望建立恆常溝通機制。而南岸區議會副主席李志強則指，當局應多聽地區意見。'].join('\n'));
    expect(s).toContainEqual(['directive', '而南岸區議會']);
  });

  it('leaves 指 without its comma (指導, 所指的) alone', () => {
    const s = leads([HK, '議員普遍希望建立恆常溝通機制，南岸區議會副主席李志強指導義工派發單張。'].join('\n'));
    expect(s.some((x) => x[0] === 'directive')).toBe(false);
  });
});

describe('participants offering views at the occasion', () => {
  // KEYING 19 (round 36, after this test): suggestions put forward by any subject are `directive`, and
  // KEYING 20 reads 提出 as a lead wherever it stands (round 44, occasion-verb.ts).
  it('reads 座谈会上，…提出意见建议 as the suggestions’ directive, not a requirement', () => {
    const s = leads([OPENING, '座谈会上，各村代表先后发言，就防汛物资储备中遇到的困难提出意见建议。'].join('\n'));
    expect(s).toEqual([['directive', '座谈会上']]);
  });

  it('still lets a speaker’s 要求 give the occasion its kind', () => {
    const s = leads([OPENING, '会上，副镇长韩立秋通报了巡堤情况，要求各村立即整改。'].join('\n'));
    expect(s).toEqual([['requirement', '会上']]);
  });
});

describe('the meeting pointed at, and its agenda announced', () => {
  it('reads 本次会议主要明确了… as the meeting deciding (KEYING 12: 会议明确)', () => {
    const s = leads([OPENING, '本次会议主要明确了今年防汛工作的三项重点：巡堤查险、物资储备和转移避险。'].join('\n'));
    expect(s).toEqual([['decision', '本次会议主要']]);
  });

  it('reads 本次会议共分为三项议程： on its own line as a topic', () => {
    const s = leads([OPENING, '本次会议共分为三项议程：', '第一项：由副镇长韩立秋传达县防汛会议精神。'].join('\n'));
    expect(s[0]).toEqual(['topic', '本次会议共分']);
  });
});

describe('the reply after a hearing clause', () => {
  it('takes 表示 as the reply’s verb, not 提出的意见 (what others put forward)', () => {
    const s = leads([OPENING, '在认真听取大家发言后，镇长魏松年表示：与会人员提出的意见建议很有见地，镇里将认真研究吸收。'].join('\n'));
    expect(s).toEqual([['directive', '在认真听取大']]);
  });

  it('still reads 提出了…要求 after the hearing clause as a requirement', () => {
    const s = leads([OPENING, '在听取各村汇报后，镇长魏松年对下一步工作提出了明确要求。'].join('\n'));
    expect(s).toEqual([['requirement', '在听取各村汇']]);
  });
});

describe('the 作 inside 工作 is no verb of asking', () => {
  it('keeps 成员单位就…工作发表意见 an account, not a requirement', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。', '成员单位就如何落实防汛值守工作发表意见、交流思想，逐一梳理存在的问题。'].join('\n'));
    expect(s.some((x) => x[0] === 'requirement')).toBe(false);
  });

  it('keeps X解读了…，就…工作要求作了阐述 the person’s report, not a requirement', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。', '镇党委委员蓝启明解读了全镇防汛实施方案，就防汛的目标、工作安排和工作要求作了重点阐述。'].join('\n'));
    expect(s).toContainEqual(['text', '镇党委委员蓝']);
  });

  it('still reads X就…作了具体要求 as a requirement', () => {
    const s = leads([OPENING, '会议听取了各村防汛准备情况汇报。', '副镇长韩立秋就防汛值守工作作了具体要求。'].join('\n'));
    expect(s).toContainEqual(['requirement', '副镇长韩立秋']);
  });
});
