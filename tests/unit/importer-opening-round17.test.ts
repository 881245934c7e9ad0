import { describe, expect, it } from 'vitest';
import { importText, parsePeopleList } from '../../shared/importer';

/**
 * Round 17 (import-22a): the opening and page furniture by general signals. A summary box's cut
 * copy of the opening, a dateline with its reporter in brackets, an office among groups. Every
 * text is made up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const run = (...lines: string[]) => importText(['松林县召开工作会议', ...lines, BODY].join('\n'), { now: NOW });

describe('a cut copy of the opening above it', () => {
  const opening = '4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。林晓东、孙丽华、钱文博出席会议。';
  it('drops the copy cut off mid-word, so the whole opening is read', () => {
    const r = run(opening.slice(0, 48), '', opening);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '钱文博']);
    expect(r.text).not.toContain(`${opening.slice(0, 48)}\n`);
  });
  it('keeps a short line that happens to open the next one', () => {
    const r = run('县政协召开会议', opening);
    expect(r.text).toContain('县政协召开会议\n');
  });
});

describe('a dateline with the reporter in brackets', () => {
  it('dates the meeting by the day after the byline', () => {
    expect(run('4月9日（陈小敏）4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。').recognized.dateText).toBe('4月8日');
  });
  it('keeps a weekday in brackets as part of the date', () => {
    expect(run('4月8日（星期二）上午，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。').recognized.dateText).toContain('4月8日');
  });
});

describe('an office among groups', () => {
  it('is a group of its own when the page separates groups with commas', () => {
    const r = run('4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。', '县政协副秘书长，县纪委监委派驻纪检监察组负责同志，各专委会负责同志列席会议。');
    expect(r.draft.meeting.observers.map((p) => p.name)).toEqual(['县政协副秘书长', '县纪委监委派驻纪检监察组负责同志', '各专委会负责同志']);
  });
  it('a lone office still names nobody', () => {
    const r = run('4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。副主席出席会议。');
    expect(r.draft.meeting.attendees).toEqual([]);
  });
});

describe('names written before their office, after a unit (KEYING 11)', () => {
  it('reads 本会 as the writer’s own unit: the title is what follows the name', () => {
    expect(parsePeopleList('本会郑立新副会长，青年事务委员会冯志远专责会长及各区办事处成员')).toEqual([
      { name: '郑立新', title: '副会长', unit: '' },
      { name: '冯志远', title: '青年事务委员会专责会长', unit: '' },
      { name: '各区办事处成员', title: '', unit: '' },
    ]);
  });
  it('reads an adviser after the name, and whom they stood in for goes', () => {
    const r = run('5月6日上午，本所召开年度第二次区务会议，会议由韩立平区长主持，市政府罗美君顾问代表周市长出席以及社会局钱文博局长列席指导。');
    expect(r.draft.meeting.attendees).toEqual([{ name: '罗美君', title: '市政府顾问', unit: '' }]);
    expect(r.draft.meeting.observers).toEqual([{ name: '钱文博', title: '社会局局长', unit: '' }]);
  });
  it('reads no list out of a clause that thanks or hopes', () => {
    const r = run('5月6日上午，本所召开年度第二次区务会议，会议由韩立平区长主持。会中韩区长感谢里长的付出，并希望各局处列席，倾听基层声音。');
    expect(r.draft.meeting.observers).toEqual([]);
  });
});

describe('a labelled copy of the opening above it', () => {
  it('drops 提要：X when X is the next paragraph', () => {
    const opening = '4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。林晓东、孙丽华、钱文博出席会议。';
    const r = run(`提要：${opening}`, opening);
    expect(r.text).not.toContain('提要');
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '钱文博']);
  });
  it('drops a bracketed teaser that runs over two paragraphs below a dateline', () => {
    const first = '4月8日，县政协主席周海明主持召开县政协主席会议，研究部署下半年工作。';
    const second = '林晓东、孙丽华、钱文博出席会议。';
    const r = run(`[导读] ${first}${second}`, `本报讯 记者高远报道：${first}`, second);
    expect(r.text).not.toContain('导读');
    expect(r.text).not.toContain('本报讯');
    expect(r.text.split(first)).toHaveLength(2);
  });
});

describe('a unit’s name alone above the article', () => {
  it('drops a secretariat’s or a university’s name line', () => {
    const text = ['校务会议纪录', '4月8日，校长周海明主持召开2026年第三次校务会议，研究部署下半年工作。', BODY, '江岭师范大学秘书室'].join('\n');
    expect(importText(text, { now: NOW }).text).not.toContain('江岭师范大学秘书室');
  });
});

describe('the convening body', () => {
  it('drops a time told by an occasion between the body and 召开', () => {
    expect(run('松林县政府于国庆节前召开第5次县务会议，由县长周海明主持。').draft.meeting.name).toBe('松林县政府第5次县务会议');
  });
  it('takes no site’s name for a body (injected page damage)', () => {
    expect(run('6月2日，某某娱乐官网入口·官方网站召开第八次常务会议，县长周海明主持会议。').draft.meeting.name).toBe('第八次常务会议');
  });
});

describe('people who accompany a visiting leader (KEYING 11)', () => {
  it('are attendees, with the titles written for them', () => {
    const m = run('6月3日上午，市委书记周海明到松林县调研防汛工作并主持召开座谈会。县委书记林晓东、县长孙丽华陪同。').draft.meeting;
    expect(m.chair).toEqual({ name: '周海明', title: '市委书记' });
    expect(m.attendees).toEqual([
      { name: '林晓东', title: '县委书记', unit: '' },
      { name: '孙丽华', title: '县长', unit: '' },
    ]);
  });
  it('drops how they came along from the person', () => {
    const m = run('6月3日上午，县长周海明主持召开防汛工作会议，县委常委、副县长林晓东陪同调研并参加会议。').draft.meeting;
    expect(m.attendees).toEqual([{ name: '林晓东', title: '县委常委、副县长', unit: '' }]);
  });
  it('reads the one accompanied as the chair when the visit carries the subject on', () => {
    const m = run('6月3日上午，市委书记周海明在县委书记林晓东陪同下到松林县调研防汛工作，并主持召开座谈会。').draft.meeting;
    expect(m.chair).toEqual({ name: '周海明', title: '市委书记' });
  });
});

describe('the day told before the opening', () => {
  it('dates the meeting when the opening is a later step of that day', () => {
    const r = run('为推进社区治理工作，8月5日，州政协委员活动组进驻园丰社区开展活动。', '首先，举行了挂牌仪式，随后召开了座谈会，社区负责人介绍了基本情况。');
    expect(r.recognized.dateText).toBe('8月5日');
    // The ceremony held first is no meeting; the meeting is the later object, without 随后.
    expect(r.draft.meeting.name).toBe('座谈会');
  });
});

describe('a 纪要 form’s people fields', () => {
  it('keeps a spaced label’s line apart from the list above it', () => {
    const m = importText(['松林县人民政府常务会议纪要', '时  间：2026年6月3日上午', '主  持：周海明县长', '出  席：林晓东副县长、孙丽华副县长', '列  席：县发改局局长赵一鸣', BODY].join('\n'), {
      now: NOW,
    }).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华']);
    expect(m.observers).toEqual([{ name: '赵一鸣', title: '县发改局局长', unit: '' }]);
  });
  it('reads 出席：/列席： after the text as fields, not as credits', () => {
    const m = importText(
      ['松林县人民政府常务会议纪要', '2026年6月3日上午，县长周海明在县政府三楼会议室主持召开县政府第12次常务会议。', BODY, '出席：林晓东、孙丽华、钱文博', '列席：赵一鸣、王立'].join('\n'),
      { now: NOW },
    ).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '钱文博']);
    expect(m.observers.map((p) => p.name)).toEqual(['赵一鸣', '王立']);
  });
});

describe('a body that names itself (KEYING 11)', () => {
  it('keeps 本府 with the meeting', () => {
    expect(run('本府今(3)日上午召开第5次市政会议，由市长周海明主持。').draft.meeting.name).toBe('本府第5次市政会议');
  });
  it('drops where it met after 假, as after 在', () => {
    expect(run('本局于6月3日假本局三楼礼堂举行第2次局务会议，由局长周海明主持。').draft.meeting.name).toBe('本局第2次局务会议');
  });
});

describe('a people label with 会议 in it', () => {
  it('reads 参加会议人员： and the names on the line below', () => {
    const m = importText(['松林县人民政府常务会议纪要', '2026年6月3日上午，县长周海明在县政府三楼会议室主持召开县政府第12次常务会议。', BODY, '参加会议人员：', '林晓东 孙丽华 钱文博'].join('\n'), {
      now: NOW,
    }).draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '钱文博']);
  });
});

describe('a media word after the headline', () => {
  it('is not part of the title', () => {
    const r = importText(['县政协委员活动组进驻园丰社区（图文）', '6月3日上午，县政协主席周海明主持召开座谈会，研究部署下半年工作。', BODY].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('县政协委员活动组进驻园丰社区');
  });
});

describe('a list after 出席会议的…有', () => {
  it('reads the names when the kind names its level (县领导)', () => {
    const m = run('6月3日上午，县长周海明主持召开防汛工作会议。出席会议的县领导有林晓东、孙丽华、钱文博。').draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '钱文博']);
  });
});

describe('chairs set apart by commas', () => {
  it('joins the titled people before 共同主持 (KEYING 9)', () => {
    const m = run('6月3日，县委书记周海明，县委副书记、县长林晓东共同主持召开全县经济工作会议。').draft.meeting;
    expect(m.chair).toEqual({ name: '周海明、林晓东', title: '县委书记、县委副书记、县长' });
    expect(m.name).toBe('全县经济工作会议');
  });
  it('keeps one chair when the clause before is no joint chairing', () => {
    expect(run('6月3日，县委书记周海明，县委副书记、县长林晓东主持召开全县经济工作会议。').draft.meeting.chair.name).toBe('林晓东');
  });
});

describe('a reporter’s byline before the opening', () => {
  it('is not part of the convening body', () => {
    expect(run('记者陈小敏／松林报导 松林县政府今（3）日召开县务会议，县长林晓东主持，要求各单位加强防汛。').draft.meeting.name).toBe('松林县政府县务会议');
  });
});

describe('datelines of other shapes before the first sentence', () => {
  const opening = '6月3日上午，松林县召开防汛工作会议，县长周海明主持会议。';
  for (const line of ['【松林融媒】', '本报记者 陈小敏 ', '松林日报全媒体记者 陈小敏 通讯员 王立 ', '（松林县融媒体中心 陈小敏）']) {
    it(`takes off ${line.trim()}`, () => {
      const r = run(line + opening);
      expect(r.text).not.toContain(line.trim());
      expect(r.text).toContain(opening);
      expect(r.draft.meeting.name).toBe('松林县防汛工作会议');
    });
  }
  it('keeps an opening that starts with 记者 as a word of its sentence', () => {
    expect(run('记者从县政府获悉，6月3日上午，松林县召开防汛工作会议。').text).toContain('记者从县政府获悉');
  });
});

describe('a committee of the convening body', () => {
  it('is prefixed with the body when it names no place of its own', () => {
    expect(run('6月3日上午，松林县委召开全面深化改革委员会第五次会议。').draft.meeting.name).toBe('松林县委全面深化改革委员会第五次会议');
  });
  it('is not prefixed when it names its own place (KEYING 1)', () => {
    expect(run('6月3日，柳湾街道关工委召开西片区关工委工作会议。').draft.meeting.name).toBe('西片区关工委工作会议');
  });
});

describe('whom the body gathered before 召开', () => {
  it('is not part of the body', () => {
    expect(run('6月3日，县政府办公室召集相关部门召开协调会。').draft.meeting.name).toBe('县政府办公室协调会');
    expect(run('6月3日，县住建局会同县自然资源局召开联席会议。').draft.meeting.name).toBe('县住建局联席会议');
  });
});

describe('a page’s language labels and its popular list after the article', () => {
  it('drops them', () => {
    const text = [
      '市政署召开平常会议',
      '6月3日，市政署召开第三次平常会议，由市政管理委员会主席周海明主持。',
      BODY,
      '新闻稿（中文）',
      '其他语言版本：Português English',
      '热门新闻',
      '市政署推出社区活动',
      '第十次常务会议召开',
    ].join('\n');
    const r = importText(text, { now: NOW });
    for (const line of ['新闻稿（中文）', 'Português', '热门新闻', '市政署推出社区活动']) expect(r.text).not.toContain(line);
  });
});

describe('an attendance sentence late in the text', () => {
  it('takes the groups after named, titled people', () => {
    const m = run('6月3日上午，松林县召开防汛工作会议，县长周海明主持会议。', '会议要求，要加强值班值守。县领导林晓东、孙丽华，各乡镇主要负责同志参加会议。').draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '各乡镇主要负责同志']);
  });
  it('reads no list out of a lead’s clause', () => {
    const m = run('6月3日上午，松林县召开防汛工作会议，县长周海明主持会议。', '会议要求，副县长林晓东参加会议。', '会议强调，要守住安全底线。').draft.meeting;
    expect(m.attendees.map((p) => p.name)).not.toContain('会议要求');
  });
});

describe('a list parted by ；', () => {
  it('joins the titled people before the ； to the groups after it', () => {
    const m = run('6月3日上午，县长周海明主持召开防汛工作会议。县委常委、副县长林晓东，副县长孙丽华；县直有关单位主要负责人参加会议。').draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['林晓东', '孙丽华', '县直有关单位主要负责人']);
  });
  it('leaves a clause that convenes before the ； out', () => {
    const m = run('6月3日上午，县长周海明主持召开防汛工作会议；县直有关单位主要负责人参加会议。').draft.meeting;
    expect(m.attendees.map((p) => p.name)).toEqual(['县直有关单位主要负责人']);
  });
});

describe('a line in another script with no Han at all', () => {
  it('is a bilingual site’s masthead, not the report', () => {
    const masthead = 'ᠥᠪᠥᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ';
    const r = importText([masthead, '松林旗召开防汛工作会议', '6月3日上午，松林旗召开防汛工作会议，旗长周海明主持会议。', BODY].join('\n'), { now: NOW });
    expect(r.text).not.toContain(masthead);
  });
});
