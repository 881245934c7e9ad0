import { captionShape } from './caption-shape';
import type { Line } from './lines';
import { isCreditedCaption } from './photo-caption';

/**
 * Captions told by their number on the page: a page that carries photographs puts a caption under
 * each (校办主任甲主持大会 / 乙宣读选举办法; 丙一行在某地调研 / 丙出席座谈会并讲话), short lines with no
 * sentence mark, each naming someone's act, set among the prose. One such line alone may be a
 * crosshead or a lone chair's line the report keeps (KEYING 21); two or more on one page, each
 * standing between lines of prose, are the photographs' captions (KEYING 21: a person and an action
 * standing alone between paragraphs is a caption when the page has photographs). Read by the
 * lines' shape and their number, not by what they say; cleanup/echo-caption.ts reads a single
 * caption the prose tells again.
 */

/** Acts a caption names: chairing, attending, speaking, visiting, discussing, a ceremony. */
const ACT =
  /(?:主持|出席|讲话|講話|致辞|致辭|致詞|发言|發言|调研|調研|座谈|座談|走访|走訪|考察|参观|參觀|视察|視察|参加|參加|宣读|宣讀|传达|傳達|讨论|討論|听取|聽取|合影|签约|簽約|颁奖|頒獎|授牌|看望|慰问|慰問|交流|察看)/u;
/** A numbered heading (一、 / 貳、 / （二） / 3.) or the meeting's own act (会议听取…) is the report's own. */
const OWN_HEADING = /^(?:[一二三四五六七八九十壹貳贰參叁肆伍陸陆柒捌玖拾]+[、．.]|[(（][一二三四五六七八九十\d]+[)）]|\d+\s*[、．.]|会议|會議|大会|大會)/u;
/** An agenda's item opens on the meeting's verb, with no one doing it: 听取…报告 / 审议… . */
const AGENDA_ITEM = /^(?:听取|聽取|审议|審議|研究|讨论|討論|学习|學習|传达|傳達|通过|通過)/u;
/** Marks inside a sentence; a caption has none. */
const INNER_MARK = /[，,；;：:！？!?。、]/u;
/** A line of the report's prose: a finished sentence, or a long run with commas. */
const PROSE = (s: string): boolean => /[。！？]/u.test(s) || (s.length >= 40 && /[，,]/u.test(s));
/** How many caption-shaped lines show that the page carries photographs. */
const RUN = 2;

/** A scene's caption: 会议现场 / 大会现场 / 會場, the picture of the room. */
const SCENE = /(?:现场|現場|会场|會場)$/u;

/** The caption's words without the brackets or arrow a page sets around them, or null when it has no caption's shape. */
function captionCore(text: string): string | null {
  const core = captionShape(text, INNER_MARK, OWN_HEADING);
  if (!core || AGENDA_ITEM.test(core)) return null;
  // 某区召开…会议 names the event: over a page of several stories it is a story's headline.
  if (/召开|召開|举行|舉行/u.test(core)) return null;
  return (core.match(/\p{Script=Han}/gu) ?? []).length >= core.length * 0.8 && ACT.test(core) ? core : null;
}

/**
 * The shorter make-up a caption may have on a page already shown to carry photographs: a name of
 * three characters and the act of speaking, five in all (某某某讲话). Read only beside a caption
 * already taken out: on a page with no picture, such a line may be a crosshead the report keeps.
 * A line closing on a full stop stays the report's own sentence, however short: a report line lost
 * costs more than a caption kept.
 */
function shortCaptionCore(text: string): string | null {
  const s = text.trim();
  return /^\p{Script=Han}{3}(?:讲话|講話|致辞|致辭|发言|發言)$/u.test(s) ? s : null;
}

/**
 * Lines after the report's first paragraph of prose that are captions by their number (see above).
 * Lines before it are left to the headline's reading (captionsAboveLines, read last), but the act
 * captions right above it count toward the number. Each caption stands between prose: the
 * nearest kept line above it and the one below it, past pictures' file names, marks and other
 * captions, are prose. A caption cleanup has already taken out below the page's first line and
 * before the last prose (会议现场 above the first paragraph, a speaker's captioned picture, a
 * credited photo) counts toward the number: it shows the page's photographs as well as a second act
 * line would, and with it a caption may be five characters. Once the number shows the photographs,
 * a line of a caption's make-up among the prose is a caption whatever act it names
 * (looseCaptionCore).
 */
export function captionRunLines(nonEmpty: readonly Line[], removed: ReadonlySet<number>): Line[] {
  const kept = nonEmpty.filter((l) => !removed.has(l.index));
  const first = kept.findIndex((l) => l.text.trim().length >= 40 && PROSE(l.text.trim()));
  if (first < 0) return [];
  // A picture's file name or number, or the caption of the picture beside it (a gallery's captions
  // run one under the other), stands between a caption and the prose.
  const picture = (s: string): boolean => /^\s*(?:\S+\.(?:jpe?g|png|gif|webp)|\d{1,2}|[▲△↑])\s*$/iu.test(s) || captionCore(s) !== null;
  const amongProse = (i: number): boolean => {
    let up = i - 1;
    while (up > first && picture(kept[up]!.text)) up--;
    let down = i + 1;
    while (down < kept.length && picture(kept[down]!.text)) down++;
    const below = kept[down]?.text.trim();
    return up >= first && PROSE(kept[up]!.text.trim()) && below !== undefined && PROSE(below);
  };
  // Captions already taken out, each below the page's first line (the headline's place) and before
  // the last paragraph of prose: a scene's caption above the first paragraph shows a photograph too.
  const start = kept[first]!.index;
  const last = kept.filter((l) => PROSE(l.text.trim())).at(-1)?.index ?? start;
  const shown = nonEmpty.filter((l) => {
    if (!removed.has(l.index) || l.index <= (nonEmpty[0]?.index ?? start) || l.index >= last) return false;
    return takenCaption(l.text);
  }).length;
  const found: Line[] = [];
  const loose: Line[] = [];
  for (let i = first + 1; i < kept.length; i++) {
    const text = kept[i]!.text;
    if (captionCore(text) || (shown > 0 && shortCaptionCore(text))) {
      if (amongProse(i)) found.push(kept[i]!);
    } else if (looseCaptionCore(text) && amongProse(i)) loose.push(kept[i]!);
  }
  // Act captions over the first paragraph, below the page's first line, show the photographs too
  // (captionsAboveLines takes them out once the headline is known).
  const above = actCaptionsAbove(kept, first).length;
  if (found.length + shown + above < RUN) return [];
  // The page is shown to carry photographs: a line of a caption's make-up among the prose is one
  // more caption whatever act it names (某某向参会人员介绍…概况, 院长某某作《…报告》).
  return [...found, ...loose].sort((a, b) => a.index - b.index);
}

/**
 * A caption's make-up without the act word: a short line that is no sentence (no comma, colon or
 * full stop; a title's 、 and a report's 《》 may stand in it), nearly all Han, not the report's own
 * heading, agenda item or a story's headline. Read only on a page already shown to carry
 * photographs by captionRunLines' number: alone, such a line may be a crosshead the report keeps.
 */
function looseCaptionCore(text: string): string | null {
  const core = captionShape(text.replace(/[、《》“”]/gu, ''), INNER_MARK, OWN_HEADING);
  if (!core || AGENDA_ITEM.test(core) || /召开|召開|举行|舉行/u.test(core)) return null;
  return (core.match(/\p{Script=Han}/gu) ?? []).length >= core.length * 0.8 ? core : null;
}

/** A line cleanup took out that shows a photograph: a scene's caption, an act caption, a credited one. */
function takenCaption(text: string): boolean {
  const x = text.trim().replace(/^[▲△↑]\s*/u, '');
  return (x.length <= 12 && /^\p{Script=Han}+$/u.test(x) && SCENE.test(x)) || captionCore(x) !== null || isCreditedCaption(x);
}

/** A picture's file name or number, or its arrow alone: what stands between captions. */
const PICTURE_MARK = /^\s*(?:\S+\.(?:jpe?g|png|gif|webp)|\d{1,2}|[▲△↑])\s*$/iu;

/**
 * Captions over the report's first paragraph (a gallery set under the headline: 出席大会的领导 /
 * 调研某厂技改项目), read once every other furniture rule has run, so that the page's first kept line
 * is its headline. The run of caption lines right above the first paragraph of prose, below that
 * headline, goes when the page is shown to carry photographs: captions already taken out anywhere
 * below the headline, with the run's own act lines, number two or more (as captionRunLines counts).
 * The headline's own line, and a line that prints it again, stay for the title's reading.
 */
export function captionsAboveLines(nonEmpty: readonly Line[], removed: ReadonlySet<number>): Line[] {
  const kept = nonEmpty.filter((l) => !removed.has(l.index));
  const first = kept.findIndex((l) => l.text.trim().length >= 40 && PROSE(l.text.trim()));
  if (first < 2) return [];
  const head = kept[0]!;
  const run = captionsAbove(kept, first);
  if (run.length === 0) return [];
  const strict = run.filter((l) => captionCore(l.text) !== null);
  const shown = nonEmpty.filter((l) => removed.has(l.index) && l.index > head.index && takenCaption(l.text)).length;
  return strict.length + shown >= RUN ? run : [];
}

/** The run of caption-shaped lines right above kept[first], below kept[0], in page order. */
function captionsAbove(kept: readonly Line[], first: number): Line[] {
  const run: Line[] = [];
  const head = kept[0]!.text.trim();
  for (let i = first - 1; i >= 1; i--) {
    const text = kept[i]!.text.trim();
    // The headline told again (its words in the line, or the line's in it) is the lead's or the
    // title's, not a caption: the run stops there.
    if (kept.slice(0, i).some((l) => l.text.trim() === text) || text.includes(head) || head.includes(text)) break;
    if (captionCore(text) || looseCaptionCore(text)) run.unshift(kept[i]!);
    else if (!PICTURE_MARK.test(text)) break;
  }
  return run;
}

/** The act captions (captionCore) of that run. */
function actCaptionsAbove(kept: readonly Line[], first: number): Line[] {
  return captionsAbove(kept, first).filter((l) => captionCore(l.text) !== null);
}
