import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { endsLikeBody, firstOfSeveralBodies } from '../../shared/importer/structure/bodies';
import { completeYear, findLooseDate, findMeetingDate } from '../../shared/importer/structure/dates';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The opening by general mechanisms (round 15, branch import-18a): bench/KEYING.md section 10 and
 * the wording an unseen batch may bring. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const draft = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft;

describe('KEYING 10: chairs joined by 和 / 與 / 及', () => {
  it('reads two titled chairs joined by 和 as 、 would join them', () => {
    const h = readHeader('3月2日，县长邝明和副县长黎强主持召开县政府第十次常务会议。');
    expect(h.chair).toEqual({ name: '邝明、黎强', title: '县长、副县长' });
    expect(h.meetingName).toBe('县政府第十次常务会议');
  });

  it('reads 與 and 及 the same way, and one title written for two names', () => {
    expect(readHeader('5月6日，镇人大主席韦立與副主席伍平主持召開座談會。').chair).toEqual({ name: '韦立、伍平', title: '镇人大主席、副主席' });
    expect(readHeader('5月6日，镇人大召开座谈会，副主席韦立及伍平主持。').chair).toEqual({ name: '韦立、伍平', title: '副主席' });
  });

  it('keeps a title that only holds a join as one person’s (no second name)', () => {
    expect(readHeader('3月2日，县委和县政府办公室主任邝明主持召开协调会。').chair.name).toBe('邝明');
  });
});

describe('KEYING 10: bodies meeting 分别', () => {
  it('names the first body’s meeting and each body’s chair', () => {
    const h = readHeader('东岭区议会和海湾区议会分别举行首次会议，东岭区议会主席韦立和海湾区议会主席伍平分别主持会议。');
    expect(h.meetingName).toBe('东岭区议会首次会议');
    expect(h.chair).toEqual({ name: '韦立、伍平', title: '东岭区议会主席、海湾区议会主席' });
  });

  it('gives the first place the kind written once after the last', () => {
    expect(readHeader('3月4日，东岭及海湾区议会分别举行首次会议。').meetingName).toBe('东岭区议会首次会议');
    expect(firstOfSeveralBodies('北区政协、西区政协')).toBe('北区政协');
    expect(firstOfSeveralBodies('县文明办')).toBeNull();
  });

  it('takes the first body’s meeting when each meets under a name of its own', () => {
    expect(readHeader('10月3日，市政协、市人大常委会分别召开主席会议和主任会议。').meetingName).toBe('市政协主席会议');
  });

  it('leaves a joint meeting (no 分别) as the page writes it', () => {
    expect(readHeader('10月3日，市政协、市人大常委会召开联席会议。').meetingName).toBe('市政协、市人大常委会联席会议');
  });
});

describe('convening bodies by kind', () => {
  it('takes a people’s congress, a mass organisation or an institution as the body', () => {
    expect(readHeader('5月6日，镇人大召开座谈会，副主席韦立主持。').meetingName).toBe('镇人大座谈会');
    expect(readHeader('5月6日，县妇联召开执委会议。').meetingName).toBe('县妇联执委会议');
    expect(readHeader('6月9日，市政署举行公开会议。').meetingName).toBe('市政署公开会议');
    expect(endsLikeBody('县图书馆')).toBe(true);
    expect(endsLikeBody('县长邝明')).toBe(false);
  });
});

describe('KEYING 10: a 简报 issue of several items', () => {
  it('takes the first item’s meeting for the opening', () => {
    const d = draft([
      '工作简报',
      '第12期',
      '县政府办公室编 2025年3月10日',
      '本期要目',
      '县政府召开第十次常务会议',
      '县政协召开主席会议',
      '县政府召开第十次常务会议',
      '3月8日上午，县长邝明主持召开县政府第十次常务会议，副县长黎强、伍平出席会议。',
      '会议传达学习了省政府全体会议精神。',
      '县政协召开主席会议',
      '3月9日，县政协主席韦华主持召开县政协主席会议。',
      '会议听取了提案办理情况汇报。',
      '报送：市政府办公室',
    ]);
    expect(d.meeting.name).toBe('县政府第十次常务会议');
    expect(d.meeting.chair).toEqual({ name: '邝明', title: '县长' });
    expect(d.meeting.date).toBe('2025-03-08');
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['黎强', '伍平']);
  });
});

describe('dates in every form', () => {
  it('reads a 民国 year in Chinese numerals, digit by digit or counted', () => {
    expect(findMeetingDate('中華民國一一三年五月六日上午十時，本所召開所務會議')).toMatchObject({ text: '中華民國一一三年五月六日上午十時', year: 2024, month: 5, day: 6 });
    expect(findMeetingDate('民國一百零九年十月二日下午')?.year).toBe(2020);
    expect(findMeetingDate('民國一百十三年十月二日')?.year).toBe(2024);
  });

  it('keeps the issue-relative word when the date stands in brackets after it', () => {
    expect(findMeetingDate('財經委員會今日（四月八日）上午舉行會議')?.text).toBe('今日（四月八日）上午');
    expect(findMeetingDate('县政府今天(4月8日)召开常务会议')?.text).toBe('今天(4月8日)');
  });

  it('reads a day alone at the start of a clause, in Chinese numerals too, and not a span', () => {
    expect(findLooseDate('西河區公所本年度第二次里業務會報，廿三日上午在公所禮堂召開')).toMatchObject({ text: '廿三日上午', day: 23, month: 0 });
    expect(findLooseDate('县农业农村局专题会议，8日下午在局会议室召开')?.text).toBe('8日下午');
    expect(findLooseDate('会议要求各单位，5日内完成整改')).toBeNull();
  });

  it('reads 本月 and 上月 before a day against the issue', () => {
    const thisMonth = findLooseDate('本报讯 本月6日上午，县政协常委会议召开')!;
    expect(thisMonth.text).toBe('本月6日上午');
    expect(completeYear(thisMonth, '2025-07-10', null, NOW).date).toBe('2025-07-06');
    const last = findLooseDate('上月29日，县政协召开主席会议')!;
    expect(completeYear(last, '2025-07-10', null, NOW).date).toBe('2025-06-29');
  });

  it('keeps a month alone as written without inventing a day, and not a span from it', () => {
    const found = findLooseDate('八月份，北湾中学师生列席市政署公开会议')!;
    expect(found.text).toBe('八月份');
    expect(completeYear(found, '2025-09-01', null, NOW).date).toBe('');
    expect(findLooseDate('今年8月份以来，各地持续推进')).toBeNull();
  });
});

describe('the meeting’s name and the words around it', () => {
  it('keeps a year that opens the meeting’s own name (no month after it)', () => {
    expect(readHeader('8月5日，2024年西河商贸洽谈会筹备工作领导小组会议在东城召开。').meetingName).toBe('2024年西河商贸洽谈会筹备工作领导小组会议');
  });

  it('leaves the clause that says when it was held out of a 在…会议上 frame', () => {
    expect(readHeader('在5月9日召开的全县防汛工作会议上，县长伍平强调，要压实责任。').meetingName).toBe('全县防汛工作会议');
  });

  it('leaves a date in brackets after 今日 out of the body', () => {
    expect(readHeader('議會交通事務委員會今日（四月八日）舉行會議，由主席韋立議員主持。').meetingName).toBe('議會交通事務委員會會議');
  });
});

describe('who attended, in more shapes', () => {
  it('reads 出席與會 as attending, and leaves 均 out of the group', () => {
    const h = readHeader('西湖區公所5月8日下午召開里長會議，由區長韋美玲主持，西湖區各里里長、里幹事及市府相關局處代表均出席與會。');
    expect(h.attendees.map((p) => p.name)).toEqual(['西湖區各里里長、里幹事及市府相關局處代表']);
  });

  it('reads a counted office as a group of its holders, and units that sent staff as nobody', () => {
    const h = readHeader('北港區公所第二次里業務會報，廿日上午在公所禮堂召開，由區長黎明華主持，廿八里里長出席，市府各局處派員列席。');
    expect(h.attendees.map((p) => p.name)).toEqual(['里長']);
    expect(h.observers).toEqual([]);
    expect(readHeader('3月9日，镇党委召开党建工作会议，镇党委书记伍平主持。18个村村支书参加会议。').attendees.map((p) => p.name)).toEqual(['村支书']);
  });

  it('keeps an office before 等 as a group, and a lone title without it as nobody', () => {
    const h = readHeader('7月3日，省委会召开常委会议，省委会主委韦立主持会议。机关处级干部，市委会专职副主委等参加会议。');
    expect(h.attendees.map((p) => p.name)).toEqual(['机关处级干部', '市委会专职副主委']);
    expect(readHeader('7月3日，县政府召开常务会议，县长韦立主持，副县长出席。').attendees).toEqual([]);
  });

  it('leaves the venue and a head count between unit and people out of who attended', () => {
    expect(readHeader('8月份，南湾中学共三十名师生出席会议。').attendees.map((p) => p.name)).toEqual(['南湾中学师生']);
    expect(readHeader('9月2日，省里召开视频会议。副市长黎光明在东城分会场参加会议。').attendees).toEqual([{ name: '黎光明', title: '副市长', unit: '' }]);
  });

  it('reads attendance said last, after how the meeting was held and before the byline', () => {
    const d = draft([
      '市政府召开安全生产会议',
      '3月2日，市政府召开安全生产电视电话会议，市长邝明主持会议。',
      '会议强调，各地要落实安全生产责任，切实做好各项准备工作。',
      '会议以电视电话会议形式召开，各县区设分会场。市安委会成员单位负责人，各县区政府分管负责同志参加会议。（韦平 黎 红）',
    ]);
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['市安委会成员单位负责人', '各县区政府分管负责同志']);
  });

  it('does not take an instruction to attend for attendance', () => {
    const d = draft([
      '县政府召开防汛会议',
      '3月2日，县政府召开防汛会议，县长邝明主持会议。',
      '会议强调，各地要落实防汛责任，切实做好各项准备工作。',
      '会议要求，各乡镇主要负责同志参加下周的培训会议。',
    ]);
    expect(d.meeting.attendees).toEqual([]);
  });
});

describe('a body or committee in the chair', () => {
  // KEYING 23: a body that chairs gives no chair (the 纪要's 主持人 line names a person or none).
  it('names no chair when a committee fills the 由…主持 slot', () => {
    const h = readHeader('市政署每月举行公开会议。会议由市政管理委员会主持。');
    expect(h.chair).toEqual({ name: '', title: '' });
    expect(h.meetingName).toBe('市政署公开会议');
  });

  it('names no chair when a standing committee chairs a plenary', () => {
    expect(readHeader('3月9日，中共平安县委五届七次全会召开。全会由县委常委会主持。县委书记伍平出席并讲话。').chair).toEqual({ name: '', title: '' });
  });

  it('still prefers a person named as chair', () => {
    expect(readHeader('5月3日，县政府召开常务会议，会议由县长伍平主持。').chair).toEqual({ name: '伍平', title: '县长' });
  });
});

describe('KEYING 10 and forms, further shapes', () => {
  it('joins the chairs of bodies meeting 分别 when each is named in a clause of its own', () => {
    const h = readHeader('东岭区议会和海湾区议会今天（7日）分别举行首次会议。东岭区议会首次会议由主席韦立主持，海湾区议会首次会议由主席伍平主持。');
    expect(h.meetingName).toBe('东岭区议会首次会议');
    expect(h.chair).toEqual({ name: '韦立、伍平', title: '主席' });
  });

  it('keeps one chair when only one body met', () => {
    expect(readHeader('东岭区议会今天（7日）举行首次会议。会议由主席韦立主持，副主席伍平由选举产生。').chair).toEqual({ name: '韦立', title: '主席' });
  });

  it('dates an opening by a year and month when no day is given', () => {
    expect(findLooseDate('2025年3月，县委组织部召开全县组织工作会议。')?.text).toBe('2025年3月');
  });

  it('reads a form’s pointer to the sign-in sheet as nobody named', () => {
    const d = draft(['會議紀錄', '會議名稱：本校第2次行政會議', '時間：中華民國113年10月9日中午12時', '主席：韋校長文雄', '出席人員：詳簽到表', '壹、主席致詞', '感謝各位同仁出席。']);
    expect(d.meeting.attendees).toEqual([]);
    expect(d.meeting.chair).toEqual({ name: '韋文雄', title: '校長' });
  });
});

describe('dates over several days, clocks, organisers', () => {
  it('dates a meeting over several days with its range as written', () => {
    expect(findMeetingDate('5月6日至7日，县政协十届四次会议在县城召开。')?.text).toBe('5月6日至7日');
    expect(findMeetingDate('11月8日—9日，市人大常委会第九次会议举行。')?.text).toBe('11月8日—9日');
    expect(findMeetingDate('3月30日至4月1日，省政协会议召开。')?.text).toBe('3月30日至4月1日');
  });

  it('keeps a clock that follows the day with no part of day between', () => {
    expect(findMeetingDate('5月6日8时30分，县政府召开防汛会商会。')?.text).toBe('5月6日8时30分');
  });

  it('leaves out who organised the meeting, said before it', () => {
    expect(readHeader('6月5日上午，由县委统战部主办的全县民族团结工作会议在县会议中心召开。').meetingName).toBe('全县民族团结工作会议');
  });
});

describe('more frames that hold the meeting’s name', () => {
  it('reads the meeting a chair spoke at while chairing (主持…會議時表示)', () => {
    expect(readHeader('市長韋佳明今（5）日主持市政會議時表示，要加強防疫工作。').meetingName).toBe('市政會議');
  });

  it('reads 举办 as holding a meeting, but only when its object is one', () => {
    expect(readHeader('5月6日，县政协举办“委员讲堂”座谈会，县政协主席伍平主持。').meetingName).toBe('县政协“委员讲堂”座谈会');
    expect(readHeader('5月6日，县委举办理论学习读书班，县委书记伍平主持开班式。').meetingName).toBe('');
  });

  it('leaves a full date after 于 out of a meeting that is the subject', () => {
    expect(readHeader('县人民政府第十五届第23次常务会议于2025年3月4日在县政府三楼会议室召开。县长伍平主持会议。').meetingName).toBe('县人民政府第十五届第23次常务会议');
  });
});

describe('a meeting to be held is not the one reported', () => {
  it('does not read 将在…举办 as the meeting held', () => {
    expect(readHeader('民和黨8日中常會，黨部將在各縣市舉辦青年座談，廣納意見。').meetingName).toBe('民和黨中常會');
    expect(readHeader('5月6日，县科协委员会举办青年科技座谈会。').meetingName).toBe('县科协委员会青年科技座谈会');
  });
});

describe('form labels and 会上 frames', () => {
  it('reads 会议主持： as the chair’s label', () => {
    const d = draft(['区政府第3次常务会议纪要', '会议时间：2025年3月4日上午9:00', '会议主持：区长 邝明', '参会人员：黎强、伍平', '一、研究城市更新工作', '会议原则同意城市更新方案。']);
    expect(d.meeting.chair).toEqual({ name: '邝明', title: '区长' });
  });

  it('leaves the day before 的 out of the meeting a leader spoke at', () => {
    expect(readHeader('在3月5日的县委常委会会议上，县委书记伍平强调，要抓好安全生产。').meetingName).toBe('县委常委会会议');
  });
});
