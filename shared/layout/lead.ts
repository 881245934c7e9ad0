/**
 * Verbs that report what a meeting said or decided (Simplified and Traditional forms): after them
 * the printed text takes a comma, as secretariats write 会议指出，…… and 会议强调，…….
 */
const REPORTING_VERBS = ['指出', '认为', '認為', '强调', '強調', '要求', '决定', '決定', '明确', '明確', '提出', '传达', '傳達', '同意'] as const;

/**
 * Punctuation a text may open with that already joins it to the lead (：，。、；). Opening
 * brackets and quotes do not: 会议指出，“……” and 会议强调，（……） still take the comma.
 */
const OPENING_PUNCTUATION = /^[，,：:；;。、]/u;

/**
 * Joins a section's lead (会议指出, 会议研究了, 会议审议通过 …) to the first words of its text as the
 * page prints them. A comma goes in only after a reporting verb (指出/认为/强调/要求/决定/明确/提出/
 * 传达/同意) and only when neither side already has punctuation there; every other lead runs
 * straight into its text, as the importer found it (会议研究了《……》, 会议审议通过《……》, 会议强调：……).
 * One rule for the print HTML and the DOCX, which are both built from the layout's blocks.
 */
export function joinLead(lead: string, text: string): string {
  const l = lead.trim();
  if (!l) return text;
  if (!text) return l;
  if (OPENING_PUNCTUATION.test(text) || /[，,：:；;。、]$/u.test(l)) return l + text;
  return REPORTING_VERBS.some((v) => l.endsWith(v)) ? `${l}，${text}` : l + text;
}
