import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92d): the header fields of unseen reports — the meeting's date, name and chair.
 * Every text is made up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const BODY_T = '會議強調，要抓好各項工作落實，各部門要壓實責任、細化措施，把各項工作抓細抓實抓到位。';
const doc = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a form whose date label stands on its own line', () => {
  it('reads the line below 会议时间： as the meeting date, not as a page stamp', () => {
    const r = doc('县政府第十次常务会议纪要', '会议时间：', '2025年3月4日', '会议地点：县政府三楼会议室', '主持人：周海明', '会议内容：', BODY);
    expect(r.recognized.dateText).toBe('2025年3月4日');
    expect(r.draft.meeting.date).toBe('2025-03-04');
  });

  it('reads a flattened table cell of 開會日期 with no colon the same way', () => {
    const r = doc('松林縣政府第十次縣務會議紀錄', '開會日期', '2025/03/04', '開會地點', '縣府三樓會議室', BODY_T);
    expect(r.recognized.dateText).toBe('2025/03/04');
    expect(r.draft.meeting.date).toBe('2025-03-04');
  });
});

describe('a dateline’s day against the day the prose tells', () => {
  it('takes the day the paragraph before the opening tells over the dateline’s', () => {
    const r = doc('省调研组来松林县调研', '松林日报3月15日讯 15日上午，省调研组一行到松林县调研，先后察看了三个项目现场。', '调研期间，调研组召开座谈会，县长周海明主持会议。', BODY);
    expect(r.recognized.dateText).toBe('15日上午');
  });

  it('does the same on a Traditional page', () => {
    const r = doc('省調研組來松林縣調研', '松林日報3月15日訊 15日上午，省調研組一行到松林縣調研，先後察看了三個項目現場。', '調研期間，調研組召開座談會，縣長周海明主持會議。', BODY_T);
    expect(r.recognized.dateText).toBe('15日上午');
  });

  it('reads a dateline that names its place between the day and 消息', () => {
    expect(doc('县政府召开常务会议', '松林网7月30日松林消息 30日下午，县政府召开第十次常务会议，县长周海明主持会议。', BODY).recognized.dateText).toBe('30日下午');
    expect(doc('縣政府召開常務會議', '松林網7月30日松林消息 30日下午，縣政府召開第十次常務會議，縣長周海明主持會議。', BODY_T).recognized.dateText).toBe('30日下午');
  });
});

/** The meeting's name as the 纪要 header writes it: the convening body, then the name (KEYING 1). */
const named = (opening: string, body = BODY) => doc('某某会议', opening, body).draft.meeting.name;

describe('convening bodies of more kinds', () => {
  it('names a prefecture that convenes, as a county', () => {
    expect(named('3月2日，白沙州随即召开了全州防汛工作视频会议，州长周海明主持会议。')).toBe('白沙州全州防汛工作视频会议');
    expect(named('3月2日，白沙州隨即召開了全州防汛工作視頻會議，州長周海明主持會議。', BODY_T)).toBe('白沙州全州防汛工作視頻會議');
  });

  it('names a school by its number’s short name', () => {
    expect(named('3月2日，松林一中胜利召开了第五届教职工代表大会第一次会议。')).toBe('松林一中第五届教职工代表大会第一次会议');
    expect(named('3月2日，松林一中勝利召開了第五屆教職工代表大會第一次會議。', BODY_T)).toBe('松林一中第五屆教職工代表大會第一次會議');
  });

  it('names a village that holds a meeting', () => {
    expect(named('近日，松林县青石镇下溪村举办了村民代表座谈会，村党支部书记周海明主持会议。')).toBe('松林县青石镇下溪村村民代表座谈会');
    expect(named('近日，松林縣青石鎮下溪村舉辦了村民代表座談會，村黨支部書記周海明主持會議。', BODY_T)).toBe('松林縣青石鎮下溪村村民代表座談會');
  });

  it('names a leading group that meets as its body', () => {
    expect(named('3月2日上午，学院党委领导班子召开会议，认真学习全会精神。学院党委书记周海明主持会议。')).toBe('学院党委领导班子会议');
    expect(named('3月2日上午，學院黨委領導班子召開會議，認真學習全會精神。學院黨委書記周海明主持會議。', BODY_T)).toBe('學院黨委領導班子會議');
  });
});

describe('the convening body behind words that stand between it and the verb', () => {
  const cases: [string, string, string][] = [
    // 牵头召开: the office leads the meeting; 牵头 is how it convened.
    ['3月2日，松林县委宣传部牵头召开全县网络安全工作联席会议。', '松林县委宣传部全县网络安全工作联席会议', BODY],
    ['3月2日，松林縣委宣傳部牽頭召開全縣網絡安全工作聯席會議。', '松林縣委宣傳部全縣網絡安全工作聯席會議', BODY_T],
    // A term count before 党组 is the subject's own term, no body of its own; of two meetings
    // joined by 和 the first is the name (KEYING 23, round 42).
    ['3日，市政协召开八届九次党组(扩大)会议和八届五次主席会议。市政协主席周海明主持会议。', '市政协八届九次党组（扩大）会议', BODY],
    ['3日，市政協召開八屆九次黨組(擴大)會議和八屆五次主席會議。市政協主席周海明主持會議。', '市政協八屆九次黨組（擴大）會議', BODY_T],
    // A room numbered with a hyphen is where it met.
    ['3月2日，松林学院在A3-205会议室召开党委会，院党委书记周海明主持会议。', '松林学院党委会', BODY],
    ['3月2日，松林學院在A3-205會議室召開黨委會，院黨委書記周海明主持會議。', '松林學院黨委會', BODY_T],
    // Whom the body gathered may hold brackets (党(总)支部).
    ['3月2日，青石社区党委组织各党(总)支部党员代表在社区会议室召开专题学习会，社区党委书记周海明主持会议。', '青石社区党委专题学习会', BODY],
    ['3月2日，青石社區黨委組織各黨(總)支部黨員代表在社區會議室召開專題學習會，社區黨委書記周海明主持會議。', '青石社區黨委專題學習會', BODY_T],
    // Members gathered in the clause before: their body convenes.
    ['3月2日下午，松林县实验中学全体教职工齐聚一堂，召开了新学期开学工作会，校长周海明主持会议。', '松林县实验中学新学期开学工作会', BODY],
    ['3月2日下午，松林縣實驗中學全體教職工齊聚一堂，召開了新學期開學工作會，校長周海明主持會議。', '松林縣實驗中學新學期開學工作會', BODY_T],
    // When it met between the body and whom it invited.
    ['松林县实验中学于2025年9月9日上午邀请退休教师到校举行教师节座谈会。', '松林县实验中学教师节座谈会', BODY],
    ['松林縣實驗中學於2025年9月9日上午邀請退休教師到校舉行教師節座談會。', '松林縣實驗中學教師節座談會', BODY_T],
    // A descriptor before the body and an abbreviation note after it (KEYING 19).
    ['3月2日，青禾集团出资企业松林青禾建材有限公司（简称：青禾建材）召开2025年安全生产工作会议。', '松林青禾建材有限公司2025年安全生产工作会议', BODY],
    ['3月2日，青禾集團出資企業松林青禾建材有限公司（簡稱：青禾建材）召開2025年安全生產工作會議。', '松林青禾建材有限公司2025年安全生產工作會議', BODY_T],
    // A committee whose name opens with a kind of unit (社区…) sits nowhere of its own.
    ['3月2日，青石街道在东园社区举行社区环境治理议事委员会成立大会。', '青石街道社区环境治理议事委员会成立大会', BODY],
    ['3月2日，青石街道在東園社區舉行社區環境治理議事委員會成立大會。', '青石街道社區環境治理議事委員會成立大會', BODY_T],
  ];
  it.each(cases)('%s', (opening, name, body) => {
    expect(named(opening, body)).toBe(name);
  });
});

describe('a meeting named as the subject of 举行 or 召开', () => {
  it('cuts where it met at the last 在, so a 在 inside the name stays', () => {
    expect(named('根据市委部署，4月14日，学习贯彻总书记在松林考察时重要讲话精神市委宣讲团报告会在青石区举行。')).toBe('学习贯彻总书记在松林考察时重要讲话精神市委宣讲团报告会');
    expect(named('根據市委部署，4月14日，學習貫徹總書記在松林考察時重要講話精神市委宣講團報告會在青石區舉行。', BODY_T)).toBe('學習貫徹總書記在松林考察時重要講話精神市委宣講團報告會');
  });

  it('reads a place a censor starred as a place (KEYING 16)', () => {
    expect(named('近日，松林县撤县设市论证会在省*厅会议室举行。')).toBe('松林县撤县设市论证会');
    expect(named('近日，松林縣撤縣設市論證會在省*廳會議室舉行。', BODY_T)).toBe('松林縣撤縣設市論證會');
  });

  it('takes the sitting the sentence opens with when a later clause only says where it convened', () => {
    expect(named('6月25日下午，我院第五届三次职工代表大会经过周密筹备，在报告厅隆重召开。')).toBe('我院第五届三次职工代表大会');
    expect(named('6月25日下午，我院第五屆三次職工代表大會經過周密籌備，在報告廳隆重召開。', BODY_T)).toBe('我院第五屆三次職工代表大會');
  });
});

describe('a clause that only describes the meeting', () => {
  it('names the meeting from the headline, not from …召开的一次重要会议', () => {
    const lines = ['这是全县党员政治生活中的一次重要会议，是在开启新征程的关键时刻召开的一次重要会议。', '3月2日上午，大会在县会堂开幕，县委书记周海明主持大会。', BODY];
    expect(doc('中国共产党松林县第五次代表大会召开', ...lines).draft.meeting.name).toBe('中国共产党松林县第五次代表大会');
    const hant = ['這是全縣黨員政治生活中的一次重要會議，是在開啟新征程的關鍵時刻召開的一次重要會議。', '3月2日上午，大會在縣會堂開幕，縣委書記周海明主持大會。', BODY_T];
    expect(doc('中國共產黨松林縣第五次代表大會召開', ...hant).draft.meeting.name).toBe('中國共產黨松林縣第五次代表大會');
  });
});

describe('a visit’s range of days and the meeting held on one of them', () => {
  it('dates the meeting by the day that opens its own sentence', () => {
    const hans = doc('松林县党政代表团赴青石市考察', '11月7日至8日，松林县党政代表团前往青石市考察学习。8日上午，两地深化合作联席会议在青石举行，青石市委副书记周海明主持会议。', BODY);
    expect(hans.recognized.dateText).toBe('8日上午');
    const hant = doc('松林縣黨政代表團赴青石市考察', '11月7日至8日，松林縣黨政代表團前往青石市考察學習。8日上午，兩地深化合作聯席會議在青石舉行，青石市委副書記周海明主持會議。', BODY_T);
    expect(hant.recognized.dateText).toBe('8日上午');
  });

  it('keeps the range when its own sentence convenes the meeting', () => {
    const r = doc('县人代会召开', '3月5日至7日，松林县第五届人民代表大会第三次会议在县会堂召开。6日上午，大会举行第二次全体会议。', BODY);
    expect(r.recognized.dateText).toBe('3月5日至7日');
  });
});
