import type { Script, SectionKind } from '../model';

/**
 * Stock lead phrases per section kind, in both scripts. The first of each list is what a new
 * section starts with; the rest are offered as alternatives in the editor.
 */
export const LEAD_PHRASES: Record<Script, Record<Exclude<SectionKind, 'text' | 'topic'>, readonly string[]>> = {
  hans: {
    directive: ['会议指出', '会议认为', '会议传达'],
    requirement: ['会议强调', '会议要求'],
    'action-list': ['会议要求', '会议明确'],
    decision: ['会议决定', '会议审议通过', '会议原则同意'],
  },
  hant: {
    directive: ['會議指出', '會議認為', '會議傳達'],
    requirement: ['會議強調', '會議要求'],
    'action-list': ['會議要求', '會議明確'],
    decision: ['會議決定', '會議審議通過', '會議原則同意'],
  },
};

export function defaultLead(kind: SectionKind, script: Script): string {
  if (kind === 'text' || kind === 'topic') return '';
  return LEAD_PHRASES[script][kind][0] ?? '';
}

/** 一是 二是 … in either script (the numerals are shared). */
export const CHINESE_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'] as const;

export function chineseNumber(n: number): string {
  if (n <= 0 || !Number.isInteger(n)) return String(n);
  if (n <= 10) return CHINESE_NUMERALS[n - 1]!;
  if (n < 20) return `十${CHINESE_NUMERALS[n - 11]}`;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${CHINESE_NUMERALS[tens - 1]}十${ones ? CHINESE_NUMERALS[ones - 1] : ''}`;
  }
  return String(n);
}
