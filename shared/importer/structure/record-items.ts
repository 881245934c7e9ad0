import type { SectionKind } from '../../model';

/**
 * A record's (會議紀錄, 议事录) items of business: under a part named 報告事項 or 討論事項 each numbered
 * item is an item on the agenda, a `topic` (bench/KEYING.md 12: the report items of a 会议纪录; the
 * motions of its 討論事項 likewise, their 決議： lines the decisions), whatever its words. So is a
 * numbered item that puts a motion to the meeting in its own closing words (…，請議決案。 / …，提請討論。
 * / …，請審議。), with or without the part's name above it. Only items left plain: a lead the item's
 * own words carry (一、民政局報告：…, 決議：照案通過) keeps its kind.
 */
const PART = /^(?:[壹貳贰叁參叄肆伍陸陆柒捌玖拾一二三四五六七八九十]{1,2}\s*[、.．]\s*)?(?:报\s*告|報\s*告|讨\s*论|討\s*論)\s*事\s*[项項]\s*[：:]?$/u;
/** 一、 / 1. / （一）: a numbered item. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])/u;
/**
 * 一、 / 1.: an item at the part's own level. Under a numbered part (六、報告事項：) the points one level
 * down, （一）…, are that part's own points (sections.ts), not items of the agenda.
 */
const PART_ITEM = /^\s*(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、](?!\d))/u;
/**
 * The item's closing words put it to the meeting: a motion (請議決案, 提請討論, 請審議, 請公決, 請追認) or
 * a report laid before it (請核備, 請鑒核, 請備查, 請參考, 請查照).
 */
const MOTION_CLOSE = /(?:請|请|提請|提请)(?:議決|议决|審議|审议|討論|讨论|公決|公决|核備|核备|鑒核|鉴核|追認|追认|備查|备查|參考|参考|查照)(?:案)?[。.]?\s*(?:[（(][^）)]{1,12}[）)])?\s*$/u;

interface RecordSection {
  kind: SectionKind;
  readonly lead: string;
  readonly heading: string;
  readonly paragraphs: readonly string[];
  readonly items: readonly unknown[];
}

/** Sets the kind of a record's plain numbered items, in place (see above). */
export function markRecordItems(sections: readonly RecordSection[]): void {
  let inPart = false;
  // The run of plain items at one level the current section belongs to: 二、…。三、…。四、…，請參考。
  // are items of one agenda list, so the one that puts itself to the meeting says it of them all.
  let run: RecordSection[] = [];
  let runStyle = '';
  const closeRun = () => {
    if (run.some((r) => MOTION_CLOSE.test(sentenceOf(r.paragraphs[0] ?? '')))) for (const r of run) r.kind = 'topic';
    run = [];
  };
  for (const s of sections) {
    const first = s.paragraphs[0] ?? '';
    const plain = s.kind === 'text' && !s.lead && !s.heading && !s.items.length && NUMBERED.test(first);
    const style = plain ? markerStyle(first) : '';
    if (!plain || style !== runStyle) closeRun();
    if (plain) {
      run.push(s);
      runStyle = style;
      if (inPart && PART_ITEM.test(first)) s.kind = 'topic';
    }
    // The part goes on over its numbered items and their 決議 lines; prose with no number ends it.
    else if (!s.lead && !NUMBERED.test(first)) inPart = false;
    if (PART.test(s.heading.trim()) || s.paragraphs.some((p) => PART.test(p.trim()))) inPart = true;
  }
  closeRun();
}

/** How an item is numbered: 一、, 1. or （一）. */
function markerStyle(text: string): string {
  const t = text.trimStart();
  if (/^[一二三四五六七八九十]/u.test(t)) return 'han';
  if (/^\d/u.test(t)) return 'digit';
  return 'bracket';
}

/** The first sentence of a paragraph, with its stop. */
function sentenceOf(text: string): string {
  const end = text.search(/[。！？]/u);
  return end < 0 ? text : text.slice(0, end + 1);
}
