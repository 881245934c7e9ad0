/**
 * A paragraph that opens with someone's words before saying whose they are (“报告很好。”代表丙说… /
 * 「減債不增債，建設不等待」縣長某某表示…): bench/KEYING.md 19 keys the sentence after the quotation as
 * the lead, the lead starting at the quotation mark. The quotation itself is what was said, not the
 * paragraph's first sentence: a verb inside it (“…要抓好落实。”) leads nothing, and what opens the
 * paragraph is read after it. Issue 11, round 37, import-80a.
 *
 * Only a quotation that is an utterance counts: it holds a sentence or clause mark (。！？，；). A quoted
 * name has none (“策进会”当日召开… / 「某某督导组」昨举行…): that is the subject of its sentence.
 */

/** One quotation: “…” 「…」 『…』, up to 200 characters, then any space. */
const QUOTATION = /^(?:“[^“”]{1,200}”|「[^「」]{1,200}」|『[^『』]{1,200}』)\s*/u;
/** A sentence or clause mark inside the quotation: words said, not a name. */
const SAID = /[。！？，；,;!?]/u;

/**
 * Where the paragraph's own words begin after the quotations it opens with (one or several in a
 * row, each an utterance); 0 when it opens with none, or when nothing follows them.
 */
export function quotedLength(p: string): number {
  let at = 0;
  for (;;) {
    const m = QUOTATION.exec(p.slice(at));
    if (!m || !SAID.test(m[0])) break;
    at += m[0].length;
  }
  return at > 0 && at < p.length && !/^[。！？，；,;]/u.test(p.slice(at)) ? at : 0;
}

/** The paragraph with its opening quotations set aside: what the lead-less rules read. */
export function afterQuotation(p: string): string {
  return p.slice(quotedLength(p));
}
