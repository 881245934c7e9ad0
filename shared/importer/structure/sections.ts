import type { SectionKind } from '../../model';
import { parseChineseNumber } from '../chars';
import { findItems, ownerAfterCharge, ownerAndDue } from './items';
import { convenesOnDate } from './leadless';
import { leadlessOpens } from './opening-odds';
import { actsWhileAttending } from './acting-attendee';
import { thanksGoesOn } from './addresses';
import { adoptedKind } from './adopted-kind';
import { adoptingKind } from './adopting-kind';
import { leadlessKind } from './leadless-kind';
import { occasionKind } from './occasion-kind';
import { occasionVerbKind } from './occasion-verb';
import { markRecordItems } from './record-items';
import { meetingKindAfterLead, meetingPredicateKind, speakerPredicateKind } from './meeting-predicate';
import { namedActor, namedWithPost } from './named-actor';
import { isPersonRef, looksLikeName, OFFICE } from './people';
import { quotedLength } from './quoted-first';
import { isRollCall } from './roll-call';
import { reportGoesOnKind } from './report-goes-on';
import { speakerKind } from './speaker-kind';
import { speechPronounKind } from './speech-pronoun';
import { speechWordsKind } from './speech-words';
import { dropPointedSitting } from './pointed-sitting';
import { dropStudiedMatter } from './studied-matter';
import { chairPronounLead, chairSpeechKind, GATHERING, introVerb, leadAt, leadPositions, OCCASION_WORDS, speechByNameKind, speechKind, type Lead, type LeadPlace } from './leads';

/** A lead that names an act and no speech (甲首先回顾了, 乙分享了): KEYING 18's acts with no lead. */
const ACT_ONLY = /(?:回顾|回顧|分享|交流)了?$/u;

/** A section before ids and limits: what recognition decided. */
export interface DraftSection {
  kind: SectionKind;
  lead: string;
  heading: string;
  paragraphs: string[];
  items: { text: string; owner: string; due: string }[];
  actionStyle: 'inline' | 'numbered';
}

// 壹、報告事項: a record numbers its parts with the capital numerals of accounts as well.
const TOPIC_HEADING = /^(?:[一二三四五六七八九十]{1,3}|[壹貳贰叁參叄肆伍陸陆柒捌玖拾]{1,2})、(?!.*[。；;]$).{1,60}$/u;
/** 一、民政局報告：… in a record: a unit's report on the agenda, whatever follows its colon. */
const UNIT_REPORT =
  /^[一二三四五六七八九十]{1,3}、\s*\p{Script=Han}{1,12}(?:局|處|处|室|委|會|会|办|辦|所|中心|部|科|課|单位|單位)(?:陈报|陳報|专题|專題|业务|業務|工作)?(?:报告|報告|汇报|匯報|彙報)[：:]/u;
/** 1.總務處：… / （二）輔導室：…: a numbered unit's own report under a part, a section of its own. */
const LABELLED_POINT = /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))\s*[\p{Script=Han}·]{1,10}\s*[：:]/u;
/**
 * A record's numbered form field: who chaired, kept the minutes or compered, when and where, who
 * attended, or the adjourning — the label alone or before its colon (主席報告, the chair's report,
 * is business and does not match). Unnumbered only as a bare label on its own line (時間).
 */
/** A number alone on its line: （三）, (3), 三、, 3. */
const BARE_NUMBER = /^\s*(?:[（(][一二三四五六七八九十〇0-9０-９]{1,3}[）)]|[一二三四五六七八九十]{1,3}[、．.]|[0-9０-９]{1,2}[、．.])\s*$/u;
const FORM_FIELD =
  /^(?:(?:[一二三四五六七八九十]{1,3}|[壹貳贰叁參叄肆伍陸陆柒捌玖拾]{1,2}|\d{1,2})[、.．]\s*|(?=\p{Script=Han}{2,5}$))(?:主席|主持人|司儀|司仪|紀錄|纪录|記錄|记录|開會時間|开会时间|會議時間|会议时间|時間|时间|開會地點|开会地点|會議地點|会议地点|地點|地点|出席人員|出席人员|出席者|列席人員|列席人员|列席者|參加人員|参加人员|請假人員|请假人员|出列席人員|散會|散会)\s*(?:[：:][^。；;]{0,30})?$/u;
/** 本次会议共分为四项议程： / 会议共有三项议题。 alone on its line: the agenda announced with its count. */
const AGENDA_COUNT_LINE = /^(?:本次|此次|这次|這次)?(?:会议|會議)(?:共|共有)?(?:分为|分為|有|包括)?[一二三四五六七八九十两兩\d]{1,2}[项項个個](?:议程|議程|议题|議題)[：:。]?$/u;

/** One task on a line of its own: a single sentence that asks someone to act (請/应/須/儘速…). */
const TASK_LINE = /^(?=[^。！？]{6,120}[。！？]?$)[^。！？]*(?:(?<![申邀提聲声宴敬])(?:请|請)|(?:应|應)(?!出席|到|有|用|對|对|邀|屆|届)|须|須|务必|務必|儘速|尽速|儘早|尽早)/u;
/** 第一案：修正…，提請討論。 / 提案一： in a record: a motion put to the meeting, an agenda item. */
const MOTION = /^(?:第[一二三四五六七八九十\d]{1,3}案|提案[一二三四五六七八九十\d]{1,3})\s*[：:]/u;
/**
 * 上次會議決議事項執行情形報告 / 各科重大事項提報 / 臨時動議 on a line of its own, no sentence mark: a
 * record's agenda part, named by what kind of business it is.
 */
const AGENDA_LINE = /^(?!.*[。！？；;，,：:])\p{Script=Han}[\p{Script=Han}、（）()]{1,38}(?:报告|報告|提报|提報|事项|事項|动议|動議|议程|議程|讨论|討論|报告事项|報告事項)$/u;
// 第一，…, 一要… and 1、… number points as often as 一是… and 1.…: the same list marker in other words.
const ITEM_PARAGRAPH =
  /^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}(?:是|要)|第[一二三四五六七八九十]{1,3}[，,、：:]|[\u2460-\u2473])/u;
const NUMBERED_HEADING = /^\d{1,2}[.．、](?!\d)(?!.*[。；;：:]$).{2,}$/u;
/** 会上，A部署…；B传达…: a lead naming only the occasion opens a rundown of several speakers. */
// 座谈会上 / 在随后召开的推进会上: the occasion named with its meeting is a 会上 all the same.
const RUNDOWN = new RegExp(`^(?:(?:座谈|座談|${GATHERING}|大|在[^，。；]{2,16}?)?(?:会上|會上)|${OCCASION_WORDS})$`, 'u');
/** 会上 / 座谈会上: one sitting (OCCASION_WORDS' 期间 names a span of days). */
const SITTING = /(?:会上|會上)$/u;
/** A lead that names only the occasion (会上, 座谈会上, 会议中): an account of who did what there. */
const OCCASION = new RegExp(`(?:会上|會上|${OCCASION_WORDS})$`, 'u');
// A paragraph that carries on the speech before it (bench/KEYING.md 10): 要…, 同时，…, 希望…, 此外，要….
const CONTINUES = /^(?:要|必须|必須|务必|務必|同时|同時|并要|並要|还要|還要|更要|希望|另外，要|此外，要|另外，要|特别是|特別是)/u;
/** 又讯 X主持召开…会议: a paragraph that convenes a meeting opens the next item, not an attendance line. */
const CONVENES = /召开|召開|举行|舉行/u;
/** A bulleted line (- …, • …, （）… with its number lost): a point of the part above it. */
const BULLET = /^(?:[-–—•·]\s*|[（(]\s*[）)])/u;
/**
 * The speech going on with no speaker named: a topic framed first (在X方面，/ 关于X，/ 一方面，) or the
 * units addressed (各级各部门要…, 全县上下必须…), then what they are to do.
 */
const SPEECH_GOES_ON =
  /^(?:(?:在[^，。！？；]{1,24}?(?:方面|问题上|問題上|工作中|上)|(?:关于|關於|对于|對於)[^，。！？；]{1,24}|一方面|另一方面)[，,][^。！？]{0,40}?(?:要|必须|必須|务必|務必|应当|應當)|(?:各|全)[^，。！？；]{1,14}?(?:要|必须|必須|务必|務必)(?!求))/u;
/** Kinds of a speech a lead-less paragraph may carry on. */
const SPEECH_KINDS: ReadonlySet<SectionKind> = new Set(['directive', 'requirement', 'action-list']);
/**
 * A 简报 item's headline between items (县领导督导安全生产工作): a short line with no sentence mark,
 * followed by prose. Not a section (bench/KEYING.md 10): it heads the section the item opens.
 */
const HEADLINE = /^(?=.*\p{Script=Han}.*\p{Script=Han})(?!.*[。！？；;：:，,])(?![一二三四五六七八九十\d]{1,3}[、.．是])[^\n]{6,40}$/u;
/** An item of a bulletin opens with its date (9月2日，…): two or more such paragraphs are an issue of items. */
const ITEM_DATE = /^(?:\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日|\d{1,2}日)(?:上午|下午|晚上|晚间|晚間|早上)?[，,]/u;
/** 现将会议议定事项纪要如下： — the sentence that hands over to a 纪要's numbered items. */
const MINUTES_FOLLOW = /(?:纪要|紀要)如下[：:]$/u;
/** 一、 opening one of those items. */
const MINUTES_ITEM = /^[一二三四五六七八九十]{1,3}、/u;
/**
 * 1.会议传达学习了… / 2、會議審議通過了… / （三）会议研究了…: a numbered paragraph whose words open with
 * the meeting itself. A 纪要 numbers its items of business so with no 纪要如下： before them; a list of
 * points under a lead never names the meeting again as each point's subject.
 */
const MEETING_ITEM = /^(?:\d{1,2}[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*(?=会议|會議)/u;
/** 通报: a report to the meeting (bench/KEYING.md 9), not a directive. */
const NOTIFYING = /(通报|通報)(?:了)?$/u;
/** Verbs of passing news on (通报, 传达): a speaker's report, not the speaker's direction. */
const REPORTING = /(通报|通報|传达|傳達|转达|轉達)(?:了)?$/u;

/**
 * 通报/介绍 are reports to the meeting (`other`, bench/KEYING.md 9) whoever makes them; leads.ts
 * reads them as weak leads, so a stronger verb later in the sentence (…，重点传达了…) gives the kind.
 */
export function recogniseSections(paragraphs: readonly string[], names: readonly string[], openingAt = 0, _chair = ''): DraftSection[] {
  return recogniseAll(paragraphs, names, openingAt);
}

function recogniseAll(paragraphs: readonly string[], given: readonly string[], openingAt: number): DraftSection[] {
  // The people leads may name: the chair and attendees, and from each paragraph on everyone an
  // earlier paragraph named with a post (学校党委书记罗振坤组织… then 罗振坤要求…): a person the
  // report has introduced speaks by name alone, as the chair does (issue 11, round 37, import-80a).
  // Only what reads as a person's name: 护士长代表， gives 代表, no one (heldout-30 split on 同时，代表们).
  const names: string[] = [...given];
  const sections: DraftSection[] = [];
  // The numbering of each list's first item, and the items that took sub-points (see markerStyle).
  const listStyles = new WeakMap<DraftSection, string>();
  const subPoints = new WeakSet<DraftSection['items'][number]>();
  const bulletin = paragraphs.filter((p) => ITEM_DATE.test(p)).length >= 2;
  const minutesFrom = paragraphs.findIndex((p) => MINUTES_FOLLOW.test(p));
  let headline = '';
  // The chair, the attendees and everyone named with a post so far (县委书记刘春阳到…): a later
  // paragraph with no lead opened by one of them tells what that person did (named-actor.ts).
  const named = new Set<string>(names);
  paragraphs.forEach((p, index) => {
    const before = sections.length;
    recogniseOne(p, index);
    for (const n of namedWithPost(p)) {
      if (!named.has(n) && looksLikeName(n)) names.push(n);
      named.add(n);
    }
    // An item's headline heads the first section its item opens.
    if (headline && sections.length > before) {
      sections[before]!.heading = headline;
      headline = '';
    }
  });
  // A speaker's account left plain (X作表态发言，他说… / X在报告中表示…) takes the kind of the first
  // verb of saying in its first sentence (speaker-kind.ts); the opening is no one's account. An item
  // under its own headline (a 简报's 县领导调研… line) is read the same way: the headline names the
  // item, it gives no kind (round 38: even TRAIN half +3 kinds, none lost).
  // A speaker the sentence names with a post, or by a name the report gives a post anywhere (副市长甲某召集
  // … then 甲某感谢…; 在乙某的陪同下 … then 乙某在讲话中感谢…): someone whose courtesy is the meeting's
  // business (bench/KEYING.md 28, 32), unlike an untitled resident's.
  const report = paragraphs.join('\n');
  const titled = (run: string): boolean => isPersonRef(run, names) || (looksLikeName(run) && new RegExp(`(?:${OFFICE})${run}`, 'u').test(report));
  sections.forEach((s, i) => {
    if (s.kind !== 'text' || s.items.length || (i === 0 && !s.lead)) return;
    // 会上，X指出… / 会上传达学习了…精神: the one speaker directing in the occasion's first sentence
    // gives it that kind (bench/KEYING.md 9; occasion-kind.ts), where leads.ts did not read the verb.
    if (RUNDOWN.test(s.lead)) {
      const body = s.paragraphs[0] ?? '';
      // 会上，X作了…报告。她指出… : one sitting's speech, its pronoun verb giving the kind (KEYING 16:
      // 会上，X作…报告，她指出… is of the lead's kind). Not 会议期间/期间: a span of days is a rundown.
      // 座谈会上，党委书记、院长X对…表示欢迎 / 与会人员…提出了意见建议: the verb's class read whoever
      // acts, unless several people's acts make a rundown (occasion-verb.ts).
      s.kind = occasionKind(body) ?? (SITTING.test(s.lead) ? speechPronounKind(body) : null) ?? occasionVerbKind(body) ?? s.kind;
      return;
    }
    const text = s.lead ? `${s.lead}，${s.paragraphs[0] ?? ''}` : (s.paragraphs[0] ?? '');
    // A paragraph with no lead still says what it is by its first sentence's main verb (deciding,
    // demanding, directing, hearing), whoever its subject is (leadless-kind.ts).
    // 乙某致辞。乙某表示…: the speaker named again gives the speech its verb's kind (leads.ts).
    // A speech announced, then 他/她 + a verb of saying in the next sentence (speech-pronoun.ts).
    // A bare adopting verb done (通过了 / 审定了 / 选举产生了) is the sentence's outcome (adopting-kind.ts).
    // 随后，乙发表讲话。首先对…给予充分的肯定: an announced speech's words give it their verb's kind,
    // welcome and praise included (speech-words.ts).
    // 葛某通报了…，同时充分肯定了…: a person's report whose sentence goes on to a lead verb takes that
    // verb's kind (report-goes-on.ts).
    // 会议通过举手表决方式确定了… / 会议对…进行了审核，确定了…: the meeting's own predicate, read from
    // the segmenter's tags past a prepositional phrase or a light verb (meeting-predicate.ts), over the
    // lead and its words as one run (会议深入学习|贯彻… is one clause, not two).
    s.kind =
      speakerKind(text) ??
      (s.lead ? reportGoesOnKind(s.lead, text, names) : (speechByNameKind(text) ?? leadlessKind(text))) ??
      speechPronounKind(text) ??
      adoptingKind(text) ??
      (s.lead ? null : speechWordsKind(text)) ??
      meetingPredicateKind(`${s.lead}${s.paragraphs[0] ?? ''}`) ??
      speakerPredicateKind(`${s.lead}${s.paragraphs[0] ?? ''}`, titled) ??
      s.kind;
  });
  // 会议传达学习了…，审议通过了…: the meeting passing a text on and adopting something in one
  // sentence is a decision (adopted-kind.ts).
  for (const s of sections) s.kind = adoptedKind(s);
  // 会议传达学习了…，审议并原则通过了… / 会议首先听取和审议…，随后…选举产生了… / 会议听取了…汇报并肯定了
  // …: a weaker lead's section whose meeting goes on in that sentence to decide, or to judge after
  // hearing, takes the stronger kind (meeting-predicate.ts).
  for (const s of sections) {
    if ((s.kind === 'directive' || s.kind === 'topic') && !s.items.length) s.kind = meetingKindAfterLead(s.kind, `${s.lead}${s.paragraphs[0] ?? ''}`);
  }
  // 報告事項 / 討論事項 then 一、…。 / 一、…，請議決案。: a record's numbered items are its agenda.
  markRecordItems(sections);
  return sections.filter((s) => s.paragraphs.length || s.items.length || s.lead || s.heading);

  // 1.会议传达学习了… after the opening, not a point of a list announced before it (…要求： / an
  // action list's numbered points): an item of business read by its own lead, as a 纪要's 一、 items.
  function meetingItem(p: string, index: number, last: DraftSection | undefined): RegExpExecArray | null {
    const m = index > openingAt ? MEETING_ITEM.exec(p) : null;
    if (!m || /[：:]$/u.test(paragraphs[index - 1] ?? '') || (last && last.items.length > 0)) return null;
    return leadAt(p.slice(m[0].length), 0, 'paragraph', names) ? m : null;
  }

  function recogniseOne(p: string, index: number): void {
    const last = sections[sections.length - 1];
    const next = paragraphs[index + 1] ?? '';
    // （三） or 三、 alone on its line numbers the item below it: no section of its own (bench/KEYING.md
    // counts the item, not its number); it stays with the text before it.
    if (BARE_NUMBER.test(p)) {
      if (last) last.paragraphs.push(p);
      return;
    }
    // 五、主席： / 七、司儀：某某 / 七、散會 in a record: a numbered field of the form (who chaired,
    // who kept the minutes, the adjourning), not business; it stays with the text before it.
    if (FORM_FIELD.test(p)) {
      if (last) last.paragraphs.push(p);
      else sections.push(section('text', '', [p]));
      return;
    }
    // 本次会议共分为四项议程： on a line of its own, the steps below: the agenda announced is what
    // was on it (bench/KEYING.md 12), a topic.
    if (AGENDA_COUNT_LINE.test(p)) {
      sections.push(section('topic', '', [p]));
      return;
    }
    if (AGENDA_LINE.test(p) || MOTION.test(p)) {
      sections.push(section('topic', '', [], { heading: p }));
      return;
    }
    // A headline, kicker or subtitle above the paragraph that convenes the meeting (传达学习…精神 安排
    // 部署…工作 / 決定于5月28日召開… / 赵某主持并讲话 钱某出席): a line with no sentence mark there is the
    // page's preamble, not an item of business, even when it opens with a lead verb. The meeting's
    // business is told after it convenes; the opening then joins this preamble (below). A record's
    // part named above its numbered items (報告事項 then 一、…) is read above, as an agenda line.
    if (index < openingAt && headlineAbove(p) && !TOPIC_HEADING.test(next) && (!last || isPlain(last))) {
      if (last) last.paragraphs.push(p);
      else sections.push(section('text', '', [p]));
      return;
    }
    if (index > openingAt && HEADLINE.test(p) && /[。！？]/u.test(next) && next.length > p.length && !TOPIC_HEADING.test(p) && !leadAt(p, 0, 'paragraph', names)) {
      headline = p;
      return;
    }
    // An item of a bulletin with no lead of its own: its first clause (date, who, what) leads it,
    // as the opening of every item is keyed (bench/KEYING.md 10), the first item's too.
    if (bulletin && ITEM_DATE.test(p)) {
      const found = paragraphSections(p, names, last, false);
      const first = found[0];
      if (first && first.kind === 'text' && !first.lead && first.paragraphs.length === 1) {
        const body = first.paragraphs[0]!;
        const end = body.search(/[。！？]/u);
        const sentence = end < 0 ? body : body.slice(0, end);
        const comma = sentence.slice(ITEM_DATE.exec(sentence)?.[0].length ?? 0).search(/[，,；;]/u);
        const lead = comma < 0 ? sentence : sentence.slice(0, (ITEM_DATE.exec(sentence)?.[0].length ?? 0) + comma);
        found[0] = {
          ...first,
          lead,
          paragraphs: [
            body
              .slice(lead.length)
              .replace(/^[，,；;。]/u, '')
              .trim(),
          ].filter(Boolean),
        };
      }
      sections.push(...found);
      return;
    }
    // 现纪要如下： then 一、会议审议通过了…。会议要求…: the 纪要's numbered items are its items of
    // business, each read by its own leads (bench/KEYING.md 2), not points of one list; the item's
    // number stays with its first words, as the 纪要 prints them.
    // Not once a later paragraph announces a list of its own (会议议定了如下事项：): its points are
    // that list's. A line with no sentence mark before the end of the text is a heading (一、传达…).
    const minutesItem = minutesFrom >= 0 && index > minutesFrom && !paragraphs.slice(minutesFrom + 1, index).some((x) => /[：:]$/u.test(x)) ? MINUTES_ITEM.exec(p) : null;
    const item = minutesItem ?? meetingItem(p, index, last);
    // Before the heading test: 七、会议研究确定了… cut off before its stop is an item, not a heading.
    const sentence = /[。！？；]/u.test(p) || index === paragraphs.length - 1;
    if (item && sentence && p.length > item[0].length && (!TOPIC_HEADING.test(p) || leadAt(p.slice(item[0].length), 0, 'paragraph', names))) {
      const found = paragraphSections(p.slice(item[0].length), names, last, false);
      const first = found[0];
      if (first) {
        if (first.lead) first.lead = item[0] + first.lead;
        else if (first.paragraphs.length) first.paragraphs[0] = item[0] + first.paragraphs[0]!;
      }
      sections.push(...found);
      return;
    }
    // 報告事項 / 讨论事项 on a line of its own before numbered items: a part of the record.
    const part = p.length <= 8 && /^\p{Script=Han}{2,8}$/u.test(p) && TOPIC_HEADING.test(paragraphs[index + 1] ?? '');
    if ((TOPIC_HEADING.test(p) && p.length <= 60) || part || (UNIT_REPORT.test(p) && p.length <= 120)) {
      // 八、秘書報告出缺席人數：（另載）: a record's part is named before its colon; an editor's note in
      // brackets after it is the part's text, not its name (参、临时动议：无 keeps its answer).
      const note = UNIT_REPORT.test(p) ? null : /^(.+?)[：:]\s*([（(][^）)]{1,12}[）)])$/u.exec(p);
      sections.push(note ? section('topic', '', [note[2]!], { heading: note[1]!.trim() }) : section('topic', '', [], { heading: p }));
      return;
    }
    // 1.审议《关于…的请示》 on its own line, then 会议议定：…: a numbered line that ends without a
    // sentence mark and is followed by the meeting's own lead is an agenda heading (the 纪要's
    // item), not an item of the previous list.
    if (NUMBERED_HEADING.test(p) && p.length <= 90 && /^(会议|會議)/u.test(paragraphs[index + 1] ?? '')) {
      sections.push(section('topic', '', [], { heading: p }));
      return;
    }
    if (ITEM_PARAGRAPH.test(p) && last && (continuesList(last) || opensPoints(last, p))) {
      const run = findItems(p);
      const text = run && run.start === 0 && run.items.length === 1 ? run.items[0]!.text : p.replace(ITEM_PARAGRAPH, '');
      // 二、…下列事項請相關單位辦理： then （一）…（二）…: points numbered one level down under an item
      // that announces them are that item's own, not items of the list (一、 → （一） → 1. → （1）).
      const style = markerStyle(p);
      const top = listStyles.get(last);
      const prev = last.items[last.items.length - 1];
      if (prev && top && style !== top && (subPoints.has(prev) || /[：:]$/u.test(prev.text.trim()))) {
        subPoints.add(prev);
        prev.text += p;
        return;
      }
      if (!top) listStyles.set(last, style);
      // 会议主要内容： with the agenda's points on lines below: what was on the agenda, a topic
      // (bench/KEYING.md 12), as when the points run on in the announcing paragraph (fromSegment).
      const agenda = !last.lead && (!last.items.length || last.kind === 'topic') && agendaNamed(last.paragraphs[last.paragraphs.length - 1] ?? '');
      last.kind = agenda ? 'topic' : 'action-list';
      last.actionStyle = 'numbered';
      // 一是要…。二是要…。三是要… in one paragraph after the lead: each point is an item, as on
      // lines of their own.
      const points = run && run.start === 0 && run.items.length > 1 ? run.items.map((it) => it.text) : [text];
      last.items.push(...points.map(ownerAndDue));
      return;
    }
    // A lead standing alone on its line (会议指出 / 会议要求 as a subheading) opens the paragraph
    // after it: the section takes that paragraph as its text.
    if (last && last.lead && !last.paragraphs.length && !last.items.length && !last.heading && last.kind !== 'text' && !leadAt(p, 0, 'paragraph', names)) {
      sections.pop();
      sections.push(...paragraphSections(`${last.lead}，${p}`, names, sections[sections.length - 1], false));
      return;
    }
    // 街道党工委书记X出席会议并作讲话。他强调，… on the line right after the opening, before any
    // business: the attendance sentence is still the opening's account, so the pronoun sentence
    // starts the speech's section (bench/KEYING.md 12), as in the opening paragraph itself.
    const afterOpening = index > openingAt && sections.length === 1 && !!last && last.kind === 'text' && !last.lead && !last.heading && !last.items.length;
    const spoke = afterOpening && !leadAt(p, 0, 'paragraph', names)?.text ? chairPronounLead(p) : null;
    if (spoke && last) {
      last.paragraphs.push(p.slice(0, spoke.pos).trim());
      sections.push(...paragraphSections(p.slice(spoke.pos).trim(), names, last, false));
      return;
    }
    const found = paragraphSections(p, names, last, index === openingAt);
    // Lines above the opening with no lead of their own (a sub-headline 郑某某主持, an editor's
    // note, a slug the cleanup left) are the preamble: one text block with the opening, not
    // sections of the report.
    const plain = found.length > 0 && found.every((f) => f.kind === 'text' && !f.lead && !f.items.length && !f.heading);
    // Only a line that reads as no sentence: the opening may be found too late (a report whose
    // first paragraph neither convenes nor chairs), and its prose above it stays its own.
    const preamble = !!last && index <= openingAt && last.kind === 'text' && !last.lead && !last.items.length && !last.heading && sections.length === 1 && last.paragraphs.every(headlineAbove);
    if (plain && preamble) {
      last.paragraphs.push(...found.flatMap((f) => f.paragraphs));
      return;
    }
    // 为深入学习…，某街道推选出… / X带队赴某地参加…会议，… / a page stamp, then 4月19日下午，…会议在某地
    // 举行。: prose above the paragraph that convenes the meeting on its day, before any business, is
    // that opening's preamble, not an item of it (13 of the 14 TRAIN reports so keyed), unless
    // the prose convenes a meeting in a sentence of its own (4月29日至30日，…会议在某市召開；… then
    // 29日上午，…: a later day's sitting is an item of the first).
    if (sections.length > 0 && sections.every(isPlain) && convenesOnDate(p, true) && !sections.some((s) => s.paragraphs.some(convenesInSentence))) {
      const opening = sections[0]!;
      opening.paragraphs.push(...sections.slice(1).flatMap((s) => s.paragraphs));
      sections.length = 1;
      const head = found[0];
      if (head && isPlain(head)) {
        opening.paragraphs.push(...head.paragraphs);
        sections.push(...found.slice(1));
      } else sections.push(...found);
      return;
    }
    // The opening's own words before its first lead join the preamble above it the same way.
    const first = found[0];
    if (preamble && found.length > 1 && first && first.kind === 'text' && !first.lead && !first.items.length && !first.heading) {
      last.paragraphs.push(...first.paragraphs);
      sections.push(...found.slice(1));
      return;
    }
    // Under a record's heading (壹、主席報告 / 一、…工作), paragraphs with no lead of their own are
    // what the heading reports: its body, not sections of their own. A lead ends the run.
    // A numbered line (1.總務處：…) is a part's own report under the heading, not its body.
    const underHeading = !!last && last.heading !== '' && !last.lead && (last.kind === 'topic' || (last.kind === 'action-list' && last.actionStyle === 'inline' && !last.paragraphs.length));
    if (last && underHeading && !LABELLED_POINT.test(p) && found.every((f) => f.kind === 'text' && !f.lead && !f.items.length)) {
      // 各科重大事項提報, then one task a line (…請三科儘速修改陳報。): the part's action list.
      if (TASK_LINE.test(p) && !last.paragraphs.length) {
        last.kind = 'action-list';
        last.items.push(ownerAndDue(p));
      } else if (!last.items.length) last.paragraphs.push(...found.flatMap((f) => f.paragraphs));
      else sections.push(...found);
      return;
    }
    // A paragraph with no lead after the opening joins the section before it (bench/KEYING.md 10:
    // only a lead opens a section): who attended, a bulleted line of a record's part, the speech
    // going on (在…方面，要…), and background, purpose or quorum (据悉…, 这次会议的主要任务是…). It
    // opens an `other` section of its own only when it tells of someone doing the meeting's
    // business (随后，X介绍了… / X代表…作报告 / 会上，…): leadless.ts reads which. Keys up to
    // heldout-16 kept every such paragraph as a section; keys from heldout-21 on merge them.
    if (
      plain &&
      last &&
      index > openingAt &&
      (((last.lead !== '' || last.heading !== '' || sections.length > 1) && (BULLET.test(p) || CONTINUES.test(p) || SPEECH_GOES_ON.test(p))) ||
        // Who attended, on its own line after the opening, is the opening's account too; but a line
        // that says who CHAIRED or SPOKE (副市长X主持会议，Y出席。 / 会议由X主持。 / X出席并讲话。) is an
        // `other` section of its own (bench/KEYING.md 19-21, 30; acting-attendee.ts).
        (((attendanceOnly(p) && !actsWhileAttending(p)) || isRollCall(p)) && !CONVENES.test(p)) ||
        // Background, purpose, quorum, what comes next: no one does business in it (leadless.ts).
        (!leadlessOpens(p, paragraphs[index - 1] ?? '') && !namedActor(p, named)) ||
        // 5月3日，X召开…会议 after a preamble, no business yet: the opening found one line late.
        (sections.length === 1 && isPlain(last) && convenesOnDate(p)))
    ) {
      last.paragraphs.push(...found.flatMap((f) => f.paragraphs));
      return;
    }
    sections.push(...found);
  }
}

/** 他/她 opening a lead: the speaker of the sentence before goes on. */
const PRONOUN_FIRST = /^(?:他|她)/u;
/** One sentence in which a person (no clause before, a step word aside) makes a speech or gives a
 * directive: …作总结讲话。 / …作会议小结讲话。 / …致辞。 / …做了具体指示。 */
const SPEECH_FIRST = /^(?:(?:最后|最後|随后|隨後|接着|接著|然后|然後)[，,])?[^。！？；;，,]{2,50}?(?:作|做|发表|發表)(?:了)?[^。！？；;，,]{0,16}?(?:讲话|講話|致辞|致辭|致词|致詞|指示)。$/u;

/**
 * A line that reads as no sentence: no sentence mark, and as short as a headline in two parts
 * (主题 + 副题 on one line) runs, and not numbered. Above the opening such a line is the page's
 * preamble. Exported for its unit test.
 */
export function headlineAbove(p: string): boolean {
  return [...p].length <= PREAMBLE_LINE && !/[。！？；]/u.test(p) && !NUMBERED_LINE.test(p);
}
/** 壹、主席報告 / 一、… / （二）… / 1.…: a record's numbered part above its minutes, not a headline. */
const NUMBERED_LINE = /^\s*(?:[壹貳贰參叁肆伍陸陆柒捌玖拾一二三四五六七八九十]{1,3}[、.．]|[（(][^）)]{1,3}[）)]|\d{1,2}[、.．])/u;
const PREAMBLE_LINE = 60;

/**
 * One sentence in which someone (not the meeting) welcomes, thanks or greets those present:
 * X代表…对…的到来表示欢迎。 / X对…表示衷心感谢，并介绍了…。 The subject may follow a context clause.
 */
const WELCOMED =
  /^(?!(?:会议|會議|大会|大會))[^。！？；;]{2,70}?(?:对|對|向)[^。！？；;]{1,80}?表示(?:了)?(?:热烈|熱烈|衷心|诚挚|誠摯|由衷|崇高)?(?:的)?(?:欢迎|歡迎|感谢|感謝|祝贺|祝賀|慰问|慰問|敬意|谢意|謝意)[^。！？]*[。！]$/u;

/** A text block with no lead, heading or items: the opening, or prose that carries another on. */
function isPlain(s: DraftSection): boolean {
  return s.kind === 'text' && !s.lead && !s.heading && !s.items.length;
}

/** A paragraph with a sentence that convenes a meeting (not a headline line with no sentence mark). */
function convenesInSentence(p: string): boolean {
  return CONVENES.test(p) && /[。！？；]/u.test(p);
}

/** How a numbered paragraph numbers itself: 一、 / （一） / 1. / 一是 / 第一， / ①. */
function markerStyle(p: string): string {
  if (/^[（(]/u.test(p)) return /^[（(]\d/u.test(p) ? 'paren-digit' : 'paren';
  if (/^\d/u.test(p)) return 'digit';
  if (/^[一二三四五六七八九十]{1,3}、/u.test(p)) return 'han';
  if (/^第/u.test(p)) return 'ordinal';
  if (/^[一二三四五六七八九十]{1,3}(?:是|要)/u.test(p)) return 'shi';
  return 'circled';
}

/**
 * 会议强调，要抓好落实。 then 一要…。 二要…。 on lines of their own: a first point right after a led
 * section of a speaker's kind starts that section's numbered points (bench/KEYING.md 2: numbered
 * points inside one lead stay one section, an action list).
 */
const FIRST_POINT = /^(?:[（(](?:一|1)[）)]|一、|1[.．、](?!\d)|一(?:是|要)|第一[，,、：:]|\u2460)/u;
function opensPoints(s: DraftSection, p: string): boolean {
  return s.lead !== '' && !s.items.length && SPEECH_KINDS.has(s.kind) && FIRST_POINT.test(p);
}

/** 意见建议 / 意见和建议: views and suggestions offered, not asked for. */
const OFFERED = /(?:意见|意見)(?:和|与|與|及|、)?(?:建议|建議)/u;

/** A list goes on when the section already holds items or its text ends by announcing them (：). */
function continuesList(s: DraftSection): boolean {
  if (s.items.length) return true;
  const tail = s.paragraphs[s.paragraphs.length - 1] ?? '';
  // …提出要求。 with the points below: the lead's own sentence ended and left no text of its own.
  const bare = s.paragraphs.every((p) => /^[。.]?$/u.test(p.trim()));
  return /[：:]$/u.test(tail) || (bare && s.lead !== '');
}

/**
 * A paragraph's leads split it into sections, with three exceptions that keep one item of
 * business together: a short clause before the first lead is part of it (在听取发言后，X指出 /
 * 针对议题，X指出); a repeat of the same decision verb in a series (审议通过…；审议通过…) stays in
 * the first one's text; and in the report's opening paragraph (who met, when) no lead splits
 * before the chair or attendance clause that closes it.
 */
function paragraphSections(p: string, names: readonly string[], previous: DraftSection | undefined, opening: boolean, agenda = false): DraftSection[] {
  // 会议由X主持，听取了…，审议了…: the chair clause is the opening's account and the agenda after
  // its comma is an item of its own (bench/KEYING.md 8).
  // 會議議程有七項：A；B；…；G。: the agenda announced with its count and listed by ； is what was
  // on it, one topic (bench/KEYING.md 12), when the list has exactly the parts announced.
  // The sentences after the list go on as any paragraph's (…。江书记强调，…).
  const listed = opening ? null : agendaListed(p);
  if (listed) {
    const rest = p.slice(listed.end).trim();
    const agendaTopic = section('topic', '', [p.slice(0, listed.end).trim()], { items: listed.parts.map(ownerAndDue) });
    return rest ? [agendaTopic, ...paragraphSections(rest, names, agendaTopic, false)] : [agendaTopic];
  }
  const chaired = agenda ? -1 : chairThenAgenda(p, opening, names);
  if (chaired > 0) {
    const head = p.slice(0, chaired).trim();
    const out: DraftSection[] = [];
    if (!opening && previous && previous.kind === 'text' && !previous.lead) previous.paragraphs.push(head);
    else out.push(section('text', '', [head]));
    return [...out, ...paragraphSections(p.slice(chaired).trim(), names, undefined, false, true)];
  }
  const found: { pos: number; lead: Lead; place: LeadPlace }[] = [];
  let after = 0;
  for (const { pos, place } of leadPositions(p)) {
    if (pos < after) continue;
    const lead = leadAt(p, pos, place, names);
    // 回顾 / 分享 / 交流 are acts with no lead of their own (KEYING 18, 21): a pronoun lead after one
    // (甲首先回顾了…。他说，…) is the speaker's point, as after a sentence with no lead.
    if (!lead || (lead.onlyFirst && found.some((f) => !(f.lead.kind === 'text' && ACT_ONLY.test(f.lead.text))))) continue;
    found.push({ pos, lead, place });
    after = lead.bodyStart;
  }
  // 会上，A介绍了…。B宣读了…。会后，…: each sentence that opens with someone presenting, a step or
  // the occasion again is its own `other` section, also after a 会上 account (bench/KEYING.md 15:
  // unit reports in a row, one sentence each; 16: step words; 19: a named speaker after an
  // account). Only a ；-rundown under 会上 is one account (rule 2), and that is one sentence.
  // 会议指出，…代表大会…。大会听取了… : inside the meeting's own judgement, what the event, text or
  // leader it studied did is the judgement's matter, not the meeting's next item (studied-matter.ts).
  // 甲要求，…。一要…。强调…。二要…: a lead standing between two numbered points of one run is part
  // of the point it stands in (bench/KEYING.md 17: a named lead inside a numbered point stays inside
  // the list), not a new item; the meeting named again (会议…) still is one.
  dropInsidePoints(p, found);
  dropStudiedMatter(found);
  dropPointedSitting(found);
  // The opening runs until its last chair or attendance clause: a speaker quoted before it
  // (…会议召开。县长X强调，…。副县长Y主持会议，…参加。) is still the opening.
  // An occasion opening a sentence (。會議中何區長感謝…, 。会上，…) starts the meeting's business: an
  // attendance verb after it is part of that business (邀請…列席), not who met.
  const business = found.find((f) => f.place === 'sentence' && OCCASION.test(f.lead.text))?.pos ?? p.length;
  const header = opening ? attendanceEnd(p.slice(0, business)) : -1;
  // Except the meeting's own business in a sentence of its own (…会议召开。会议传达学习了…。X主持。):
  // that is an item of the 纪要 wherever the chair clause stands (bench/KEYING.md 2).
  // A speaker's own sentence that ends by saying who else attended (…X传达了…，各单位负责人参加了会议。)
  // is the speaker's business too: only the sentences before the attendance sentence are the opening's.
  // A person presenting to the meeting in a sentence of their own (X作工作报告。/ X宣读了…。) is the
  // meeting's business too, even when the chair clause comes after it (bench/KEYING.md 9 and 13).
  if (opening)
    while (
      found.length &&
      found[0]!.pos > 0 &&
      found[0]!.pos < header &&
      !ownBusiness(found[0]!) &&
      !speakerThenAttendance(p, found[0]!, header) &&
      !presents(p, found[0]!) &&
      !saidOnAttending(found[0]!)
    )
      found.shift();
  const leads = clauseLeads(p, found, header, opening);
  const out: DraftSection[] = [];
  let firstPos = leads[0]?.pos ?? p.length;
  const head0 = p.slice(0, firstPos);
  // (Not a clause convening the meeting: that is the opening's, the speaker after it the section's.)
  if (leads[0] && firstPos > 0 && head0.length <= 20 && /[，,]\s*$/u.test(head0) && !/[。！？；;]/u.test(head0) && !(opening && CONVENES.test(head0))) {
    leads[0] = { pos: 0, lead: { ...leads[0].lead, text: head0.trim() + leads[0].lead.text } };
    firstPos = 0;
  }
  // “…。”代表丙说… / 「…，…」縣長某某表示…: the lead read after the quotation the paragraph opens
  // with starts at the quotation mark (bench/KEYING.md 19, quoted-first.ts).
  const quoted = quotedLength(p);
  if (leads[0] && quoted && firstPos === quoted) {
    leads[0] = { pos: 0, lead: { ...leads[0].lead, text: p.slice(0, quoted).trim() + leads[0].lead.text } };
    firstPos = 0;
  }
  // 最后，X作总结讲话。他回顾… / X作会议小结讲话。他对…强调： / X对…工作做了具体指示。他指出…: a
  // person's speech announced in the paragraph's first sentence, then going on with 他/她, is one
  // section keyed by the paragraph's opening words, of the pronoun verb's kind (bench/KEYING.md 9
  // and 15; the shapes leads.ts and addresses.ts leave plain: a step word first, the speech named
  // with words of its own before 讲话, a directive given).
  if (leads[0] && firstPos > 0 && leads.length === 1 && PRONOUN_FIRST.test(leads[0].lead.text) && SPEECH_FIRST.test(p.slice(0, firstPos).trim())) {
    leads[0] = { pos: 0, lead: { ...leads[0].lead, text: '', bodyStart: 0 } };
    firstPos = 0;
  }
  // X代表…对…的到来表示欢迎。他指出，… / X对…表示感谢。他说…: a person's welcome or thanks is already
  // their speech, X表示 a lead of its own (bench/KEYING.md 9: X表示 → directive); the pronoun
  // sentences after it carry that speech on, one section keyed by the paragraph's opening words.
  // KEYING 33: 甲代表…向…致以衷心感谢。他指出，… / 乙欢迎…到访。乙表示，…: any titled speaker's thanks,
  // welcome or congratulations (no 表示 needed, KEYING 32) is a lead, and the same speaker's next lead
  // (by 他/她 or by name) carries it on, one `directive` section (addresses.ts).
  if (leads[0] && firstPos > 0 && ((PRONOUN_FIRST.test(leads[0].lead.text) && WELCOMED.test(p.slice(0, firstPos).trim())) || thanksGoesOn(p.slice(0, firstPos).trim(), leads[0].lead.text, names))) {
    leads[0] = { pos: 0, lead: { ...leads[0].lead, text: '', bodyStart: 0, kind: 'directive' } };
    firstPos = 0;
  }
  if (firstPos > 0) {
    const head = p.slice(0, firstPos).trim();
    if (previous && CONTINUES.test(head) && SPEECH_KINDS.has(previous.kind) && !previous.heading) previous.paragraphs.push(head);
    // …出席會議。 會議聽取…: who attended, said before the business in the paragraph after the
    // opening, is still the opening's account, not a section of its own. Who chaired or spoke there
    // (X主持会议并讲话。市长Y传达了…) is: an `other` section before the lead's (acting-attendee.ts).
    else if (previous && previous.kind === 'text' && !previous.lead && firstPos < p.length && attendanceOnly(head) && (opening || !actsWhileAttending(head))) previous.paragraphs.push(head);
    // The agenda after a chair clause (共四项议程。一是…二是…) is what was on it, one topic: its
    // numbered points are items of business, not tasks.
    else if (agenda) out.push(section('topic', '', [head]));
    else {
      const segment = fromSegment(head, null, firstPos === p.length);
      // 县长X主持会议并讲话。他强调，…: the chair (or a leader who attended and spoke) going on with a
      // pronoun lead makes the paragraph a section of that kind, keyed by its opening words
      // (bench/KEYING.md 2), in the opening paragraph too.
      const chairSpoke = firstPos === p.length && segment.length === 1 && segment[0]!.kind === 'text' ? chairSpeechKind(p) : null;
      // In the opening, after the chair's own full sentence (X主持会议并讲话。他强调…), the opening is
      // no section for the speech to continue: the pronoun sentence starts one (bench/KEYING.md 12).
      const own = chairSpoke && opening ? chairPronounLead(p) : null;
      if (own) return [section('text', '', [p.slice(0, own.pos).trim()]), ...fromSegment(p.slice(own.lead.bodyStart).trim(), own.lead)];
      out.push(...(chairSpoke ? [{ ...segment[0]!, kind: chairSpoke }] : segment));
    }
  }
  const kept: typeof leads = [];
  for (const l of leads) {
    const prev = kept[kept.length - 1];
    // 审议通过…；审议通过…: a series. After a full stop the meeting named again (。会议研究了…，决定…)
    // is its next item, not the series going on.
    const restated = MEETING_LEAD.test(l.lead.text) && /[。！？]/u.test(charBefore(p, l.pos));
    if (prev && !restated && (repeatsDecision(prev.lead, l.lead) || decisionSeries(p, prev, l))) continue;
    kept.push(l);
  }
  kept.forEach(({ lead }, i) => {
    const end = kept[i + 1]?.pos ?? p.length;
    const body = p.slice(lead.bodyStart, end).trim();
    // 会上，X作了讲话。他指出…: a speech announced with no verb of its own takes the first verb
    // inside it (bench/KEYING.md 9), the speaker's pronoun sentences being part of it.
    const spoken = lead.kind === 'text' ? speechKind(p.slice(kept[i]!.pos, end), body) : null;
    out.push(...fromSegment(body, spoken ? { ...lead, kind: spoken } : lead));
  });
  return out;
}

/**
 * Where the opening's last chair or attendance clause is: 主持/出席/列席/参加 used of the meeting
 * (主持召开, 出席会议, 列席。, 参加了会议, 出席并讲话), not inside a document's title (《关于职工参加
 * 工伤保险的请示》) or with another object (职工参加工伤保险), where it says nothing of who met.
 */
// 参加了此次会议: the meeting may be pointed at (此次/本次) as well.
// 主持第一次全体会议 / 出席了大会 / 列席大会的还有…: the meeting may be named by which of its sittings
// (a short name ending in 会议 or 大会, closed by a mark), or be the object of 列席…的还有.
const ATTENDANCE =
  /(?:主持|出席|列席|参加|參加)(?=了?(?:(?:此次|本次|这次|這次)?(?:会议|會議)|召开|召開|并|並|[，。；,;！、]|$|[^，。；,;！？、《》]{0,10}?(?:会议|會議|大会|大會)(?:[，。；,;！并並]|$|的(?:还|還)?有)))/gu;
function attendanceEnd(p: string): number {
  const masked = p.includes('《') ? p.replace(/《[^》]*》/gu, (t) => '　'.repeat(t.length)) : p;
  return Math.max(...[...masked.matchAll(ATTENDANCE)].map((m) => m.index), -1);
}

/**
 * 会议由X主持，/ X主持会议，then the agenda (听取了…, 审议了…, 共四项议程): where the agenda starts, or -1.
 * At the paragraph's start, or anywhere in the opening paragraph; never when the clause after the
 * comma says who attended (会议由X主持，各单位负责人参加) or goes on with the chair (并讲话, 他传达…).
 */
// …张某主持，会议审议通过了…: the meeting may be named again before its agenda.
const AGENDA_START =
  /^(?:会议|會議)?(?:先后|先後|首先|依次|集中|共|还|還)?(?:听取|聽取|审议|審議|研究|讨论|討論|学习|學習|传达|傳達|通报|通報|审定|審定)|^(?:会议|會議)?(?:共|共有)?[一二三四五六七八九十两兩\d]+[项項个個](?:议程|議程|议题|議題|事项|事項)/u;
const ATTENDED = /参加|參加|出席|列席|与会|與會|参会|參會/u;

function chairThenAgenda(p: string, opening: boolean, names: readonly string[]): number {
  // Looked for at each 主持 only: a pattern scanning the whole paragraph cost more than the rest.
  for (let at = p.indexOf('主持'); at >= 0; at = p.indexOf('主持', at + 2)) {
    let start = at;
    while (start > 0 && !/[，。；,;：:]/u.test(p[start - 1]!)) start--;
    if (!opening && start !== 0) return -1;
    const tail = CHAIR_TAIL.exec(p.slice(at, at + 16));
    const subject = p.slice(start, at);
    // 会议由X主持， / 由X主持， / X主持会议， (not X主持召开…, which convenes).
    if (!tail || subject.length < 2 || subject.length > 34 || (!tail[1] && !subject.includes('由'))) continue;
    const end = at + tail[0].length;
    const rest = p.slice(end);
    if ((AGENDA_START.test(rest) || reportAfterChair(rest, names)) && !ATTENDED.test(rest.split(/[。！？]/u)[0] ?? '')) return end;
  }
  return -1;
}
// 主持第一次全体会议并讲话，: the meeting may be named by its sitting and the chair may speak too.
const CHAIR_TAIL = /^主持(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体|全體)?(会议|會議)?(?:并|並)?(?:讲话|講話)?[，,]/u;

/**
 * 会议由X主持，理事长Y作年度会务报告，…: a person (not the chair's pronoun) making a report to the
 * meeting right after the chair clause is the agenda's first item, as 听取了…汇报 is (bench/KEYING.md 8).
 */
function reportAfterChair(rest: string, names: readonly string[]): boolean {
  if (/^(?:他|她)/u.test(rest) || !/报告|報告|汇报|匯報|彙報|说明|說明|介绍|介紹|通报|通報|部署/u.test(rest.slice(0, 60))) return false;
  const lead = leadAt(rest, 0, 'sentence', names);
  return !!lead && lead.kind === 'text' && lead.text !== '' && !MEETING_LEAD.test(lead.text) && !RUNDOWN.test(lead.text);
}

const ALSO_PRESENT = /^\s*(?:出席|列席|参加|參加)(?:了)?(?:此次|本次|这次|這次)?[^，。；,;！？]{0,10}?(?:会议|會議|大会|大會)?的(?:还|還)?有/u;
// …出席会议并在主席台（前排）就座 says where they sat, not what they did: still attendance.
const ATTENDED_THEN_BUSINESS = /(?:出席|列席|参加|參加)(?:了)?(?:会议|會議)(?:并|並)(?!(?:(?:作|做|发表|發表)(?:了)?(?:重要)?)?(?:讲话|講話)|致辞|致辭|主持|在主席[台臺])\p{Script=Han}{2}/u;
/**
 * The other sentences of the opening's account: the head count against the quorum (应到…实到… /
 * …出席会议，符合法定人数 / …，符合政协章程规定) and guests who came to watch (…督导组到会指导).
 */
const QUORUM_SENTENCE =
  /^[^。！？]{0,80}?(?:应到|應到|实到|實到)[^。！？]*$|^[^。！？]*(?:出席|列席|参加|參加)[^。！？]{0,20}[，,]\s*符合[^，。；,;！？]{0,12}(?:法定人数|法定人數|规定|規定|人数|人數)$|^[^，。；,;！？]{2,30}(?:到会|到會)(?:指导|指導)?$/u;
/** 也出席了会议，出席会议的还有：…: attendance named, then the list of who else came. */
const ALSO_PRESENT_LIST = /(?:出席|列席|参加|參加)(?:了)?[^，。；,;！？]{0,12}?的(?:还|還)?有[：:]/u;

/** The last character before `pos` that is not a space ('' at the start). */
function charBefore(p: string, pos: number): string {
  let i = pos - 1;
  while (i >= 0 && /\s/u.test(p[i]!)) i--;
  return i >= 0 ? p[i]! : '';
}

/**
 * Every sentence of `text` ends by saying who chaired or attended (…出席會議。藍明霞主持會議。):
 * the attendance verb is in its last clause, so nothing else (…由縣長主持，審議通過…) is said.
 * Exported for its unit test.
 */
export function attendanceOnly(text: string): boolean {
  // Most heads name nobody: one plain test before cutting sentences.
  if (!/主持|出席|列席|参加|參加|应到|應到|实到|實到|就座/u.test(text)) return false;
  // …参加本次会议。（王某 供稿）: a byline in brackets at the end says nothing of the meeting.
  const sentences = text
    .replace(/[（(][^（）()]{1,20}[）)]\s*$/u, '')
    .split(/[。！？]/u)
    .filter((t) => t.trim() !== '');
  const lastClause = (t: string) => t.slice(t.search(/[^，,；;]*$/u));
  // X列席会议并汇报了…: attending, then doing business in the same clause, is the business's
  // account (a section of its own), not the opening's.
  // 列席大会的还有X；Y；Z。 / 参加会议的还有…: the attendance named first, the people listed after it.
  const attended = (t: string) =>
    ALSO_PRESENT.test(t) ||
    attendedSentence(lastClause(t)) ||
    QUORUM_SENTENCE.test(t.trim()) ||
    listedAfterAttending(t) ||
    sittingChaired(t, lastClause(t)) ||
    ROSTRUM.test(t.trim()) ||
    ATTENDED_GATHERING.test(lastClause(t).trim()) ||
    SAT_IN.test(lastClause(t).trim());
  // 州政协主席X主持会议。副州长Y致辞。: a speech only announced, its words given nowhere in the
  // paragraph, is the account of who met and spoke, as 出席会议并讲话 is; not on its own.
  return sentences.length > 0 && sentences.some(attended) && sentences.every((t) => attended(t) || BARE_SPEECH.test(t.trim()));
}

/** …等大会主席团成员在主席台前排就座: who sat on the rostrum, the account of who was present. */
const ROSTRUM = /在主席[台臺][^，。；,;！？]{0,6}就座$/u;
/** 市委书记X作重要讲话 / 副州长Y致辞 / X致欢迎辞: a speech announced with nothing of what was said. */
/**
 * …分别参加讨论 / 参加政协第一讨论组讨论 / 参加学习: taking part in the meeting's discussion or study
 * session is attending it, as 参加会议 is; the sentence ends there, no business after it (issue 11,
 * round 37, import-80a). Not a …会 of another name (出席座谈会, 参加调度会): a later paragraph that
 * goes to another gathering is a step of the visit (bench/KEYING.md 18).
 */
const ATTENDED_GATHERING = /^[^，。；,;！？]{2,80}?(?:出席|列席|参加|參加)(?:了)?[^，。；,;！？、《》并並]{0,12}?(?:讨论|討論|学习|學習|审议|審議)$/u;
/**
 * …列席集会 / 列席学习会 / 列席指导: 列席 (to sit in without a vote) says nothing but who was present,
 * whatever short word names the sitting after it (a spun text's 集会 for 会议, a 学习会), so a
 * sentence ending on it is attendance, as …列席会议 is (issue 11, round 38, import-84b). Not the
 * people or list the meeting dealt with (审议…列席人员名单).
 */
const SAT_IN = /^[^，。；,;！？]{2,80}?列席(?:了)?(?![^，。；,;！？]*(?:人员|人員|名单|名單))[^，。；,;！？、《》并並]{0,8}$/u;
const BARE_SPEECH = /^[^，。；,;！？]{2,40}?(?:(?:作|做|发表|發表)(?:了)?(?:重要)?(?:讲话|講話)|致辞|致辭|致词|致詞|致欢迎辞|致歡迎辭|致欢迎词|致歡迎詞)$/u;

/** The sentence ends saying who chaired or attended, and its last clause does nothing else. */
function attendedSentence(last: string): boolean {
  return attendanceEnd(`${last}。`) >= 0 && !ATTENDED_THEN_BUSINESS.test(last);
}

/** The sentence ends chairing a sitting named by its kind, and no clause before does business. */
function sittingChaired(t: string, last: string): boolean {
  return SITTING_CHAIRED.test(last) && !CLAUSE_BUSINESS.test(t.slice(0, t.length - last.length));
}
/** 作方案汇报 / 致辞 / 主持: a clause before the chair's that does the meeting's business. */
const CLAUSE_BUSINESS = /作|做|汇报|匯報|報告|报告|讲话|講話|发言|發言|介绍|介紹|宣读|宣讀|致辞|致辭|主持|通报|通報/u;
/**
 * 市政协主席X主持闭幕会: the sitting chaired named by a short name of its own kind (…会, not 会议),
 * closing the sentence. Only for a paragraph's own sentences: in the opening's header such a name
 * may be the convened meeting's, read by attendanceEnd. Attending such a sitting (…参加了观摩调度会)
 * is left out: it cost two checks on round 33's blind batches for one on TRAIN.
 */
const SITTING_CHAIRED = /主持(?:了)?[^，。；,;！？、《》]{1,10}?(?:会|會)$/u;

/** X、Y也出席了会议，出席会议的还有：A，B，C: the clause before the list says who attended too. */
function listedAfterAttending(t: string): boolean {
  const m = ALSO_PRESENT_LIST.exec(t);
  if (!m) return false;
  const before = t.slice(0, m.index).replace(/[，,；;\s]+$/u, '');
  return before === '' || attendedSentence(before.slice(before.search(/[^，,；;]*$/u)));
}

/**
 * A lead after a comma or ；does not split its sentence (bench/KEYING.md 2): what comes before it
 * in the sentence is its context (近日外县发生…，县长强调 / 其中县长责成…) or an earlier lead's
 * business. Such a lead instead
 * - opens the sentence, when no lead came before it there (the context joins the section);
 * - gives its kind to a weak lead right before it (会议听取了…汇报，会议指出 / 会上，X传达了), when
 *   that lead's sentence is not a ；-joined rundown of several speakers (会上，A部署；B传达…);
 * - is dropped otherwise, and in the opening's chair/attendance sentence.
 */
/** A lead quoting a person's speech by its occasion: X致辞时指出, X在讲话中强调. */
const SPEECH_OCCASION = /(?:致辞|致辭|致词|致詞|讲话|講話)(?:时|時|中)/u;
/** A lead that demands or judges (强调, 要求, 指出, 提出…要求), not one that passes on or studies (传达, 学习). */
const DEMANDS = /(?:强调|強調|要求|指出)$/u;
/** 按照省委要求 / 根据…要求: a demand the meeting follows, named as its ground, not one it makes. */
const FOLLOWS = /^(?:按照|根据|根據|遵照|依照|依据|依據|落实|落實|贯彻|貫徹|对照|對照)/u;
/** 主持召开 / X与…召开了: a person convenes, so a bare verb after the comma is that person's voice. */
const PERSON_CONVENES = /主持(?:召开|召開)|(?:书记|書記|主任|[县縣区區市镇鎮乡鄉省]长|長|院长|院長|校长|校長)[^，。；,;]{0,30}?(?:召开|召開)/u;
/**
 * The convening sentence's clause after a comma that demands or judges (bench/KEYING.md 17, 19):
 * a named speaker (…会议召开，主席乙在闭幕会上强调…) or the convener's own voice with the subject left
 * out (甲主持召开常务会议，强调…; 会议要求…) is the speech, a section of its own. A body convening
 * (某局召开例会，要求…) asks as the meeting's agenda does and stays in the opening, as study does.
 */
function speaksAfterConvening(before: string, lead: Lead): boolean {
  // After a ；the sentence has moved on from convening (…列席会议；会中各局处说明…，县长要求…).
  if (!DEMANDS.test(lead.text) || /[；;]/u.test(before) || FOLLOWS.test(lead.text)) return false;
  // …主持召开专题会，传达学习了…，对…作出部署，强调…: once the opening has told the meeting's business
  // (study, passing on, deploying), a demand after it closes that account, as the opening's own
  // summary; only a demand right after the convening (and its chair or attendance) is the speech.
  const convened = CONVENES.exec(before);
  if (convened && OPENING_BUSINESS.test(before.slice(convened.index))) return false;
  const bare = DEMANDS.exec(lead.text)!.index === 0 || MEETING_LEAD.test(lead.text);
  return !bare || PERSON_CONVENES.test(before);
}
/** The business an opening tells after convening: study, passing on, deploying, hearing, deliberating
 * (not 研究 + a topic alone: that names the agenda, and the chair's demand after it is the speech). */
const OPENING_BUSINESS = /[，,][^，,]*(?:学习|學習|传达|傳達|部署|听取|聽取|审议|審議|通报|通報)/u;

function clauseLeads(p: string, found: readonly { pos: number; lead: Lead; place: LeadPlace }[], header: number, opening: boolean): { pos: number; lead: Lead }[] {
  const out: { pos: number; lead: Lead }[] = [];
  const sentenceStart = (pos: number) => {
    let i = pos;
    while (i > 0 && !/[。！？]/u.test(p[i - 1]!)) i--;
    while (i < pos && /[”’」』）)\s]/u.test(p[i]!)) i++;
    return i;
  };
  for (const f of found) {
    if (f.place !== 'clause') {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    const start = sentenceStart(f.pos);
    const prev = out[out.length - 1];
    // …X主持会议并讲话，强调，…: the chair's own clause is the opening's, and the speech after its comma
    // has no section to continue, so it starts one (bench/KEYING.md 2 and 12).
    if (opening && header >= 0 && f.pos > header && CHAIR_SPOKE.test(p.slice(header, f.pos)) && STRONG_AFTER.has(f.lead.kind)) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    // …召開縣務會議，由副縣長X主持，X表示，…: once the chair's clause has closed, the chair named
    // again with a verb of saying starts the speech, as after 主持会议并讲话， (KEYING 12): the
    // opening is no section for it to go on.
    if (opening && !f.lead.kindOnly && CHAIR_CLAUSE_CLOSED.test(p.slice(start, f.pos)) && STRONG_AFTER.has(f.lead.kind) && !out.length) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    // 市长X出席会议并强调，… (KEYING 20): a lead joined by 并 to the speaker's own attendance clause
    // is the speech, whatever sentence of the opening it stands in: the opening keeps the words before it.
    if (opening && saidOnAttending(f) && !out.length) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    // 甲主持召开常务会议，强调… / …会议召开，主席乙在闭幕会上要求…: after the convening clause and its
    // chair and attendance, a clause that demands in the convener's or a named speaker's voice is
    // the speech (speaksAfterConvening).
    if (opening && start === 0 && !out.length && f.pos > header && STRONG_AFTER.has(f.lead.kind) && CONVENES.test(p.slice(0, f.pos)) && speaksAfterConvening(p.slice(0, f.pos), f.lead)) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    if (header >= 0 && start <= header) continue;
    // X月X日，县政府召开常务会议，县长A传达了…: the opening's first sentence, convening the meeting,
    // is the opening's account, a speaker after its comma included (the 纪要's first item is the
    // next sentence's lead). Not a later sentence (…将召开临时会…，县长要求…: another meeting).
    // Unless the speaker is quoted from a speech of their own (…召開定期大會，主席X致詞時指出，…): the
    // speech, not the convening, is what the rest of the sentence reports.
    if (opening && start === 0 && CONVENES.test(p.slice(0, f.pos))) {
      if (SPEECH_OCCASION.test(f.lead.text) && STRONG_AFTER.has(f.lead.kind) && !out.length) out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    const sameSentence = !!prev && prev.pos >= start;
    // Only leads after another in their sentence need the sentence itself.
    const sentenceEnd = sameSentence ? p.slice(start).search(/[。！？]/u) : -1;
    const sentence = !sameSentence ? '' : sentenceEnd < 0 ? p.slice(start) : p.slice(start, start + sentenceEnd);
    // 会议听取了X；审议通过A；审议通过B；通过C: three or more ；-joined clauses after the meeting's
    // own lead are one account of what it did (bench/KEYING.md 2, like a 会上 rundown); a decision
    // among them gives a weak opening lead its kind. Two clauses (会议研究了X；讨论通过了Y) stay two
    // items, below.
    if (sameSentence && MEETING_LEAD.test(prev.lead.text) && (sentence.match(/[；;]/gu) ?? []).length >= 2 && /[；;]/u.test(p[f.pos - 1] ?? '')) {
      // A decision among them is the account's outcome, whatever the first lead's kind.
      if (((prev.lead.kind === 'text' || prev.lead.kind === 'topic') && f.lead.kind !== 'text') || f.lead.kind === 'decision') prev.lead = { ...prev.lead, kind: f.lead.kind };
      continue;
    }
    // 会议审议通过了X，会议要求…: the meeting named again after its decision is complete opens an
    // item of its own (bench/KEYING.md 2); a bare 要求 with 会议 left out stays with the decision.
    if (sameSentence && prev.lead.kind === 'decision' && MEETING_LEAD.test(f.lead.text) && STRONG_AFTER.has(f.lead.kind)) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    // After ；a lead opens a new item (…有关事宜；讨论通过了…), unless the sentence is a 会上
    // rundown; a decision after a comma is its own item too (会议研究了X，会议同意…).
    if (f.lead.kindOnly) {
      // 会议研究了X，指出…: a bare verb after a comma gives its kind to the weak lead of its sentence.
      // 会上，X通报了…，要求…: the speaker going on to ask in one sentence gives the occasion its kind
      // (bench/KEYING.md 9); a ；-rundown of several speakers (会上，A部署；B传达…) stays an account.
      // 会上，传达了…: passing news on with no speaker named is the occasion's account itself (`other`);
      // a named speaker passing it on (会上，X传达了…) is read below, as a lead of its own.
      const bareReport = RUNDOWN.test(prev?.lead.text ?? '') && REPORTING.test(f.lead.text.replace(/学习$|學習$/u, ''));
      // 座谈会上，与会人员…展开讨论，并就…提出意见建议: the participants offering views at the occasion
      // is the occasion's account (`other`), not the meeting asking (bench/KEYING.md 9 and 11: 提出
      // without 要求 asks nothing).
      const offered = RUNDOWN.test(prev?.lead.text ?? '') && OFFERED.test(p.slice(f.pos, f.lead.bodyStart + 4));
      if (sameSentence && !bareReport && !offered && (prev.lead.kind === 'text' || prev.lead.kind === 'topic') && (!RUNDOWN.test(prev.lead.text) || !/[；;]/u.test(sentence || sentenceOf(p, start))))
        prev.lead = { ...prev.lead, kind: f.lead.kind };
      continue;
    }
    // A：传达…；B：转达…；C：通报…: speakers passing news on one after another, ；-joined, are one
    // rundown of reports under the first (as a 会上 rundown), not an item each.
    const reports = !!prev && sameSentence && REPORTING.test(prev.lead.text) && REPORTING.test(f.lead.text);
    if (reports) continue;
    const ownItem = (/[；;]/u.test(p[f.pos - 1] ?? '') || f.lead.kind === 'decision') && !(prev && RUNDOWN.test(prev.lead.text));
    if (ownItem) {
      out.push({ pos: f.pos, lead: f.lead });
      continue;
    }
    if (sameSentence) {
      const between = p.slice(prev.lead.bodyStart, f.pos);
      const weak = prev.lead.kind === 'text' || prev.lead.kind === 'topic';
      // 会上，X通报/传达了…: a speaker reporting at the occasion is the 会上 account (`other`, as
      // every batch keys 会上), not a directive of the meeting, unless the speaker goes on to direct
      // in the same sentence (会上，X传达了…，並指出…).
      // Passing a higher level's words on (传达/转达) is a directive all the same (bench/KEYING.md 9:
      // 会上X传达了 → directive); only 通报 is a report.
      const reported = RUNDOWN.test(prev.lead.text) && NOTIFYING.test(f.lead.text) && !/指出|强调|強調|要求/u.test(sentence.slice(f.pos - start));
      if (weak && !reported && f.lead.kind !== 'text' && (between.match(/[，,；;]/gu) ?? []).length <= 1 && !/[；;]/u.test(sentence)) prev.lead = { ...prev.lead, kind: f.lead.kind };
      continue;
    }
    if (start === 0 && f.pos > 0 && out.length === 0) {
      out.push({ pos: 0, lead: { ...f.lead, text: p.slice(0, f.pos).trim() + f.lead.text } });
      continue;
    }
    out.push({ pos: start, lead: { ...f.lead, text: p.slice(start, f.pos).trim() + f.lead.text } });
  }
  return out;
}

/**
 * X出席会议并强调，/ Y参加会议并要求，: the speaker's attendance joined by 并 straight to a strong verb of
 * saying and its comma. Attending is how the person came to speak; what follows is the speech, the
 * meeting's first business (bench/KEYING.md 20: a section of the verb's kind), not the opening's
 * account of who came. 出席并讲话，强调 is CHAIR_SPOKE's; 出席会议并讲话。 alone stays attendance.
 */
const ATTENDED_SAID = /(?:出席|参加|參加)(?:了)?[^，。；,;！？、《》]{0,10}?(?:并|並)(?:强调|強調|要求|指出)$/u;
function saidOnAttending(f: { pos: number; lead: Lead; place: LeadPlace }): boolean {
  return STRONG_AFTER.has(f.lead.kind) && ATTENDED_SAID.test(f.lead.text);
}

/** The sentence of `p` that starts at `start`. */
function sentenceOf(p: string, start: number): string {
  const end = p.slice(start).search(/[。！？]/u);
  return end < 0 ? p.slice(start) : p.slice(start, start + end);
}

/** The meeting doing its business at a sentence start: 会议听取了…, 会议传达学习… (not 会上, an account). */
function speakerThenAttendance(p: string, f: { pos: number; lead: Lead; place: LeadPlace }, header: number): boolean {
  if (f.place !== 'sentence' || !STRONG_AFTER.has(f.lead.kind) || MEETING_LEAD.test(f.lead.text)) return false;
  // The attendance verb ends the speaker's own sentence, after a comma, and nothing convenes there.
  const rest = p.slice(f.pos, header);
  if (CONVENES.test(rest)) return false;
  // Or in a sentence of the speaker's own, followed by one sentence saying who attended (…会议。X在
  // 讲话中要求，…。Y、Z出席会议。 / X传达并提出要求。各部门负责同志参加会议。): no one chairs after
  // the speaker, so the speech is not quoted inside the opening's account but is its first business.
  const stop = rest.search(/[。！？]/u);
  if (stop >= 0) return !/[。！？]/u.test(rest.slice(stop + 1)) && !/主持/u.test(p.slice(f.pos, header + 2));
  return /[，,]/u.test(rest.slice(f.lead.text.length)) && !/主持/u.test(p.slice(header, header + 2));
}

/**
 * X作…工作报告 / X在会上作…的报告 / X宣读了… / X作…说明: what a titled person presents to the meeting
 * (a report, a reading, an explanation, a keynote), named in the sentence the person opens.
 */
const PRESENTED = /^[^。！？；;，,]{0,80}?(?:(?:作|做)(?:了)?[^。！？；;，,]{0,60}?(?:报告|報告|说明|說明|主题发言|主題發言)|宣读|宣讀)/u;
/** An `other` lead at a sentence start whose sentence presents something: a person's report. */
function presents(p: string, f: { pos: number; lead: Lead; place: LeadPlace }): boolean {
  return f.place === 'sentence' && f.lead.kind === 'text' && !MEETING_LEAD.test(f.lead.text) && !OCCASION.test(f.lead.text) && PRESENTED.test(p.slice(f.pos));
}

/** 一是 / 二要 / 第三， opening a sentence, a clause or a list: a numbered point of a speech. */
const POINT_MARK = /(?:^|[。；;：:！？])\s*(?:第)?([一二三四五六七八九])(?:是|要|[，,、](?=\p{Script=Han}))/gu;
const POINT_NUMERALS = '一二三四五六七八九十';
/**
 * Drops the sentence leads of `p` that stand inside a run of numbered points: after point N opened
 * (since the lead before it), with point N+1 the next point after the lead in the same paragraph.
 */
function dropInsidePoints(p: string, found: { pos: number; lead: Lead; place: LeadPlace }[]): void {
  if (!/[一二三四五六七八九](?:是|要)|第[一二三四五六七八九][，,、]/u.test(p)) return;
  const marks = [...p.matchAll(POINT_MARK)].map((m) => ({ at: m.index + m[0].length, n: POINT_NUMERALS.indexOf(m[1]!) }));
  let since = 0;
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f.place === 'clause') continue;
    const before = marks.filter((m) => m.at > since && m.at <= f.pos);
    const last = before[before.length - 1];
    // The next point after the lead goes on from the last before it (a lead that opens a run of
    // its own, 同时，甲强调：一是…, is a new item).
    const next = marks.find((m) => m.at > f.pos);
    const inside = f.place === 'sentence' && !!last && !!next && next.n === last.n + 1 && !MEETING_LEAD.test(f.lead.text);
    if (inside) found.splice(i--, 1);
    else since = f.pos;
  }
}

function ownBusiness(f: { lead: Lead; place: LeadPlace }): boolean {
  return f.place === 'sentence' && MEETING_LEAD.test(f.lead.text) && f.lead.kind !== 'text';
}

/** …，由X主持， right before a lead: the chair's clause of the opening sentence, closed by its comma. */
const CHAIR_CLAUSE_CLOSED = /[，,](?:会议|會議)?由[^，。；,;]{2,24}(?:主持|主持召开|主持召開)[，,]$/u;

/** 主持会议并讲话， / 出席並講話， right before a bare lead verb: the chair spoke, then the speech. */
const CHAIR_SPOKE = /^(?:主持|出席|参加|參加)(?:了)?(?:会议|會議)?(?:并|並)(?:作|做|发表|發表)?(?:重要)?(?:讲话|講話)[，,]$/u;

/** 会议的内容有三项 / 會議議程共四項 / 议题包括两个: the meeting's agenda announced with its count. */
const AGENDA_ANNOUNCED = /^(?:(?:本次|此次|这次|這次)?(?:会议|會議))?(?:的)?(?:主要)?(?:内容|內容|议程|議程|议题|議題)(?:主要)?(?:有|共有|共|包括)[一二三四五六七八九十两兩\d]+[项項个個]/u;

/** 四项 / 6個: a count of agenda items. */
const COUNT = '[一二三四五六七八九十两兩\\d]+[项項个個]';
/**
 * 本次大会主要议程为： / 会议主要内容： / 本次会议共有四项议程， / …，主要任务和议程有六项：: the last clause
 * before a list names the meeting's agenda, with or without its count, so the list is what was on
 * the agenda (bench/KEYING.md 12: a topic with its items), not tasks. Only the announcing clause
 * itself is read: an agenda word inside a longer clause (按照会议议程要求，…) announces nothing.
 */
const AGENDA_NAMED = new RegExp(
  `^(?:(?:本次|此次|这次|這次)?(?:会议|會議|大会|大會))?(?:的)?(?:主要)?(?:(?:任务|任務)(?:和|及))?(?:内容|內容|议程|議程|议题|議題)(?:主要)?(?:有|共有|共|包括|为|為|是)?(?:${COUNT})?$|^(?:(?:本次|此次|这次|這次)?(?:会议|會議|大会|大會))?(?:共有|共|有)${COUNT}(?:议程|議程|议题|議題|内容|內容)$`,
  'u',
);
function agendaNamed(announce: string): boolean {
  const clauses = announce.replace(/[：:，,]\s*$/u, '').split(/[，,]/u);
  return AGENDA_NAMED.test((clauses[clauses.length - 1] ?? '').trim());
}
const AGENDA_COLON = new RegExp(`${AGENDA_ANNOUNCED.source}[^：:。；;]{0,6}[：:]`, 'u');
/**
 * The ；-parts of an agenda announced with its count, when there are as many as announced, and where
 * the list's sentence ends; else null.
 */
function agendaListed(p: string): { parts: string[]; end: number } | null {
  const head = /[：:]/u.test(p.slice(0, 30)) ? AGENDA_COLON.exec(p) : null;
  if (!head) return null;
  const end = p.indexOf('。', head[0].length);
  const parts = p
    .slice(head[0].length, end < 0 ? p.length : end)
    .split(/[；;]/u)
    .map((x) => x.trim())
    .filter(Boolean);
  // NaN when no count is read: no list then.
  const count = parseChineseNumber(/([一二三四五六七八九十两兩\d]+)[项項个個]/u.exec(head[0])?.[1] ?? '');
  return count >= 2 && parts.length === count ? { parts, end: end < 0 ? p.length : end + 1 } : null;
}

/** A lead whose subject is the meeting itself (会议要求, 會議強調, 会议还听取了). */
const MEETING_LEAD = /^(?:会议|會議)/u;
/** Kinds that, with the meeting restated, say something new after a decision. */
const STRONG_AFTER: ReadonlySet<SectionKind> = new Set(['directive', 'requirement', 'action-list']);

/** 审议通过…；审议通过…: the same decision verb again continues one list of decisions. */
function repeatsDecision(prev: Lead, next: Lead): boolean {
  const verb = (l: Lead) => l.text.replace(/了$/u, '');
  return prev.kind === 'decision' && next.kind === 'decision' && verb(prev).endsWith(verb(next));
}

/** A bare adopting or electing clause, its subject left out: 表决通过了…, 决定…, 选举产生…. */
const BARE_ADOPTING = /^(?:还|還|并|並|同时|同時)?(?:审议|審議|讨论|討論|表决|表決|研究|协商|協商)?(?:并|並)?(?:原则|原則)?(?:通过|通過|决定|決定|选举|選舉|同意|批准|确定|確定)/u;
/**
 * 会议以举手表决的方式选举产生了…；表决通过了…: after the meeting's decision, a bare decision clause
 * joined by ； in the same sentence goes on with it, whatever its verb (the keys keep such a sentence
 * one section: 3 of 3 on TRAIN); a subject named again (；会议决定…) or a full stop starts a new item.
 */
function decisionSeries(p: string, prev: { pos: number; lead: Lead }, next: { pos: number; lead: Lead }): boolean {
  if (prev.lead.kind !== 'decision' || next.lead.kind !== 'decision' || !/[；;]/u.test(charBefore(p, next.pos))) return false;
  return !/[。！？]/u.test(p.slice(prev.pos, next.pos)) && BARE_ADOPTING.test(next.lead.text);
}

/** One lead's text becomes a section; numbered items make it an action list. */
function fromSegment(body: string, lead: Lead | null, whole = false): DraftSection[] {
  const kind: SectionKind = lead?.kind ?? 'text';
  const leadText = lead?.text ?? '';
  const run = findItems(body, leadText);
  if (run) {
    const intro = body.slice(0, run.start).trim();
    const items = run.items.map((it) => ownerAndDue(it.text));
    if (!lead) {
      // A list announced mid-paragraph without a lead at its start (…提出了三点要求：一、…): the
      // sentence that announces it opens the action list; what precedes stays text.
      const cut = Math.max(intro.lastIndexOf('。'), intro.lastIndexOf('！'), intro.lastIndexOf('？'));
      const before = cut >= 0 ? intro.slice(0, cut + 1) : '';
      const announce = cut >= 0 ? intro.slice(cut + 1) : intro;
      const verb = introVerb(announce);
      // A whole paragraph with no lead of its own whose speaker announces the points (X在会上作重要
      // 讲话。他指出…。他提出几点要求，一是…) is one action list: the points are its business.
      if (whole && before && /(讲话|講話|发言|發言)/u.test(before.split(/[。！？]/u)[0] ?? '')) return [section('action-list', '', [intro], { items })];
      // 会议的内容有三项：一是…: the agenda announced, then listed, is what was on it (bench/KEYING.md
      // 12): a topic with its items, not tasks.
      if (AGENDA_ANNOUNCED.test(announce) || agendaNamed(announce)) {
        const agenda = section('topic', '', [announce], { items });
        return before ? [section('text', '', [before]), agenda] : [agenda];
      }
      // The announcing sentence is printed after the lead (layout/lead.ts joinLead), so the lead must be
      // its opening words, never the verb alone: 部署 + 局长X安排部署…： would print the verb twice.
      // Where the verb closes the sentence (…，并提出三点要求：) the lead runs to it, as a lead after a
      // context clause does (clauseLeads); otherwise the sentence stays whole as the list's text.
      const at = verb ? announce.indexOf(verb) + verb.length : -1;
      const closes = at > 0 && /^[：:]\s*$/u.test(announce.slice(at));
      const list = closes ? section('action-list', announce.slice(0, at).trim(), [], { items }) : section('action-list', '', announce ? [announce] : [], { items });
      return before ? [section('text', '', [before]), list] : [list];
    }
    return [section('action-list', leadText, intro ? [intro] : [], { items })];
  }
  if (kind === 'action-list') {
    // 责成X做Y: one assignment, X the owner.
    const item = ownerAndDue(body);
    return [section('action-list', leadText, [], { items: [{ ...item, owner: item.owner || ownerAfterCharge(body) }] })];
  }
  return [section(kind, leadText, body ? [body] : [])];
}

function section(kind: SectionKind, lead: string, paragraphs: string[], extra: Partial<DraftSection> = {}): DraftSection {
  return { kind, lead, heading: '', paragraphs, items: [], actionStyle: 'inline', ...extra };
}
