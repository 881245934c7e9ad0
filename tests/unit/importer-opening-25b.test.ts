import { describe, expect, it } from 'vitest';
import { importText, parsePeopleList } from '../../shared/importer';

/**
 * Round 19 (import-25b): the opening's non-section fields on unseen reports. A headline whose kicker
 * stands over the main line, offices written once with a count before several names. Every text is
 * made up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，县委副书记、县长周海明主持召开县政府第十次常务会议，副县长林晓东、孙红出席会议。';
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const doc = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });
const OPEN_DAY = '9月4日上午，县长周海明主持召开县政府第十次常务会议，副县长林晓东出席会议。';

describe('a kicker over the headline', () => {
  it('takes the main line under a kicker that ends on 时强调', () => {
    const r = doc('周海明主持召开县政府常务会议时强调', '全力以赴抓好春耕生产各项工作', OPENING, BODY);
    expect(r.draft.title).toBe('全力以赴抓好春耕生产各项工作');
    expect(r.text).not.toContain('时强调');
  });

  it('takes the main line under a kicker that ends on 上指出', () => {
    const r = doc('在全县农业农村工作会议上指出', '奋力推进乡村全面振兴取得新成效', OPENING, BODY);
    expect(r.draft.title).toBe('奋力推进乡村全面振兴取得新成效');
  });

  it('keeps a one-line headline that names the meeting', () => {
    expect(doc('县政府召开第十次常务会议', OPENING, BODY).draft.title).toBe('县政府召开第十次常务会议');
  });

  it('keeps a headline ending on 强调 when the next line is the opening sentence', () => {
    expect(doc('县政府常务会议强调', OPENING, BODY).draft.title).toBe('县政府常务会议强调');
  });
});

describe('an office written once with a count before several names', () => {
  it('gives each name the office without the count (两位副县长)', () => {
    expect(parsePeopleList('两位副县长林晓东、孙红').map((p) => [p.name, p.title])).toEqual([
      ['林晓东', '副县长'],
      ['孙红', '副县长'],
    ]);
  });

  it('reads 各副市长 before names as their office, not a group', () => {
    expect(parsePeopleList('各副市长林晓东、孙红、钱伟').map((p) => [p.name, p.title])).toEqual([
      ['林晓东', '副市长'],
      ['孙红', '副市长'],
      ['钱伟', '副市长'],
    ]);
  });

  it('keeps 各 before a kind of people a group', () => {
    expect(parsePeopleList('各乡镇主要负责同志').map((p) => [p.name, p.title])).toEqual([['各乡镇主要负责同志', '']]);
  });
});

describe('long names without a middle dot, by the segmenter', () => {
  it('reads a four-character Tibetan name after a title run', () => {
    expect(parsePeopleList('县委常委、副县长扎西次仁').map((p) => [p.name, p.title])).toEqual([['扎西次仁', '县委常委、副县长']]);
  });

  it('reads a Mongolian name after an office', () => {
    expect(parsePeopleList('旗长斯琴高娃').map((p) => [p.name, p.title])).toEqual([['斯琴高娃', '旗长']]);
  });

  it('keeps a kind of people after an office a group', () => {
    expect(parsePeopleList('县长办公会议成员、有关部门负责同志').map((p) => p.title)).toEqual(['']);
  });

  it('names the observer in an opening', () => {
    const m = doc('县政府召开第十次常务会议', `${OPENING}县委常委、副县长扎西次仁列席会议。`, BODY).draft.meeting;
    expect(m.observers.map((p) => [p.name, p.title])).toEqual([['扎西次仁', '县委常委、副县长']]);
  });
});

describe('a page stamp and a report that gives the part of the day only', () => {
  const STAMP = '发布时间：2024-03-06 09:12  来源：县政府办';
  it('leaves the date open when the report says only 早上', () => {
    const r = doc('区议会主席与局长会面', STAMP, '十八区区议会正副主席早上与局长会面，会议以闭门形式进行，历时约两小时。区议会主席王志明在会后表示，对会面感到失望。', BODY);
    expect(r.recognized.dateText).toBe('');
  });

  it('leaves it open too when the report says nothing of when it met (KEYING 20)', () => {
    const r = doc('县政府召开常务会议', STAMP, '县长周海明主持召开县政府第十次常务会议，研究部署春耕生产工作。', BODY);
    expect(r.recognized.dateText).toBe('');
  });
});

describe('民国 years and an own unit before a place', () => {
  it('keeps a 民国 year in brackets as written', () => {
    const r = doc('区公所召开区务会议', '本所(113)年4月19日上午召开第一次扩大区务会议，由区长陈文华主持，各里里长出席。', BODY);
    expect(r.recognized.dateText.replace(/[（）]/gu, (c) => (c === '（' ? '(' : ')'))).toBe('(113)年4月19日上午');
    expect(r.draft.meeting.date).toBe('2024-04-19');
  });

  it('names the own unit that met in a room given with 於 (本府…)', () => {
    const r = doc('本府召開第15次主管會報', '113年5月6日上午，本府於第一會議室召開第15次主管會報，由縣長林志明主持，副縣長陳文華出席。', BODY);
    expect(r.draft.meeting.name).toBe('本府第15次主管會報');
  });

  it('names the own unit when a 民国 date and a hall stand before the verb', () => {
    const r = doc('本所召開村里長聯繫會報', '本所於113年4月19日上午9時假本所三樓禮堂召開第2次村里長聯繫會報，由鄉長陳文華主持。', BODY);
    expect(r.draft.meeting.name).toBe('本所第2次村里長聯繫會報');
  });
});

describe('bylines by their make-up', () => {
  const OPEN = '12月3日上午，县委副书记、县长周海明主持召开县政府第十次常务会议，副县长林晓东出席会议。';
  const LAST = '周海明强调，要压紧压实安全生产责任，确保全县安全形势持续稳定。';
  const lastParagraph = (tail: string) =>
    doc('县政府召开第十次常务会议', OPEN, BODY, LAST + tail)
      .draft.sections.at(-1)!
      .paragraphs.at(-1)!;

  it('takes off a credit with a colon in brackets', () => {
    expect(lastParagraph('（融媒体记者：陈小敏）')).toMatch(/稳定。$/u);
  });

  it('takes off writer and photographer credited after their names', () => {
    expect(lastParagraph('(陈小敏/文 李华/图)')).toMatch(/稳定。$/u);
  });

  it('takes off an unbracketed editor credit after the last sentence', () => {
    expect(lastParagraph('  编辑：赵敏')).toMatch(/稳定。$/u);
  });

  it('keeps a bracket that credits nobody', () => {
    expect(lastParagraph('（图为会议现场）')).toMatch(/稳定。（图为会议现场）$/u);
  });

  it('takes off a byline closed by 报道 before the opening', () => {
    const r = doc('县政府召开第十次常务会议', `记者 陈小敏 报道：${OPEN}`, BODY);
    expect(r.draft.sections[0]!.paragraphs[0]).toBe(OPEN);
  });

  it('takes off a byline whose last name is glued to the date', () => {
    const r = doc('县政府召开第十次常务会议', `本报记者 陈小敏 通讯员 李华${OPEN}`, BODY);
    expect(r.draft.sections[0]!.paragraphs[0]).toBe(OPEN);
  });
});

describe('a body whose staff meets as a unit (机关)', () => {
  it('names the meeting with 县人大常委会机关', () => {
    const r = doc('平安县召开工作会议', '3月2日，县人大常委会机关召开党风廉政建设工作会议，县人大常委会副主任周海明主持。', BODY);
    expect(r.draft.meeting.name).toBe('县人大常委会机关党风廉政建设工作会议');
  });

  it('names the meeting with 县纪委监委机关', () => {
    const r = doc('平安县召开工作会议', '3月2日，县纪委监委机关召开干部大会，县纪委书记周海明主持。', BODY);
    expect(r.draft.meeting.name).toBe('县纪委监委机关干部大会');
  });
});

describe("a headline with the page's additions", () => {
  const title = (head: string) => doc(head, OPENING, BODY).draft.title;
  it("drops the site's name after an underscore or a spaced dash", () => {
    expect(title('县政府召开第十次常务会议_松林县人民政府')).toBe('县政府召开第十次常务会议');
    expect(title('县政府召开第十次常务会议 - 松林新闻网')).toBe('县政府召开第十次常务会议');
  });

  it('keeps a subtitle after a dash that names no site', () => {
    expect(title('县政府召开第十次常务会议——研究部署春耕生产工作')).toBe('县政府召开第十次常务会议——研究部署春耕生产工作');
  });

  it("drops the page's stamp glued on after a gap, and brackets around the whole", () => {
    expect(title('县政府召开第十次常务会议 2024-03-06 09:12')).toBe('县政府召开第十次常务会议');
    expect(title('【县政府召开第十次常务会议】')).toBe('县政府召开第十次常务会议');
  });

  it('keeps a record date written into the headline', () => {
    expect(doc('松林市政府第524次市政會議紀錄111/01/04', '一、主席：周海明', '二、出席：林晓东、孙红', BODY).draft.title).toBe('松林市政府第524次市政會議紀錄111/01/04');
  });
});

describe("the page's strip above the headline", () => {
  it('takes off a line of codes and digits above the headline', () => {
    const r = doc('证券代码 SZ 000123 HK 0456', '', '集团召开第十四次重点工作推进会', OPENING, BODY);
    expect(r.text).not.toContain('000123');
    expect(r.draft.title).toBe('集团召开第十四次重点工作推进会');
  });

  it('keeps the headline when nothing stands above it', () => {
    expect(doc('集团召开第十四次重点工作推进会', OPENING, BODY).text).toContain('周海明');
  });
});

describe("the headline's deck over a news report's first paragraph", () => {
  const PROSE = '为培养青少年对社区的归属感，鼓励学生关心地区事务，市政署持续邀请学校组织师生参与市政署每月举办的公开会议。六月份松林中学共廿五名师生出席，会上同学们踊跃发言，并与委员直接交流。';
  it('takes off the deck when the first paragraph is prose without a convening verb', () => {
    const r = doc('松林中学师生参与市政署公开会议', '同学于公开会议上就市政工作提出意见', PROSE, BODY);
    expect(r.text).not.toContain('同学于公开会议上就市政工作提出意见');
  });

  it('keeps a short line before a one-sentence paragraph', () => {
    const r = doc('松林中学师生参与市政署公开会议', '同学于公开会议上就市政工作提出意见', '六月份松林中学共廿五名师生出席会议。', BODY);
    expect(r.text).toContain('同学于公开会议上就市政工作提出意见');
  });
});

describe("other pages' headlines after the article", () => {
  const LAST = '周海明强调，要压紧压实安全生产责任，确保全县安全形势持续稳定。';
  it('takes off a list of headlines with no heading and no dates', () => {
    const r = doc('县政府召开第十次常务会议', OPENING, LAST, '县委召开常委会会议 传达学习省委全会精神', '全县秋冬种工作推进会召开', '松林县第三季度经济运行情况发布');
    expect(r.text).not.toContain('秋冬种');
    expect(r.draft.sections.length).toBe(2);
  });

  it('takes off a numbered list under a short heading', () => {
    const r = doc('县政府召开第十次常务会议', OPENING, LAST, '热门文章', '1 县委召开常委会会议', '2 全县秋冬种工作推进会召开');
    expect(r.text).not.toContain('热门文章');
  });

  it('keeps two closing lines that are no headlines (a date among them)', () => {
    const r = doc('县政府召开第十次常务会议', OPENING, LAST, '本纪要发至各乡镇和县直各部门', '2024年3月6日印发');
    expect(r.text).toContain('本纪要发至各乡镇和县直各部门');
  });

  it('keeps numbered items closing a record', () => {
    const r = doc('县政府召开第十次常务会议', OPENING, LAST, '三、审议县城道路改造方案', '四、研究其他事项');
    expect(r.text).toContain('四、研究其他事项');
  });
});

describe('a caption under an arrow', () => {
  it('takes off ▲会议现场 inside the article', () => {
    const r = doc('县政府召开第十次常务会议', OPENING, '▲会议现场', BODY);
    expect(r.text).not.toContain('会议现场');
  });
});

describe('a date whose 月 the capture lost', () => {
  it('keeps 1110日 as written and reads it as 11 November', () => {
    const r = doc('区政府召开常务会议', '1110日，区长周海明主持召开区政府第107次常务会议，研究部署年终工作。', BODY);
    expect(r.recognized.dateText).toBe('1110日');
    expect(r.draft.meeting.date.slice(5)).toBe('11-10');
  });

  it('keeps 325傍晚 as written', () => {
    expect(doc('松林小学召开安全专题会议', '325傍晚，松林小学全体教师齐聚会议室，召开安全专题会议。', BODY).recognized.dateText).toBe('325傍晚');
  });

  it('reads no date from a bare number or one that is no month and day', () => {
    expect(doc('县政府召开常务会议', '1399日，县政府召开常务会议，县长周海明主持。', BODY).recognized.dateText).toBe('');
  });
});

describe('a byline bracket the encoding broke', () => {
  it('takes off the damaged bracket before the date', () => {
    const r = doc('县政府召开常务会议', `?。ㄓ浾?陈 敏)${OPEN_DAY}`, BODY);
    expect(r.draft.sections[0]!.paragraphs[0]).toBe(OPEN_DAY);
  });

  it('keeps a bracket with no damage before the date', () => {
    const r = doc('县政府召开常务会议', `县政府(扩大)${OPEN_DAY}`, BODY);
    expect(r.draft.sections[0]!.paragraphs[0]).toContain('县政府（扩大）');
  });
});

describe("a working group's roles before names", () => {
  it('reads 联络员 and 组员 as offices', () => {
    expect(parsePeopleList('组长金永哲，联络员方月华，组员蔡雅琴、梁连海').map((p) => [p.name, p.title])).toEqual([
      ['金永哲', '组长'],
      ['方月华', '联络员'],
      ['蔡雅琴', '组员'],
      ['梁连海', '组员'],
    ]);
  });
});

describe('a meeting named only by a reference', () => {
  it('takes the meeting the sentence named before 今年最后一季的会议', () => {
    const r = doc('松林乡召开业务会报', '松林乡公所为提升行政效率，每年编排四次村长暨村干事业务会报，今年最后一季的会议日前召开，乡长周海明亲自主持。', BODY);
    expect(r.draft.meeting.name).toBe('松林乡公所村长暨村干事业务会报');
  });

  it('keeps a reference when no meeting was named before it', () => {
    const r = doc('松林乡召开会议', '今年最后一季的会议日前召开，乡长周海明亲自主持。', BODY);
    expect(r.draft.meeting.name).toBe('今年最后一季的会议');
  });
});

describe('a clause of acts that ends in a meeting word', () => {
  it('names no meeting from 向…宣讲…并开展座谈', () => {
    const r = doc('市政协主席到社区宣讲全会精神', '12月12日，市政协主席周海明到新城街道文昌阁社区，向社区“两委”班子、党员代表宣讲全会精神并开展座谈，推动全会精神落地生根。', BODY);
    expect(r.draft.meeting.name).toBe('');
  });

  it('still names a meeting from a clause that is one', () => {
    const r = doc('市政协召开座谈会', '12月12日，全市民营企业家座谈会在市政协举行，市政协主席周海明主持。', BODY);
    expect(r.draft.meeting.name).toBe('全市民营企业家座谈会');
  });
});

describe("a public account's tags between headline and opening", () => {
  it('takes off 收录于合集 and a tag with its count', () => {
    const r = doc('县政府召开第十次常务会议', '收录于合集', '#政务动态 128个', OPENING, BODY);
    expect(r.text).not.toContain('合集');
    expect(r.text).not.toContain('#政务动态');
  });

  it('keeps an attendance line under the headline', () => {
    const r = doc('县政府召开第十次常务会议', '林晓东出席', OPENING, BODY);
    expect(r.text).toContain('林晓东出席');
  });
});

describe("an outlet's name with Latin letters in its dateline", () => {
  it('takes off ZAKER松林讯 before the opening', () => {
    const r = doc('县政府召开第十次常务会议', `ZAKER松林讯 ${OPEN_DAY}`, BODY);
    expect(r.draft.sections[0]!.paragraphs[0]).toBe(OPEN_DAY);
  });
});

describe('credits and end marks closing the article, one after another', () => {
  const LAST = '周海明强调，要压紧压实安全生产责任，确保全县安全形势持续稳定。';
  const lastParagraph = (tail: string) =>
    doc('县政府召开第十次常务会议', OPENING, BODY, LAST + tail)
      .draft.sections.at(-1)!
      .paragraphs.at(-1)!;
  it('peels （完） and an editor credit after it', () => {
    expect(lastParagraph('（完）（编辑：赵敏）')).toMatch(/稳定。$/u);
  });

  it('takes off an end mark and a button', () => {
    expect(lastParagraph(' — END —')).toMatch(/稳定。$/u);
    expect(lastParagraph('（记者 陈小敏）【纠错】')).toMatch(/稳定。$/u);
  });

  it('takes off an outlet credited alone in brackets', () => {
    expect(lastParagraph('（据松林日报）')).toMatch(/稳定。$/u);
  });

  it('keeps a unit that owns the last point', () => {
    expect(lastParagraph('（县住建局）')).toMatch(/（县住建局）$/u);
  });
});

describe('attendance lists: a field parted by ；, 特邀, a courtesy after the last name', () => {
  it('parts a form field at ；', () => {
    expect(parsePeopleList('副县长林晓东、孙红；县直部门负责人').map((p) => [p.name, p.title])).toEqual([
      ['林晓东', '副县长'],
      ['孙红', '副县长'],
      ['县直部门负责人', ''],
    ]);
  });

  it('drops 同志 after the last name', () => {
    expect(parsePeopleList('副县长林晓东、孙红同志').map((p) => [p.name, p.title])).toEqual([
      ['林晓东', '副县长'],
      ['孙红', '副县长'],
    ]);
  });

  it('keeps 负责同志 as a group', () => {
    expect(parsePeopleList('县直部门负责同志').map((p) => p.name)).toEqual(['县直部门负责同志']);
  });

  it('reads whom the meeting 特邀 without the words before them', () => {
    const r = doc('县政府召开常务会议', `${OPENING}会议特邀县人大常委会副主任钱伟列席。`, BODY);
    expect(r.draft.meeting.observers.map((p) => [p.name, p.title])).toEqual([['钱伟', '县人大常委会副主任']]);
  });
});

describe('Taiwan date forms', () => {
  const date = (opening: string) => doc('县府召开县务会议', opening, BODY).recognized.dateText.replace(/[（）]/gu, (c) => (c === '（' ? '(' : ')'));
  it('keeps a weekday written as its numeral in brackets', () => {
    expect(date('3月4日(二)上午，县长周海明主持召开县务会议。')).toBe('3月4日(二)上午');
  });

  it('reads a 民国 year in a numeric date', () => {
    expect(date('114/03/04上午，县长周海明主持召开县务会议。')).toBe('114/03/04上午');
  });

  it('reads month/day with a slash when a weekday follows, and keeps the body', () => {
    const r = doc('县府召开县务会议', '县府3/4(二)上午召开第812次县务会议，县长周海明主持。', BODY);
    expect(r.draft.meeting.name).toBe('县府第812次县务会议');
    expect(r.draft.meeting.date.slice(5)).toBe('03-04');
  });

  it('reads no date from a fraction', () => {
    expect(date('完成率达3/4，县长周海明主持召开县务会议。')).toBe('');
  });
});

describe("a page's metadata table above the headline", () => {
  it('takes the headline under a row of labelled cells, not the row', () => {
    const r = doc(
      '| 文 号： | 院办发〔2026〕1号 | 文件名称： | 院办发〔2026〕1号（第一次校长办公会纪要） |',
      '院办发〔2026〕1号（第一次校长办公会纪要）',
      '1月4日下午，学院召开第一次校长办公会。会议由周海明院长主持，全体校长办公会成员参加。现纪要如下：',
      BODY,
    );
    expect(r.draft.title).toBe('院办发〔2026〕1号（第一次校长办公会纪要）');
  });
});
