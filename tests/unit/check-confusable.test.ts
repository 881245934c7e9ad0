import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { CONFUSABLES } from '../../shared/check/words/confusable';
import { lookup } from '../../shared/i18n';
import type { Script } from '../../shared/model';

const words = wordLayer();
const diags = (text: string, script: Script) => checkText(text, { script, words }).filter((d) => d.rule.startsWith('WRD'));
const found = (text: string, script: Script = 'hans'): string[] =>
  diags(text, script).map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

// Every sentence here is made up for the test; none comes from a check set.
describe('confusable pairs: each cue kind', () => {
  it.each([
    // the light-verb slot (@LV): the object of 作出/进行 is a verb, an optional modifier between
    ['市政府对防汛工作作出部属。', 'WRD-04:error 部属→部署'],
    ['会议对春耕生产进行了周密部属。', 'WRD-04:error 部属→部署'],
    // a fixed word before (X_)
    ['全镇今年要办好十件民生事实。', 'WRD-04:error 事实→实事'],
    ['这次比赛她打破了全国记录。', 'WRD-04:error 记录→纪录'],
    // a fixed word after (_X)
    ['各部门要力行节约，杜绝浪费。', 'WRD-04:error 力行→厉行'],
    ['报名截至日期为五月十日。', 'WRD-04:error 截至→截止'],
    ['这是一所以盈利为目的的培训学校。', 'WRD-04:error 盈利→营利'],
    // both parts of an A&B cue: a vote in the clause and "no" just before
    ['全体委员对该方案均无意义，予以通过。', 'WRD-04:warning 意义→异议'],
    // a weaker cue: a warning, not an error
    ['新录用人员请于周一到人事科报道。', 'WRD-04:warning 报道→报到'],
    // a form that is no right word in official writing (*)
    ['界时请各单位准时参会。', 'WRD-04:error 界时→届时'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });
});

describe('confusable pairs: correct use is not flagged', () => {
  it.each([
    ['老所长见到了多年前的老部属。', 'hans'],
    ['会议对下一阶段工作作出部署。', 'hans'],
    ['会议记录由办公室专人整理。', 'hans'],
    ['县人民检察院检察长列席会议。', 'hans'],
    ['要多为群众办实事，以事实为依据。', 'hans'],
    // 办实事 is the fixed phrase even where 事实上 (in fact) would read: 在办实事上走在前.
    ['要在惠民生、办实事上走在前。', 'hans'],
    ['要在惠民生、辦實事上走在前。', 'hant'],
    ['本次会议具有重要意义。', 'hans'],
    ['据新华社报道，该项目已开工。', 'hans'],
    ['看到媒体报道后，有关部门立即核查。', 'hans'],
    ['要加强宏观调节，发挥市场调节作用。', 'hans'],
    ['坚决对违规行为说不。', 'hans'],
    ['這筆款項已匯入指定帳戶。', 'hant'],
    ['各機關應於期限內報到，報導內容另行公布。', 'hant'],
  ] as [string, Script][])('%s', (text, script) => {
    expect(found(text, script).filter((f) => f.startsWith('WRD-04'))).toEqual([]);
  });
});

describe('confusable pairs: a form wrong anywhere, except in a name', () => {
  it('flags 景像 in running text, not as a person named after a title', () => {
    expect(found('全镇呈现出一派繁荣景像。')).toContain('WRD-04:error 景像→景象');
    expect(found('县农业局局长景像明同志出席会议。')).toEqual([]);
  });
});

describe('confusable pairs: both scripts', () => {
  it('catches a pair in Simplified and in Traditional, the fix in the document script', () => {
    expect(found('各村都要成立人民调节委员会。')).toContain('WRD-04:error 调节→调解');
    expect(found('各村都要成立人民調節委員會。', 'hant')).toContain('WRD-04:error 調節→調解');
  });

  it('keeps Simplified-only lines out of Traditional text (帳戶 is Taiwan standard)', () => {
    expect(found('请核对帐户信息。')).toContain('WRD-04:error 帐户→账户');
    expect(found('請核對帳戶資訊。', 'hant')).toEqual([]);
  });

  it('drops a change of any rule to a form only Simplified writing uses, in Traditional text', () => {
    // The phrase rule (會議紀錄 → 記錄) and the lexicon (渡假村 → 度假村) proposed these in Taiwanese
    // text, where 紀錄 and 渡假 are the standard forms; Simplified text keeps the findings.
    expect(found('鄉公所召開業務會議，會議紀錄另行公告。', 'hant')).toEqual([]);
    expect(found('縣府將在海邊興建一座渡假村。', 'hant')).toEqual([]);
    expect(found('县里将在海边兴建一座渡假村。').map((f) => f.split(' ')[1])).toEqual(['渡假村→度假村']);
  });

  it('gives rule id, fix and a message in three languages', () => {
    const d = diags('要加強對糾紛的人民調節工作，成立人民調節委員會。', 'hant').find((x) => x.rule === 'WRD-04');
    expect(d).toBeDefined();
    expect(d!.fix).toEqual({ replacement: '調解' });
    expect(lookup('zh-CN', d!.message, d!.params)).toContain('“調解”');
    expect(lookup('zh-TW', d!.message, d!.params)).toContain('「調解」');
    expect(lookup('en', d!.message, d!.params)).toContain('"調解"');
  });
});

describe('confusable pairs: the table', () => {
  it('holds at least 150 pairs, every line with a cue', () => {
    const pairs = new Set(CONFUSABLES.map((c) => [c.wrong, c.right].sort().join('/')));
    expect(pairs.size).toBeGreaterThanOrEqual(150);
    for (const c of CONFUSABLES) expect(c.strong.length + c.weak.length, `${c.wrong}>${c.right}`).toBeGreaterThan(0);
  });

  it('never corrects a word into itself', () => {
    for (const c of CONFUSABLES) expect(c.wrong).not.toBe(c.right);
  });
});

describe('confusable pairs: 发挥/发扬 民主', () => {
  it('corrects 发挥民主 standing alone, but not 发挥民主监督作用 or 发挥民主党派的作用 (both scripts)', () => {
    expect(found('要充分发挥民主，集思广益。')).toEqual(['WRD-04:error 发挥→发扬']);
    expect(found('要充分发挥民主监督作用，加强参政党建设。')).toEqual([]);
    expect(found('要充分發揮民主監督作用，加強參政黨建設。', 'hant')).toEqual([]);
    expect(found('要发挥民主党派的作用。')).toEqual([]);
  });
});
