import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 32 (import-60b): section kinds. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };

function kinds(body: string[]): string[] {
  const text = ['5月6日上午，县长李明主持召开县政府第9次常务会议。', ...body].join('\n');
  return importText(text, NOW)
    .draft.sections.filter((s) => s.lead !== '')
    .map((s) => `${s.kind} ${s.lead}`);
}

describe('the meeting studying a text where a sentence begins (bench/KEYING.md 14)', () => {
  it('reads 学习了 with any object as a directive', () => {
    expect(kinds(['会议学习了河道管理的有关知识。', '会议强调，要守住汛期安全底线。'])[0]).toBe('directive 会议学习了');
  });

  it('reads a document named in 《》 as the text studied, 了 or not', () => {
    expect(kinds(['会议集中学习《青石县河道保洁条例》，听取了有关汇报。', '会议强调，要守住汛期安全底线。'])[0]).toBe('directive 会议集中学习');
    expect(kinds(['会前学习了《城乡规划条例》。', '会议要求，各乡镇要照章执行。'])[0]).toBe('directive 会前学习了');
  });

  it('reads 专题/培训 between the meeting and 学习 as the manner of the study', () => {
    expect(kinds(['会议专题学习了省里的有关文件。', '会议要求，各部门要抓好落实。'])[0]).toBe('directive 会议专题学习了');
    expect(kinds(['會議培訓學習了人大工作的有關文件。', '會議要求，各部門要抓好落實。'])[0]).toBe('directive 會議培訓學習了');
  });

  it('reads 学习贯彻了 as a text studied, and 学习贯彻 with no 了 as the aim', () => {
    expect(kinds(['会议学习贯彻了省委全会的有关部署。', '会议要求，各部门要抓好落实。'])[0]).toBe('directive 会议学习');
    expect(kinds(['会议深入学习贯彻省委部署，进一步统一了思想。', '会议要求，各部门要抓好落实。'])[0]).not.toMatch(/^directive/u);
  });
});

describe('a list announced as the agenda (bench/KEYING.md 12)', () => {
  function listed(body: string[]): string[] {
    const text = ['3月2日上午，青石镇第五届人民代表大会第三次会议在镇政府召开。', ...body].join('\n');
    return importText(text, NOW)
      .draft.sections.filter((s) => s.items.length > 0)
      .map((s) => `${s.kind} ${s.items.length}`);
  }

  it('reads points after 本次大会主要议程为： or 本次会议共有三项议程， as the agenda, a topic', () => {
    expect(listed(['本次大会主要议程为：1.听取镇政府工作报告；2.审查镇财政预算；3.选举镇长。'])).toEqual(['topic 3']);
    expect(listed(['本次会议共有三项议程，1、听取工作报告；2、审查预算报告；3、表决民生实事项目。'])).toEqual(['topic 3']);
    expect(listed(['会期两天，主要任务和议程有两项：一是听取工作报告；二是选举镇长。'])).toEqual(['topic 2']);
  });

  it('reads points on lines of their own under 会议主要内容： as the agenda', () => {
    expect(listed(['会议主要内容：', '一、传达学习省里的会议精神；', '二、通报上半年工作；', '三、研究下半年工作。'])).toEqual(['topic 3']);
  });

  it('leaves points announced as tasks an action list', () => {
    expect(listed(['会议提出三点要求：一是压实责任；二是加强巡查；三是做好值守。'])[0]).toMatch(/^action-list/u);
    expect(listed(['按照会议议程安排，各村要做到：', '一、压实责任；', '二、加强巡查。'])).toEqual(['action-list 2']);
  });
});

describe('the meeting passing a text on and adopting something in one sentence (bench/KEYING.md 12)', () => {
  it('reads 会议传达学习了…，审议通过了… as a decision', () => {
    expect(kinds(['会议传达学习了省委全会精神，审议通过了《青石县河道保洁办法》。'])).toEqual(['decision 会议传达学习了']);
    expect(kinds(['會議集體學習了省委全會精神，聽取了上半年工作通報，審議通過了有關人事事項。'])[0]).toBe('decision 會議集體學習了');
  });

  it('keeps a judgement, and a text passed on with nothing adopted, as they were', () => {
    expect(kinds(['会议传达学习了省委全会精神，要求各部门抓好落实。'])[0]).toBe('directive 会议传达学习了');
    expect(kinds(['会议认为，方案符合实际，原则通过。'])[0]).toMatch(/^directive/u);
  });
});
