import type { Script } from '../model';

/**
 * The fixed words the layouts print around the user's text, in the document's own script.
 * They are document text (they print), not UI strings, so they live here and not in i18n.
 */
export interface Labels {
  chair: string;
  attendees: string;
  absentees: string;
  observers: string;
  to: string;
  cc: string;
  reportTo: string;
  sendTo: string;
  printed: string;
  issue: (n: string) => string;
  copies: (n: number) => string;
  tableHead: readonly [string, string, string, string];
  owner: string;
  due: string;
  briefingName: string;
}

/** 第N期 from what the clerk typed: 3, 第3期, 3期 and 第三期 all print as one 第…期 (never 第3期期). */
export function issueLabel(n: string): string {
  const core = n.trim().replace(/^第/u, '').replace(/期$/u, '');
  return `第${core}期`;
}

export const LABELS: Record<Script, Labels> = {
  hans: {
    chair: '主持',
    attendees: '出席',
    absentees: '请假',
    observers: '列席',
    to: '主送',
    cc: '抄送',
    reportTo: '报',
    sendTo: '送',
    printed: '印发',
    issue: issueLabel,
    copies: (n) => `（共印${n}份）`,
    tableHead: ['序号', '事项', '责任单位', '完成时限'],
    owner: '责任单位',
    due: '完成时限',
    briefingName: '工作简报',
  },
  hant: {
    chair: '主持',
    attendees: '出席',
    absentees: '請假',
    observers: '列席',
    to: '主送',
    cc: '抄送',
    reportTo: '報',
    sendTo: '送',
    printed: '印發',
    issue: issueLabel,
    copies: (n) => `（共印${n}份）`,
    tableHead: ['序號', '事項', '責任單位', '完成時限'],
    owner: '責任單位',
    due: '完成時限',
    briefingName: '工作簡報',
  },
};

/** 2024-02-08 -> 2024年2月8日 (GB/T 9704 §7.3.5.4: full year, no zero padding). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}
