import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Issue 11, round 13 (import-15b): page furniture and section shapes by general mechanisms — a
 * record table whose values hold a meeting word, a lost picture's placeholder, the page after the
 * article's closing credit, a unit's name alone outside the article, a label whose value sits on
 * the next line, pictographs glued inside words, and the occasion (会上) glued to its verb. Every
 * text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const body = (r: ReturnType<typeof importText>) => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');

const OPENING = '5月6日上午，青岭镇召开防汛工作部署会，镇党委书记程远航主持会议，各村党支部书记参加会议。';
const DIRECTION = '会议强调，各村要压实防汛责任，落实巡查值守制度，确保群众生命财产安全。';

describe('furniture lines by shape', () => {
  it('drops a record table line whose value carries a meeting word (主题分类：重要会议)', () => {
    const r = importText(['青岭镇召开防汛工作部署会', '发布日期：2025-05-07 发布单位：青岭镇', '信息类别：重要会议 所属栏目：镇务动态 编号：4417/2025-00318', OPENING, DIRECTION].join('\n'), {
      now: NOW,
    });
    expect(r.text).not.toContain('信息类别');
    expect(r.draft.meeting.chair.name).toBe('程远航');
  });

  it('drops a media placeholder standing alone between paragraphs (视频 / [圖片])', () => {
    const r = importText([OPENING, '视频', DIRECTION, '[圖片]'].join('\n'), { now: NOW });
    expect(body(r)).not.toMatch(/^(视频|\[圖片\])$/mu);
    expect(r.draft.sections.some((s) => s.lead === '会议强调')).toBe(true);
  });

  it('drops what the page prints after the closing credit: tab cells, headlines, a cut-off teaser', () => {
    const r = importText([OPENING, DIRECTION, '稿件来源：青岭镇党政办', '通', '知', '全市秋粮收购工作会议召开', '为切实做好今年秋粮收购工作，根据《关于进一步'].join('\n'), { now: NOW });
    const text = body(r);
    for (const bit of ['通', '知', '秋粮收购工作会议召开', '为切实做好']) expect(text.split('\n')).not.toContain(expect.stringContaining(bit));
    expect(r.draft.sections.length).toBe(2);
  });

  it('keeps a closing sentence of the report that follows a date line', () => {
    const r = importText([OPENING, '2025-05-07', DIRECTION].join('\n'), { now: NOW });
    expect(r.draft.sections.some((s) => s.lead === '会议强调')).toBe(true);
  });

  it("drops a unit's name alone outside the article, and a label's value on the next line", () => {
    const r = importText(['白水县中医医院', '', '县中医医院召开质控工作会', '作者：', '来源：', '白水县中医医院办公室', OPENING, DIRECTION].join('\n'), { now: NOW });
    expect(r.text).not.toContain('白水县中医医院办公室');
    expect(r.text.split('\n')).not.toContain('白水县中医医院');
  });

  it('keeps a headline broken over two lines whose first half names two parties', () => {
    const r = importText(['', '  落实青岭县人民政府与海川集团', '', '  战略合作协议推进会议纪要', '', '5月6日，县政府召开推进会议，副县长程远航主持会议。', DIRECTION].join('\n'), {
      now: NOW,
    });
    expect(r.draft.title).toContain('海川集团');
  });

  it('removes a pictograph or a styled letter glued inside a word, and keeps the words', () => {
    const r = importText([OPENING, '会🌟上，镇长汪立新传达了县防汛会议✨精神。', DIRECTION].join('\n'), { now: NOW });
    expect(r.text).toContain('会上，镇长汪立新传达了县防汛会议精神');
    const styled = importText([OPENING, '会议要求，各村要𝕬落实值守制度。'].join('\n'), { now: NOW });
    expect(styled.text).toContain('各村要落实值守制度');
  });
});

describe('the occasion glued to its verb, and the meeting presenting', () => {
  it('opens a section at 会上 with no comma before its verb, and at 会议介绍了 after a full stop', () => {
    const r = importText([OPENING, '会上宣读了《青岭镇防汛应急预案》。会议介绍了各村巡查值守的安排和物资储备情况。', DIRECTION].join('\n'), { now: NOW });
    const leads = r.draft.sections.map((s) => `${s.kind}:${s.lead}`);
    expect(leads.some((l) => l.startsWith('text:会上'))).toBe(true);
    expect(leads).toContain('text:会议介绍了');
    expect(leads).toContain('requirement:会议强调');
  });

  it('does not read 会上 as the subject when a speaker follows it (会上汪立新强调)', () => {
    const r = importText([OPENING, '会上汪立新强调，要把防汛责任落实到人。'].join('\n'), { now: NOW });
    expect(r.draft.sections.some((s) => s.kind === 'requirement')).toBe(true);
  });
});

describe('leads in more wordings', () => {
  const kinds = (lines: string[]) => importText([OPENING, ...lines].join('\n'), { now: NOW }).draft.sections.map((s) => `${s.kind}:${s.lead}`);

  it('reads 转达 as passing on, and keeps a ；-joined run of speakers passing news on together', () => {
    const got = kinds(['副总调度长石海峰转达《关于做好冬季安全生产工作的通知》精神；工会主席何丽萍转达县总工会会议精神；财务总监罗志勇通报三季度经营情况。']);
    expect(got).toEqual(['text:', 'directive:副总调度长石海峰转达']);
  });

  it('reads a speech made (发表了讲话 / 做总结讲话时) as where the speaker spoke', () => {
    const got = kinds(['汪立新镇长发表了重要讲话。他指出，防汛工作事关群众安危。', '程远航书记做总结讲话时指出，各村要守土尽责。']);
    expect(got).toContain('directive:');
    expect(got).toContain('directive:程远航书记做总结讲话时指出');
  });

  it('reads the meeting replying right after hearing a report, with no comma (汇报后强调)', () => {
    const got = kinds(['会议在听取水利站关于汛前检查情况的汇报后强调，各村要立即整改隐患。']);
    expect(got).toEqual(['text:', 'requirement:会议在听取水利站关于汛前检查情况的汇报后强调']);
  });

  it('reads an election by the meeting as a decision, and 作了强调要求 as a requirement', () => {
    expect(kinds(['会议依法选举产生了青岭镇人民政府副镇长一名。'])).toContain('decision:会议依法选举产生了');
    expect(kinds(['汪立新就下阶段防汛值守有关事项作了强调要求。'])).toContain('requirement:汪立新就下阶段防汛值守有关事项作了强调要求');
  });

  it('reads an agenda step label (第二项：由X传达…) by the clause after it', () => {
    const got = kinds(['本次会议共有三项议程：', '第一项：由镇党委副书记汪立新介绍防汛物资储备情况。', '第二项：由镇水利站站长罗志勇同志传达县防汛指挥部《关于做好主汛期工作的通知》精神。']);
    expect(got.some((k) => k.startsWith('directive:第二项'))).toBe(true);
    expect(got.some((k) => k.startsWith('directive:第一项'))).toBe(false);
  });
});

describe('speakers introduced earlier, attendees answering, the meeting settling', () => {
  const kinds = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.sections.map((s) => `${s.kind}:${s.lead}`);

  it('reads a bare name the report gave with a post earlier as the speaker (…镇长汪立新…。汪立新强调)', () => {
    const got = kinds(['6月2日，副县长汪立新到青岭镇督查防汛工作，并在镇政府主持召开座谈会，听取工作汇报。汪立新强调，要把隐患排查做细做实。']);
    expect(got).toContain('requirement:汪立新强调');
  });

  // KEYING 12 (written after this test first asserted the opposite): 大家一致表示 where a sentence
  // begins is the attendees' judgement, a directive lead of its own.
  it('opens a directive section at 大家一致表示 where a sentence begins', () => {
    const got = kinds([OPENING, '会上，各村书记逐一汇报了巡查情况，大家深感责任重大。大家一致表示，要守好每一段堤防。', DIRECTION]);
    expect(got.some((k) => k.startsWith('directive:大家一致表示'))).toBe(true);
    expect(got).toContain('requirement:会议强调');
  });

  it('reads 经过讨论，会议确定以… as a decision', () => {
    const got = kinds([OPENING, '经过认真讨论，会议确定以“守堤护村”作为今年防汛工作的主题。']);
    expect(got.some((k) => k.startsWith('decision:经过认真讨论'))).toBe(true);
  });

  it('removes a spaced byline bracket, a unit credit and a table bar closing the report', () => {
    const spaced = importText([OPENING, '会议要求，各村要落实值守制度。（记 者：汪立新 罗志勇）'].join('\n'), { now: NOW });
    expect(spaced.text).not.toContain('罗志勇');
    const unit = importText([OPENING, '会议要求，各村要落实值守制度。(镇党政办公室供稿)'].join('\n'), { now: NOW });
    expect(unit.text).not.toContain('供稿');
    const bar = importText('6月2日，青岭镇召开防汛会议，镇长汪立新主持会议。会议要求，各村要落实值守制度。 |', { now: NOW });
    expect(bar.text).not.toContain('|');
  });
});

describe('the meeting doing business written with 进行, and 研究了 with 会议 left out', () => {
  it('reads 会议首先进行了…学习，传达学习了… as one directive, and 。研究了《…》 as its own item', () => {
    const r = importText([OPENING, '会议首先进行了集中政治学习，传达学习了县委全会精神。研究了《青岭镇防汛物资管理办法》等事项。', DIRECTION].join('\n'), { now: NOW });
    const got = r.draft.sections.map((s) => `${s.kind}:${s.lead}`);
    expect(got).toContain('directive:会议首先进行了集中政治学习');
    expect(got).toContain('text:研究了');
    expect(got).toContain('requirement:会议强调');
  });

  it('leaves 研究了 inside an instruction alone (no title mark after it)', () => {
    const r = importText([OPENING, '会议强调，各村要落实值守制度。研究了问题就要抓落实。'].join('\n'), { now: NOW });
    expect(r.draft.sections.map((s) => s.lead)).not.toContain('研究了');
  });
});

describe('the meeting putting forward, a speaker named with the post after the name', () => {
  const kinds = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.sections.map((s) => `${s.kind}:${s.lead}`);

  // bench/KEYING.md 11 (round 17): 会议提出 without 要求 is the meeting's judgement, as 会议表示.
  it('reads 会议提出，… as a directive', () => {
    expect(kinds([OPENING, '会议提出，要把防汛责任落实到每一个村组。'])).toContain('directive:会议提出');
  });

  it('reads a bare name after 。 as the speaker when the paragraph named them with a post after the name', () => {
    const got = kinds([OPENING, '汪立新镇长通报了汛前检查的情况。汪立新指出，部分堤段仍有隐患，必须限期整改。']);
    expect(got).toContain('directive:汪立新指出');
  });
});
