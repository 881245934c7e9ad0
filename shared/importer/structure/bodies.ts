/**
 * Convening bodies as an opening names them: 县政府, 镇人大, 市政署, 县妇联, 东岭区议会. The meeting's
 * name carries the body that convenes it (bench/KEYING.md 1), so header.ts asks here whether the
 * subject of 召开/举行 is a body, and which one to take when several meet 分别 (KEYING 10).
 */

// 街 (新塘街) is a 街道's short name; 科技/股份/控股/实业/银行 end a company's short name (青禾科技).
// 人大, 妇联, 工会, 署 (市政署), 馆, 社, 台: people's congresses, mass organisations and public
// institutions convene as offices do; a list by kind of body, not by any one report's names.
const BODY_END = new RegExp(
  '(?:' +
    [
      '局|委|办|辦|办公室|辦公室|厅|廳|部|院|政府|縣府|县府|市府|中心|公司|集团|集團|协会|協會|政协|政協|所|处|處|站|队|隊|组|組|专班|專班',
      // 市委党史研究室, 县委政研室: an office (室) convenes as a 办 or a 处 does, a room (会议室,
      // 317室) does not; 省作协, 市音协: an association's short name ends in 协 as 政协 does.
      '(?<!会议|會議|活动|活動|接待|报告|報告|阅览|閱覽|[0-9０-９])室|协|協',
      '委员会|委員會|党组|黨組|常委会|常委會|议会|議會|代表会|代表會|镇|鎮|乡|鄉|街道|县|縣|市|区|區|街|社区|社區',
      '科技|股份|控股|实业|實業|银行|銀行|学校|學校|小学|小學|中学|中學|大学|大學|委会|委會|促进会|促進會|商会|商會',
      '联合会|聯合會|学会|學會|研究会|研究會|总会|總會',
      '人大|妇联|婦聯|侨联|僑聯|科协|科協|文联|文聯|残联|殘聯|工商联|工商聯|工会|工會|署|馆|館|支部|总支|總支|党支部|黨支部',
      '报社|報社|出版社|合作社|电视台|電視台|广播电视台|廣播電視台|农场|農場|林场|林場|医院|醫院|分行|支行',
      // 区政协九届一次会议主席团, 共青团, 代表团: a presidium or a delegation meets as a body.
      '团|團',
      // 县人大常委会机关, 县纪委监委机关, 县政协机关: the staff of a body meets as a unit of its own.
      '机关|機關',
      // 某镇某新村: a village (村委会) convenes as a 社区 does; 学院党委领导班子: a body's leading group
      // meets as the body (KEYING 20: members name the body they belong to).
      '村|班子',
      // 玉湖州, 某省, 某旗, 某盟: the levels of place above a county convene as a 县 or a 市 does.
      '州|省|旗|盟',
      // 青阳三中, 城关二小: a school's short name by its number (第三中学, 第二小学).
      '(?<![第])[一二三四五六七八九十]{1,2}(?:中|小)',
    ].join('|') +
    ')$',
  'u',
);

/** Whether `s` ends the way a convening body's name does (not whether it is one: callers check the rest). */
export function endsLikeBody(s: string): boolean {
  return BODY_END.test(s) || BODY_END.test(withoutAlias(s));
}

/**
 * 某大学附属第一医院(某省中医院), 某市城市管理局（综合执法局）: a body written with its other name in
 * brackets after it. The name before the brackets says what kind of body it is.
 */
function withoutAlias(s: string): string {
  // 甲部、乙联(总商会): after a list of bodies too, the last one's other name is in the brackets.
  const m = /^([\p{Script=Han}、]*\p{Script=Han}{2})[（(][\p{Script=Han}]{2,20}[）)]$/u.exec(s);
  return m ? m[1]! : '';
}

/** A level or unit word that starts a body's kind after its place name: 海湾区议会 → 区议会. */
const KIND_START = /[省市县縣区區镇鎮乡鄉州盟旗街村]/u;

/**
 * 东岭区议会和海湾区议会分别举行 / 北区政协、西区政协分别召开 / 东岭及海湾区议会分别举行: several
 * bodies meeting each on its own. The 纪要 takes the first body (KEYING 10). When the page writes
 * the kind once, after the last place (东岭及海湾区议会), the first place takes the last one's kind.
 * Null when `subject` is not such a list.
 */
export function firstOfSeveralBodies(subject: string): string | null {
  const parts = subject.split(/[、，,]|以及|及|和|与|與|同/u).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => !p) || subject.length > 60) return null;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!endsLikeBody(last)) return null;
  if (endsLikeBody(first) && first.length >= 2) return first;
  // 东岭 + 海湾区议会: the kind after the last part's own place name (its first level word, past
  // a place name of two characters at least).
  const at = last.slice(2).search(KIND_START);
  if (first.length < 2 || first.length > 6 || at < 0) return null;
  return first + last.slice(at + 2);
}

/** 主席会议和主任会议 after bodies meeting 分别: each body's meeting in turn; the first one's. */
export function firstOfSeveralMeetings(object: string, isMeeting: (s: string) => boolean): string {
  const parts = object.split(/、|以及|及|和|与|與/u);
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && isMeeting(p)) ? parts[0]! : object;
}
