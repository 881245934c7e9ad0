import type { NoteLabel, Script } from '../model';

/**
 * The fixed words an issue prints (document text, not UI strings: they follow the issue's
 * script, never the UI language). briefing-issue-spec.md §1–§4.
 */
export interface IssueLabels {
  contents: string;
  issue: (n: number) => string;
  total: (n: number) => string;
  supplement: (n: number) => string;
  note: Record<NoteLabel, string>;
  report: string;
  send: string;
  issueTo: string;
  extra: string;
  printed: string;
  copies: (n: number) => string;
  contributor: (unit: string) => string;
}

export const ISSUE_LABELS: Record<Script, IssueLabels> = {
  hans: {
    contents: '本期要目',
    issue: (n) => `第${n}期`,
    total: (n) => `（总第${n}期）`,
    supplement: (n) => `增刊第${n}期`,
    note: { editor: '编者按', short: '按', after: '编后' },
    report: '报',
    send: '送',
    issueTo: '发',
    extra: '本期增发',
    printed: '印发',
    copies: (n) => `（共印${n}份）`,
    contributor: (u) => `（${u}供稿）`,
  },
  hant: {
    contents: '本期要目',
    issue: (n) => `第${n}期`,
    total: (n) => `（總第${n}期）`,
    supplement: (n) => `增刊第${n}期`,
    note: { editor: '編者按', short: '按', after: '編後' },
    report: '報',
    send: '送',
    issueTo: '發',
    extra: '本期增發',
    printed: '印發',
    copies: (n) => `（共印${n}份）`,
    contributor: (u) => `（${u}供稿）`,
  },
};

/** 编号: the copy number as GB/T 9704 writes a 份号, six Arabic digits (spec A.4). */
export function copyNumberText(n: number): string {
  return String(Math.max(0, Math.trunc(n))).padStart(6, '0');
}
