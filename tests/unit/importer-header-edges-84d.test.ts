import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { headlineText } from '../../shared/importer/structure/title';

/**
 * Round 38 (import-84d): the meeting name's left and right edges, a chair named only in a caption,
 * and an evening written 晚 alone. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const meeting = (text: string) => importText(text, NOW).draft.meeting;

describe('the meeting name is a noun phrase', () => {
  it('leaves out a clause ending in 的 before a name that opens with a body', () => {
    const text = '县政协会议开幕\n\n本报讯 今天上午，全县人民关注的青山县政协第五届委员会第三次会议在县城隆重开幕。县政协主席李明远主持会议。\n\n会议听取了县政协常委会工作报告。';
    expect(meeting(text).name).toBe('青山县政协第五届委员会第三次会议');
  });

  it('keeps a clause that names the sitting whose meeting this is', () => {
    const text = '代表团召开全体会议\n\n3月3日下午，出席省人大五次会议的青山县代表团全体会议在驻地召开。代表团团长李明远主持会议。\n\n会议审议了政府工作报告。';
    expect(meeting(text).name).toBe('出席省人大五次会议的青山县代表团全体会议');
  });

  it('ends the name before 并 and what the chair did next', () => {
    const text = '县政府召开常务会议\n\n3月5日，县长王大同在县政府会议室主持召开县政府第十二次常务会议并讲话。\n\n会议研究了春耕备耕工作。';
    expect(meeting(text).name).toBe('县政府第十二次常务会议');
  });

  it('leaves the writer’s 我 out when the name opens with a body of that kind', () => {
    const own = '医院召开中心组学习会\n\n近日，我院召开院党委理论学习中心组扩大会议，深入学习上级会议精神。会议由党委书记李明远主持。\n\n会议要求，各科室要抓好落实。';
    expect(meeting(own).name).toBe('院党委理论学习中心组扩大会议');
    const town = '镇里召开誓师大会\n\n3月2日，我镇召开石桥镇乡村建设誓师大会，镇机关全体干部参加会议。镇党委书记李明远主持会议。\n\n会议要求，各村要抓好落实。';
    expect(meeting(town).name).toBe('石桥镇乡村建设誓师大会');
  });

  it('keeps 我县 before a name that opens with no body of its own', () => {
    const text = '我县召开防汛工作部署会\n\n5月6日，我县召开2026年防汛工作部署会。副县长李明远主持会议。\n\n会议要求，各乡镇要抓好落实。';
    expect(meeting(text).name).toBe('我县2026年防汛工作部署会');
  });
});

describe('a chair named only in a caption', () => {
  const page = [
    '第5版:县域新闻',
    '',
    '凝心聚力谱写青山发展新篇章',
    '',
    '□ 文/图 张小明',
    '',
    '县委书记赵一鸣出席会议并讲话',
    '',
    '青山县委副书记、县长王大同主持会议',
    '',
    '1月26日，青山县委十七届七次全体会议暨县委经济工作会议召开。会议总结了2025年工作，部署了2026年工作。',
    '',
    '会议强调，要抓好各项工作落实，确保全年目标任务完成。',
  ].join('\n');

  it('reads the caption when the prose names no chair', () => {
    expect(meeting(page).chair).toEqual({ name: '王大同', title: '青山县委副书记、县长' });
  });

  it('prefers the chair the prose names', () => {
    const prose = page.replace('会议总结了', '县委书记赵一鸣主持会议。会议总结了');
    expect(meeting(prose).chair.name).toBe('赵一鸣');
  });
});

describe('dates', () => {
  it('reads 27日晚 opening the sentence that convenes the meeting', () => {
    const text =
      '我市部署防御台风工作\n\n全市上下迅速行动起来，全力以赴防御今年第5号台风。27日晚，市委书记王大同来到市应急指挥中心，召开防御台风工作会议，听取各区汇报。\n\n会议要求，各区要守住安全底线。';
    expect(importText(text, NOW).recognized.dateText).toBe('27日晚');
  });
});

describe('the title in a metadata table', () => {
  it('leaves a spaced 名 称： label out of the headline', () => {
    expect(headlineText('名 称：青山县召开民营企业座谈会')).toBe('青山县召开民营企业座谈会');
    expect(headlineText('标  题：白沙镇召开镇务会议')).toBe('白沙镇召开镇务会议');
  });

  it('keeps a headline that only begins with the same characters', () => {
    expect(headlineText('名称变更工作推进会召开')).toBe('名称变更工作推进会召开');
  });
});

describe('a damaged 主持召开', () => {
  it('reads 持召开 with 主 lost as the chairing verb', () => {
    const text = '县政府召开常务会议\n\n3月5日，县长王大同持召开县政府第十二次常务会议。\n\n会议研究了春耕备耕工作。';
    expect(meeting(text).chair).toEqual({ name: '王大同', title: '县长' });
  });

  it('reads no chair from 坚持召开', () => {
    const text = '镇里坚持召开例会\n\n今年以来，白沙镇坚持召开每周工作例会。\n\n会议研究了春耕备耕工作。';
    expect(meeting(text).chair.name).toBe('');
  });
});

describe('a clause is no meeting name', () => {
  it('leaves the name empty where the reading took a verb done with 了', () => {
    const text = '白沙镇举行宣讲活动\n\n3月5日，县委宣讲团成员来到白沙镇，与村干部们进行了交流会。\n\n会议要求，各村要抓好落实。';
    expect(meeting(text).name).toBe('');
  });

  it('keeps a name whose 了 stands inside its quoted title', () => {
    const text = '县委召开座谈会\n\n3月5日，县委召开“了却心愿”主题座谈会。县委书记李明远主持会议。\n\n会议要求，各部门要抓好落实。';
    expect(meeting(text).name).toBe('县委“了却心愿”主题座谈会');
  });
});

describe('a record heading under an association’s name', () => {
  const page = [
    '青山中学家长会',
    'Welcome To Qingshan Middle School',
    '2025学年度第二次会员代表大会会议纪录',
    '日期：2026年5月10日',
    '地点：图书馆二楼会议室',
    '主持人：陈大文',
    '一、会长报告：本学期家长会配合学校办理各项活动，感谢各位家长支持。',
    '二、讨论事项：通过下学期活动经费预算。',
  ].join('\n');

  it('takes the record heading as the title and the association’s name as the site’s', () => {
    const r = importText(page, NOW);
    expect(r.draft.title).toBe('2025学年度第二次会员代表大会会议纪录');
    expect(r.text).not.toContain('青山中学家长会\n');
  });

  it('keeps a first line that names a meeting of its own', () => {
    const own = page.replace('青山中学家长会', '青山中学召开家长会');
    expect(importText(own, NOW).draft.title).toBe('青山中学召开家长会');
  });
});
