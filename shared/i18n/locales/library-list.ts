import type { Bundle } from '../types';

/**
 * The library list's count line when the search capped its answer: the number that matched in
 * all, beside how many are shown (the search returns at most 500, best first).
 */
export const libraryList: Bundle = {
  'zh-CN': {
    capped: '找到 {{total}} 篇，显示前 {{shown}} 篇',
    cappedFiltered: '找到 {{total}} 篇，前 {{limit}} 篇中 {{shown}} 篇符合筛选条件',
  },
  'zh-TW': {
    capped: '找到 {{total}} 篇，顯示前 {{shown}} 篇',
    cappedFiltered: '找到 {{total}} 篇，前 {{limit}} 篇中 {{shown}} 篇符合篩選條件',
  },
  en: {
    capped: '{{total}} found, showing the first {{shown}}',
    cappedFiltered: '{{total}} found; {{shown}} of the first {{limit}} match the filters',
  },
};
