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
