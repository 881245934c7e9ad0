import type { Bundle } from '../types';

/** The word layer of proofreading (WRD-xx): messages with {{found}} / {{expected}}, accepted words. */
export const words: Bundle = {
  'zh-CN': {
    rules: {
      'WRD-01': '错别字：“{{found}}”应为“{{expected}}”。',
      'WRD-02': '疑似错别字：“{{found}}”不成词，可能是“{{expected}}”。',
      'WRD-03': '疑似错别字：“{{found}}”很少见，可能是“{{expected}}”。',
      'WRD-04': '同音词可能误用：“{{found}}”，按上下文宜用“{{expected}}”。',
      'WRD-05': '“的、地、得”可能用错：“{{found}}”应为“{{expected}}”（动词前的修饰语用“地”，补语前用“得”，名词前用“的”）。',
    },
    accepted: { accept: '接受此词', acceptTitle: '加入本单位用词，所有文档不再提示' },
    pending: '词语检查正在加载…',
  },
  'zh-TW': {
    rules: {
      'WRD-01': '錯別字：「{{found}}」應為「{{expected}}」。',
      'WRD-02': '疑似錯別字：「{{found}}」不成詞，可能是「{{expected}}」。',
      'WRD-03': '疑似錯別字：「{{found}}」很少見，可能是「{{expected}}」。',
      'WRD-04': '同音詞可能誤用：「{{found}}」，依上下文宜用「{{expected}}」。',
      'WRD-05': '「的、地、得」可能用錯：「{{found}}」應為「{{expected}}」（動詞前的修飾語用「地」，補語前用「得」，名詞前用「的」）。',
    },
    accepted: { accept: '接受此詞', acceptTitle: '加入本單位用詞，所有文件不再提示' },
    pending: '詞語檢查正在載入…',
  },
  en: {
    rules: {
      'WRD-01': 'Misspelt word: "{{found}}" should be "{{expected}}".',
      'WRD-02': 'Possible misspelling: "{{found}}" is no word; did you mean "{{expected}}"?',
      'WRD-03': 'Possible misspelling: "{{found}}" is very rare; did you mean "{{expected}}"?',
      'WRD-04': 'Possibly the wrong homophone: "{{found}}"; the context suggests "{{expected}}".',
      'WRD-05': 'Possibly the wrong one of 的/地/得: "{{found}}" should be "{{expected}}" (地 before a verb, 得 before a complement, 的 before a noun).',
    },
    accepted: { accept: 'Accept word', acceptTitle: "Add to the office's accepted words: no document flags it again" },
    pending: 'Word check loading…',
  },
};
