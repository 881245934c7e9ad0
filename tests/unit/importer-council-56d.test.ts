import { describe, expect, it } from 'vitest';
import { importText, parsePeopleList } from '../../shared/importer';

/**
 * Taiwan and Hong Kong council records and news (round 31, import-56d): how their lists, chairs and
 * sessions are written. Every text here is made up.
 */

const pairs = (raw: string) => parsePeopleList(raw).map((p) => [p.name, p.title]);

describe('a Taiwan record lists surname, office, given name', () => {
  it('reads civil-service grades between surname and given name (主秘, 主計, 管理員)', () => {
    expect(pairs('李鎮長大山、許主秘文華、邱主計美玉、黃人事管理員小君、吳技正志成')).toEqual([
      ['李大山', '鎮長'],
      ['許文華', '主秘'],
      ['邱美玉', '主計'],
      ['黃小君', '人事管理員'],
      ['吳志成', '技正'],
    ]);
  });

  it('reads 洪 as a surname, so one part no longer swallows the rest of the list', () => {
    expect(pairs('林代表文雄、洪代表美華、張代表秀英')).toEqual([
      ['林文雄', '代表'],
      ['洪美華', '代表'],
      ['張秀英', '代表'],
    ]);
  });
});

describe('a council sitting named by its term and session', () => {
  const meeting = (body: string) => importText(`縣長施政報告\n${body}\n陳大同表示，要加強建設。`).draft.meeting.name;

  it('is the meeting where the executive reports, with no 上 after it', () => {
    expect(meeting('縣長陳大同今（3）日在縣議會第5屆第2次定期會中進行施政總報告，提出規劃。')).toBe('縣議會第5屆第2次定期會');
    expect(meeting('代理縣長陳大同今（3）日在北溪縣議會第 9 屆第 4 次大會作施政總報告，提出規劃。')).toBe('北溪縣議會第9屆第4次大會');
    expect(meeting('市長陳大同昨日在市議會第2屆第1次臨時會答詢，提出規劃。')).toBe('市議會第2屆第1次臨時會');
  });

  // Merged with import-56c's sitting rule (在…大會作/進行…: the sitting a report was given in), a
  // council's 大會 named without its term is read as written (bench/KEYING.md 1: the name as written).
  it('reads a council sitting named without its term as written', () => {
    expect(meeting('縣長陳大同今（3）日在縣議會大會進行施政總報告，提出規劃。')).toBe('縣議會大會');
  });
});

describe("a Taiwan record's roll captured from a table", () => {
  const form = (chair: string, roll: string) =>
    importText(`東港市政府第88次市政會議\n\n開會日期\n\n2024-03-05 09:00:00\n\n主席\n\n${chair}\n\n出席\n\n${roll}\n\n壹、專案報告\n一、交通局報告。\n  主席裁示：洽悉。`).draft.meeting;

  it('reads a long roll in the cell after 出席, leaving out who was away and naming who stood in', () => {
    const m = form('王大明', '王大明、林志強（公假）、陳美玲、張文華、李建國、吳淑芬（請假）、周家豪、黃志偉（許雅婷代）、鄭國榮');
    expect(m.attendees.map((p) => p.name)).toEqual(['陳美玲', '張文華', '李建國', '周家豪', '許雅婷', '鄭國榮']);
  });

  it('takes the one who stood in as the chair when the chair on the roll was away', () => {
    const m = form('王大明（請假）林志強（代）', '王大明、林志強、陳美玲、張文華、李建國');
    expect(m.chair.name).toBe('林志強');
    expect(m.attendees.map((p) => p.name)).toEqual(['王大明', '陳美玲', '張文華', '李建國']);
  });
});

describe('the chair speaking once the chair clause has closed', () => {
  const sections = (text: string) => importText(text).draft.sections.map((s) => [s.kind, s.lead]);

  it('starts a section at the chair named again with a verb of saying (…由X主持，X表示，…)', () => {
    expect(sections('縣務會議\n北溪縣政府今（8）日召開縣務會議，由副縣長吳志明主持，吳志明表示，各項業務運作正常。\n吳志明強調，各局處務必落實分工。')).toEqual([
      ['text', ''],
      ['directive', '吳志明表示'],
      ['requirement', '吳志明強調'],
    ]);
  });
});

describe('a response centre record names its chair by role, then surname, office, given name', () => {
  it('reads 指揮官陳市長大明 as 陳大明, 指揮官、市長', () => {
    const chair = importText('颱風災害應變中心第一次工作會報紀錄\n壹、時間：113年8月1日09時00分\n貳、主持人：指揮官陳市長大明\n參、報告事項：\n一、消防局報告颱風動態。').draft.meeting.chair;
    expect([chair.name, chair.title]).toEqual(['陳大明', '指揮官、市長']);
  });
});

describe('a 會報 record', () => {
  it('names the 會報 as the meeting: the 會議紀錄 after it is the record’s kind', () => {
    const m = importText('北溪區災害應變中心第三次工作會報會議紀錄\n壹、時間：113年8月1日09時00分\n貳、主持人：區長陳大明\n參、報告事項：\n一、消防局報告颱風動態。').draft.meeting;
    expect(m.name).toBe('北溪區災害應變中心第三次工作會報');
  });
});

describe('two labelled fields on one line, one space apart', () => {
  it('reads 主席: X 紀錄: Y as the chair and the recorder', () => {
    const chair = importText('北溪社區守護聯盟成立大會會議紀錄\n時間：中華民國100年8月7日下午2時\n主席: 林志明 紀錄: 王美華\n一、主席致詞：感謝大家出席。').draft.meeting.chair;
    expect(chair.name).toBe('林志明');
  });
});

describe('a news site’s menu above the headline', () => {
  it('is neither the title nor the report (社會 in it names no meeting)', () => {
    const r = importText(
      '即時 熱門 政治 社會 生活 國際 地方\n北溪縣長吳志明主持縣務會議 要求各局處落實分工\n北溪縣政府今（8）日召開縣務會議，由縣長吳志明主持，吳志明表示，各項業務運作正常。\n吳志明強調，各局處務必落實分工。',
    );
    expect(r.draft.title).toBe('北溪縣長吳志明主持縣務會議 要求各局處落實分工');
    expect(r.text).not.toContain('熱門');
  });
});

describe('the capacity a chair acts in', () => {
  it('is not part of the chair (由特首X以組長身分主持)', () => {
    const chair = importText('督導組開會\n督導小組昨舉行第三次會議，由特首高志遠以組長身分主持。他說，各局要做好調研。').draft.meeting.chair;
    expect([chair.name, chair.title]).toEqual(['高志遠', '特首']);
  });
});
