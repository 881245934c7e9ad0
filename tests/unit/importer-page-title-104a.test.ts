import { describe, expect, it } from 'vitest';
import { findTitleLine, headlineCore, headlineText } from '../../shared/importer/structure/title';
import { importText } from '../../shared/importer';

/** A headline as a page's <title> carries it: a tag before, the site's trailer after. Made-up texts. */
describe('a trailer after a single hyphen', () => {
  it('is the page’s: a region, an outlet or a brand', () => {
    expect(headlineText('县政府召开第十二次常务会议-平安县')).toBe('县政府召开第十二次常务会议');
    expect(headlineText('東濱縣議會定期大會決議順延 - 東濱')).toBe('東濱縣議會定期大會決議順延');
    expect(headlineText('市长赴外地开展招商前期调研－某某娱乐')).toBe('市长赴外地开展招商前期调研');
    expect(headlineText('縣議會定期大會開幕 – 政治 – 東濱時報')).toBe('縣議會定期大會開幕');
  });

  it('stays when it names the meeting or an act, or the dash is an em dash', () => {
    expect(headlineText('甲乙两市-丙丁两县协作座谈会召开')).toBe('甲乙两市-丙丁两县协作座谈会召开');
    expect(headlineText('甲市—乙县协作交流座谈会')).toBe('甲市—乙县协作交流座谈会');
    expect(headlineText('半月要闻(1.01-1.15)')).toBe('半月要闻(1.01-1.15)');
  });
});

describe('the headline’s length', () => {
  const body = [
    '3月5日上午，县长张三主持召开县政府第十二次常务会议，研究部署近期重点工作。副县长李四、王五出席会议。',
    '会议听取了关于全县安全生产工作的汇报。会议要求，各乡镇要压实责任，确保安全。会议强调，要坚持人民至上、生命至上，全面排查整治各类风险隐患，坚决防范遏制重特大事故发生。',
    '会议还研究了其他事项。会议指出，今年以来全县经济运行总体平稳，但仍面临不少困难和挑战，各级各部门要保持定力、攻坚克难，确保完成全年目标任务。',
  ];
  const line = '【平安县】县政府召开第十二次常务会议 研究部署安全生产和经济运行等近期重点工作 县长张三主持会议并作重要讲话-平安县新闻网';

  it('is measured without the tag and the trailer', () => {
    expect(line.length).toBeGreaterThan(60);
    expect(headlineCore(line)).toBe('县政府召开第十二次常务会议 研究部署安全生产和经济运行等近期重点工作 县长张三主持会议并作重要讲话');
    expect(findTitleLine([line, ...body])).toBe(0);
  });

  it('gives the title without tag and trailer', () => {
    expect(importText([line, ...body].join('\n')).draft.title).toBe('县政府召开第十二次常务会议 研究部署安全生产和经济运行等近期重点工作 县长张三主持会议并作重要讲话');
  });
});

describe('a tag before the headline', () => {
  it('drops a column tag of up to twelve characters, keeps one naming a meeting', () => {
    expect(headlineCore('【奋力开创“十五五”】我校召开第八届教职工代表大会')).toBe('我校召开第八届教职工代表大会');
    expect(headlineCore('[平安县融媒体]县政府召开常务会议')).toBe('县政府召开常务会议');
    expect(headlineCore('【县政府召开常务会议】研究部署近期工作')).toBe('【县政府召开常务会议】研究部署近期工作');
  });
});

describe('a media word after the headline', () => {
  it('drops in square and lenticular brackets as in round ones', () => {
    expect(headlineText('青山鎮召開文明城市創建推進會[圖]')).toBe('青山鎮召開文明城市創建推進會');
    expect(headlineText('县政府召开常务会议【视频】')).toBe('县政府召开常务会议');
    expect(headlineText('县政府召开常务会议（组图）')).toBe('县政府召开常务会议');
  });
});
