import type { Edit, TrackedText } from '../tracked-text';
import { lineRange, splitLines, type Line } from './lines';

/**
 * A paragraph a page printed twice in a row (a template that renders the article body's last
 * block again, a capture that copied a cell twice). A report never says the same long sentence
 * twice running, so the second copy is the page's: it would otherwise make a section of its own.
 * Only whole lines of 20 characters or more with a sentence mark, identical after trimming, with at
 * most blank lines between them.
 *
 * A page's summary box may print the paragraph's first part cut off mid-word (…邢岩出) right above
 * the paragraph itself: a line that the next paragraph begins with, and that stops short of it, is
 * the cut copy. It goes (not the whole one), or the opening would be read from a broken sentence.
 * The same box may print it whole behind a short label (提要：…, 摘要：…, [导读] …): the labelled copy
 * goes too, also where the paragraph below opens with a dateline the box left out (本报讯 记者X报道：
 * …) or where the box runs on over the next paragraphs: a label, then the first TEASER_HEAD
 * characters of the paragraph below, word for word, near its start — no report writes the same
 * twenty characters twice running.
 */
const MIN_LENGTH = 20;
const SENTENCE = /[。！？；，,;!?]/u;
/** An ellipsis a summary box closes its cut copy with. */
const CUT_MARK = /(?:…+|\.{3,}|。{3,})$/u;
/** How many characters of a labelled copy must open the paragraph below, and how far into it. */
const TEASER_HEAD = 20;
const DATELINE_ROOM = 40;

export function removeRepeatedParagraphs(t: TrackedText): void {
  const edits: Edit[] = [];
  let prev: Line | null = null;
  let prevText = '';
  let prevGone = false;
  for (const line of splitLines(t.text)) {
    const text = line.text.trim();
    if (!text) continue;
    const long = prevText.length >= MIN_LENGTH && SENTENCE.test(prevText);
    const repeated = text === prevText && long;
    if (repeated) edits.push({ ...lineRange(line, t.text.length), replacement: '', kind: 'furniture' });
    else if (prev && !prevGone && long && (cutCopyOf(prevText, text) || labelledCopyOf(prevText, text))) edits.push({ ...lineRange(prev, t.text.length), replacement: '', kind: 'furniture' });
    prevGone = repeated;
    prev = line;
    prevText = text;
  }
  if (edits.length) t.apply(edits);
}

/** Whether `cut` is the start of `whole`, cut off before its end (an ellipsis after it allowed). */
function cutCopyOf(cut: string, whole: string): boolean {
  const head = cut.replace(CUT_MARK, '');
  return head.length >= MIN_LENGTH && head.length < whole.length && whole.startsWith(head);
}

/** A short label at the start of a line: 提要：, 内容摘要:, or in brackets, [导读] / 【摘要】. */
const LABEL = /^(?:[\p{Script=Han}]{1,6}\s*[：:]|[【[［〖]\s*\p{Script=Han}{2,6}\s*[】\]］〗])\s*/u;

/** Whether `copy` is `whole` (or its cut start) behind a short label. */
function labelledCopyOf(copy: string, whole: string): boolean {
  const label = LABEL.exec(copy);
  if (!label) return false;
  const rest = copy.slice(label[0].length);
  if (rest === whole || cutCopyOf(rest, whole)) return true;
  const at = rest.length >= TEASER_HEAD ? whole.indexOf(rest.slice(0, TEASER_HEAD)) : -1;
  return at >= 0 && at <= DATELINE_ROOM;
}
