/**
 * The verbs a lead is made of, by the section kind they give (bench/KEYING.md 9-12): shared by the
 * lead reader (leads.ts) and the later-clause reader (later-clause.ts) as regular-expression source.
 */
// 转达: passing on a superior's words, 传达's kin. 通报 is a report to the meeting (REPORT below).
// X就…作出了重要指示: the directing written with 作, as 作了…要求 is for asking.
// 领学了上级的学习材料: leading the meeting through a higher level's text passes it on, as 传达学习 does.
export const DIRECTIVE = '指出|认为|認為|肯定了|传达学习|傳達學習|学习传达|學習傳達|传达|傳達|转达|轉達|领学|領學|(?:作出|做出|作了|做了)(?:了)?(?:重要)?(?:指示|批示)';
/** Speech verbs: a directive only when a person or the meeting is the subject (王某某说，…; 他表示，…). */
// 裁示 (Taiwan: the chair's ruling) is 指示's kin; 谈到 is 提到's (bench/KEYING.md 14). 指示精神 is a
// noun (…统一到领导指示精神上来): nobody instructs in it.
// 讲到/说道/谈道: the segmenter's verbs of saying with their result complement, as 谈到 is.
export const SPEECH = '说|說|表示|提到|谈到|談到|讲到|講到|说道|說道|谈道|談道|指示(?!精神)|裁示|提出';
/** X則指，… (Hong Kong reports): 指 for 指出, a speech verb only with a subject and its comma; so is
 * 称 (X称，/ 他又稱，), never a verb of saying in 称为, 称号, 号称 before a comma. */
export const SAID = '(?:指|称|稱)(?=[，,：:])';
// 提出了三点要求 / 提出了抓好各项工作的启动和推进的要求: what is asked may stand between 提出 and 要求.
// 提出了明确要求 / 提出严格要求: so may a short modifier without 的.
// 提出“四要”: a quoted name of the list (四要, 五个到位) is part of the lead.
// 会议建议/会议希望, X希望各单位…: what the meeting or a leader asks for, softly worded.
// X就…作了强调要求 / 作出具体要求: the asking written with 作 instead of 提出.
// X从…三个方面进行了强调: the emphasis written with 进行, as 作了强调要求 is with 作.
export const REQUIREMENT =
  '强调|強調|要求|(?:进行|進行)了?(?:强调|強調)|建议|建議|希望|(?:作出|做出|作了|做了)(?:具体|具體|强调|強調)?要求|提出(?:了)?[“"「][一二三四五六七八九十两兩\\d]+[个個]?[要点點条條项項抓到位心]{1,3}[”"」]|提出(?:了)?(?:[一二三四五六七八九十两兩\\d]+点|[一二三四五六七八九十两兩\\d]+點|以下|如下|几点|幾點|[^，。；：,;:]{2,30}?的|[^，。；：,;:]{1,8}?)?(?:要求|意见|意見)';
