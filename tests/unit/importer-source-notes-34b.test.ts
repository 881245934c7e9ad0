import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** A reposting site's notes around a report: the source's headline (原标题). Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const opening = '3月6日上午，县政协召开十届五次常委会议，县政协主席王强主持会议。';
const business = '会议审议了县政协十届五次会议议程草案。';
const run = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const prose = (lines: string[]) =>
  run(lines)
    .draft.sections.flatMap((s) => s.paragraphs)
    .join('\n');

describe('the source headline line (原标题：…)', () => {
  it('is not the title when it stands above the headline', () => {
    const lines = ['原标题：县政协十届五次常委会议召开 王强主持', '县政协召开十届五次常委会议', opening, business];
    expect(run(lines).draft.title).toBe('县政协召开十届五次常委会议');
    expect(prose(lines)).not.toContain('原标题');
  });

  it('is taken out below the headline although its words differ from it', () => {
    const lines = ['县政协召开十届五次常委会议', '原標題:縣政協十屆五次常委會議在城關召開', opening, business];
    expect(run(lines).draft.title).toBe('县政协召开十届五次常委会议');
    expect(run(lines).text).not.toContain('原標題');
  });

  it('is taken out with ruby pinyin flattened into it', () => {
    const lines = ['原標(biāo)題:縣政協十屆五次常委會議舉行', opening, business];
    expect(run(lines).text).not.toContain('原標');
    expect(run(lines).draft.meeting.name).toBe('县政协十届五次常委会议');
  });

  it('leaves a sentence that speaks of an original title in the report', () => {
    const line = '会议指出，原标题方案需要修改，要广泛征求意见。';
    expect(prose([opening, business, line])).toContain('原标题方案需要修改');
  });
});

describe('a run of datelines and bylines opening the report', () => {
  const day = '1月16日上午，县政协召开十届五次常委会议，县政协主席王强主持会议。';
  // The reporter's name must be gone from the report's words; the date and chair still read.
  it.each([
    ['(平安日报记者 赵明 王林 邓佳)', '赵明'],
    ['平安日报江城专电(记者 赵明 通讯员 王林) ', '江城专电'],
    ['平安網(江州日報網)訊(記者 趙明 見習記者 王林 攝影 鄧佳 通訊員 楊潔)', '趙明'],
    ['平安新闻网讯【记者 赵明】', '赵明'],
    ['平安网 -江州日报城关讯 (记者/赵明)', '城关讯'],
    ['平安网1月16日讯(江州日报记者 赵明)', '赵明'],
    ['【本报消息】县政府办讯:', '县政府办讯'],
  ])('takes %s off the opening', (prefix, gone) => {
    const lines = ['县政协召开十届五次常委会议', prefix + day, business];
    expect(prose(lines)).not.toContain(gone);
    expect(run(lines).recognized.dateText).toBe('1月16日上午');
    expect(run(lines).draft.meeting.chair.name).toBe('王强');
  });

  it.each([
    // No date after the bracket: a sentence, not a dateline.
    '(平安日报记者 赵明)参加了会议，县政协主席王强主持会议，会议审议了议程。',
    // 电视台 + 电话会议: a bare 电 is no dateline word.
    '县电视台电话会议室里，1月16日上午，县政协召开十届五次常委会议，县政协主席王强主持会议。',
    // A bracket of people who are not credited (no credit word): the first words of the report.
    '(县长王强 副县长李明)1月16日上午，县政协召开十届五次常委会议，县政协主席王强主持会议。',
  ])('leaves the opening %s as written', (line) => {
    expect(prose(['县政协召开十届五次常委会议', line, business])).toContain(line.replace(/[(（]/u, '').slice(0, 8));
  });
});
