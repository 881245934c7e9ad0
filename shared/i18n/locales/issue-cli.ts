import type { Bundle } from '../types';

/** The `briefing issue` command's refusals (one line each). Owned by the issue export (issue 9). */
export const issueCli: Bundle = {
  'zh-CN': {
    needItems: '需要至少一个文档文件（ITEM.json）',
    tooManyItems: '一期最多 {{max}} 篇稿件，给出了 {{count}} 篇',
    needName: '需要 --name（简报名称，如 工作简报）',
    needIssuer: '需要 --issuer（编印单位）',
    badNumber: '{{flag}} 须为 1 到 {{max}} 之间的整数，收到“{{value}}”',
    badCopies: '--copies 须为 0 以上的整数，收到“{{value}}”',
    badDate: '--date 须为真实日期，写作 YYYY-MM-DD，收到“{{value}}”',
    badSeparator: '--separator 须为 rule（细线）或 blank（空行）',
    badKind: '--kind 须为 regular（正刊）或 supplement（增刊）',
    badText: '{{flag}} 无效：{{detail}}',
  },
  'zh-TW': {
    needItems: '需要至少一個文件檔（ITEM.json）',
    tooManyItems: '一期最多 {{max}} 篇稿件，給出了 {{count}} 篇',
    needName: '需要 --name（簡報名稱，如 工作簡報）',
    needIssuer: '需要 --issuer（編印單位）',
    badNumber: '{{flag}} 須為 1 到 {{max}} 之間的整數，收到「{{value}}」',
    badCopies: '--copies 須為 0 以上的整數，收到「{{value}}」',
    badDate: '--date 須為真實日期，寫作 YYYY-MM-DD，收到「{{value}}」',
    badSeparator: '--separator 須為 rule（細線）或 blank（空行）',
    badKind: '--kind 須為 regular（正刊）或 supplement（增刊）',
    badText: '{{flag}} 無效：{{detail}}',
  },
  en: {
    needItems: 'needs at least one document file (ITEM.json)',
    tooManyItems: 'an issue holds at most {{max}} items; {{count}} were given',
    needName: 'needs --name (the briefing name, e.g. 工作简报)',
    needIssuer: 'needs --issuer (the issuing unit)',
    badNumber: '{{flag}} must be a whole number from 1 to {{max}}, got "{{value}}"',
    badCopies: '--copies must be a whole number of 0 or more, got "{{value}}"',
    badDate: '--date must be a real date written YYYY-MM-DD, got "{{value}}"',
    badSeparator: '--separator must be rule or blank',
    badKind: '--kind must be regular or supplement',
    badText: '{{flag}} is not valid: {{detail}}',
  },
};
