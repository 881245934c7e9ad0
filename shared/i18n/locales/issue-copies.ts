import type { Bundle } from '../types';

/**
 * Numbered copies (编号) of a controlled issue (issue 9): the composer's export choice and the
 * one-line refusals the CLI and the composer show. Its own bundle so the issue bundles stay as they are.
 */
export const issueCopies = {
  'zh-CN': {
    seriesControlled: '受控刊物：每份右上角印编号（6 位）',
    numbered: '编号印制（每份一个编号）',
    range: '编号范围',
    rangeHint: '如 1-30，或重印时 21-40',
    summary: '将导出 {{count}} 份：{{first}} 至 {{last}}，每份页码从 1 起。',
    notControlled: '本刊物未设“编号”，不能按份编号印制。',
    errors: {
      syntax: '编号范围无效：“{{value}}”，应写作 起-止，如 21-40',
      order: '编号范围无效：起号 {{from}} 大于止号 {{to}}',
      outOfRange: '编号须为 1 到 {{max}} 之间的整数',
      tooMany: '一次最多编号印制 {{max}} 份，所选为 {{count}} 份，请分批导出',
      format: '编号印制只能导出 PDF 或 DOCX',
      needCopies: '--numbered-copies 需要 --copies N（N 为 1 以上）或 --copy-range 起-止',
      both: '--numbered-copies 与 --copy-range 只能用一个',
    },
  },
  'zh-TW': {
    seriesControlled: '受控刊物：每份右上角印編號（6 位）',
    numbered: '編號印製（每份一個編號）',
    range: '編號範圍',
    rangeHint: '如 1-30，或重印時 21-40',
    summary: '將匯出 {{count}} 份：{{first}} 至 {{last}}，每份頁碼從 1 起。',
    notControlled: '本刊物未設「編號」，不能按份編號印製。',
    errors: {
      syntax: '編號範圍無效：「{{value}}」，應寫作 起-止，如 21-40',
      order: '編號範圍無效：起號 {{from}} 大於止號 {{to}}',
      outOfRange: '編號須為 1 到 {{max}} 之間的整數',
      tooMany: '一次最多編號印製 {{max}} 份，所選為 {{count}} 份，請分批匯出',
      format: '編號印製只能匯出 PDF 或 DOCX',
      needCopies: '--numbered-copies 需要 --copies N（N 為 1 以上）或 --copy-range 起-止',
      both: '--numbered-copies 與 --copy-range 只能用一個',
    },
  },
  en: {
    seriesControlled: 'Controlled series: print a 6-digit copy number top right',
    numbered: 'Numbered copies (one copy number per copy)',
    range: 'Copy numbers',
    rangeHint: 'e.g. 1-30, or 21-40 for a reprint',
    summary: 'Exports {{count}} copies, {{first}} to {{last}}, each paged from 1.',
    notControlled: 'This series prints no copy numbers, so copies cannot be numbered.',
    errors: {
      syntax: 'copy range "{{value}}" is not valid: write FIRST-LAST, e.g. 21-40',
      order: 'copy range is not valid: first number {{from}} is above last number {{to}}',
      outOfRange: 'copy numbers must be whole numbers from 1 to {{max}}',
      tooMany: 'at most {{max}} numbered copies per export; {{count}} were asked for: export them in batches',
      format: 'numbered copies export as PDF or DOCX only',
      needCopies: '--numbered-copies needs --copies N (1 or more) or --copy-range FIRST-LAST',
      both: 'use either --numbered-copies or --copy-range, not both',
    },
  },
} satisfies Bundle;
