import { DIRECTIVE, REQUIREMENT, SPEECH } from './lead-verbs';

/**
 * A person opening a sentence may say what they did in any later clause of it (镇长X就…进行点评，并对
 * …提出要求 / X主持会议，并对…给予肯定，对下一步工作提出要求 / …，对下一阶段工作作了布置，他要求…).
 * leads.ts finds the person; this module reads the clauses after the person's own one.
 */

/** X结合…，对全镇上下提出…要求: the asking after the person's own clause, with what it is about. */
const THEN_ASKED = /^(?:并|並|还|還|同时|同時)?(?:对|對|就|向)[^，。；,;]{1,60}?(?:提出|作出|做出)(?:了)?[^，。；,;]{0,20}?(?:要求|意见|意見)/u;
/** After the person's own clause: 提出 with advice or views (提出工作建议 / 提出了几点意见); 提出…要求
 * after a comma is read where it stands, as its own clause lead. */
const THEN_PROPOSED = /^(?:并|並|还|還|也)?(?:提出|提了)(?:了)?[^，。；,;]{0,20}?(?:意见|意見|建议|建議)(?![^，。；,;]{0,4}的)/u;
/** 并对…作了说明 / 就…作总结 in a later clause: the person making a report (`other`, bench/KEYING.md 9). */
const THEN_MADE = /^(?:并|並|还|還|同时|同時)?(?:对|對|就)[^，。；,;]{1,40}?(?:作|做)(?:了|出)?[^，。；,;]{0,6}?(?:说明|說明|总结|總結|点评|點評|报告|報告|汇报|匯報|解读|解讀)/u;
/** After a clause of the reporter's own: the report verb (汇报了, 介绍了, 通报了). */
const THEN_REPORT = /^(?:分别|分別)?(?:汇报|匯報|彙報|介绍|介紹|通报|通報)了/u;

/** After a person's clause: a bare 要求/强调, or 他/她 with a strong verb and its comma (他要求，/ 她指出，). */
// …，认为…: the person's judgement, bare, as X认为 (bench/KEYING.md 9: `directive`).
// …，并针对下步工作指出，…: the person's later clause may open with 并/还 and say what it is about.
const THEN_VERB = new RegExp(
  `^(?:(?:并|並|还|還|同时|同時)?(?:(?:针对|針對|就|对|對|结合|結合|围绕|圍繞)[^，。；,;]{1,30}?)?(要求|强调|強調|指出|认为|認為|表示)(?=[，,：:])|(?:并|並|还|還|同时|同時)?(认为|認為)(?!的)|要求|强调|強調|(?:他|她)(?:还|還|也|又)?(${DIRECTIVE}|${REQUIREMENT}|${SPEECH})(?!的))`,
  'u',
);

/** What the clauses after the person's own clause say the person did. */
export interface LaterVerb {
  /** The verb that gives the kind, when one is captured (指出, 认为, 他强调 → 强调). */
  verb: string | undefined;
  /** A strong verb (asking, directing, judging) was found. */
  strong: boolean;
  /** Only a report was found (汇报了…, 并对…作了说明): the person's account, `other`. */
  reports: boolean;
  /** 提出工作建议 right after the person's clause: the speaker's view, a directive (bench/KEYING.md 11). */
  proposed: boolean;
}

/**
 * Reads the clauses of `sentence` after its first comma (at `comma`): a strong verb in any of them
 * gives the kind, as a later 指出 outranks 听取 (bench/KEYING.md 2); failing one, a report made makes
 * the sentence the person's account. ； ends the person's run: a ；-rundown goes on with another
 * speaker. Null when nothing is said.
 */
export function laterClauseVerb(sentence: string, comma: number): LaterVerb | null {
  let then: RegExpExecArray | null = null;
  let reported: RegExpExecArray | null = null;
  for (let at = comma, k = 0; at >= 0 && at <= 160 && k < 4; k++) {
    const clause = sentence.slice(at + 1);
    then = THEN_VERB.exec(clause) ?? THEN_ASKED.exec(clause);
    if (then) break;
    // A report only right after the person's own clause (各部门负责人对照…，汇报了…), or made with
    // its 对/就 object (并对…作了说明) later on.
    reported ??= (k === 0 ? THEN_REPORT.exec(clause) : null) ?? THEN_MADE.exec(clause);
    const next = clause.search(/[，,；;]/u);
    at = next < 0 || /[；;]/u.test(clause[next]!) ? -1 : at + 1 + next;
  }
  if (then) return { verb: then[1] ?? then[2] ?? then[3], strong: true, reports: false, proposed: false };
  if (reported) return { verb: undefined, strong: false, reports: true, proposed: false };
  // X围绕…等方面，提出工作建议: proposing with 提出 bare after the person's clause. Only 提出…要求
  // asks (bench/KEYING.md 11); advice or views put forward are the speaker's view, a directive.
  if (THEN_PROPOSED.test(sentence.slice(comma + 1))) return { verb: undefined, strong: false, reports: false, proposed: true };
  return null;
}
