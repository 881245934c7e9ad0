import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { LM_THRESHOLDS, lmPairRule } from '../../shared/check/words/lm-pairs';
import { LM_ALPHABET, LM_BUCKETS, LM_CODES, LM_JOIN_MARK, LM_PAIRS, LM_WORDS } from '../../shared/check/words/lm-pairs-data';

// Made-up sentences: a same-reading slip the open-gram model's neighbours decide (lm-pairs-data.ts),
// and the right word in the same frame, which must stay quiet. The rule alone, then the whole layer.
const words = wordLayer();
const dict = jiebaDictionary();
const rule = (text: string, script: 'hans' | 'hant' = 'hans', th = LM_THRESHOLDS): string[] =>
  lmPairRule(analyse(text, script, jiebaSegmenter)!, text, dict, th).map((d) => `${d.word}→${d.replacement}:${d.severity}`);
const layer = (text: string, script: 'hans' | 'hant' = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule === 'WRD-04')
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('WRD-04 from the input method language model (lm-pairs.ts)', () => {
  const cases: [string, string, string][] = [
    // 途中 after the word: 返乡途中 thousands of times likelier than 反响途中.
    ['春节前后大批农民工反响途中要注意安全。', '反响→返乡:warning', '春节前后大批农民工返乡途中要注意安全。'],
    // 强烈 before it: 强烈反响, never 强烈返乡.
    ['这部作品在社会上引起强烈返乡。', '返乡→反响:warning', '这部作品在社会上引起强烈反响。'],
    ['群众对新政策返乡热烈。', '返乡→反响:warning', '群众对新政策反响热烈。'],
    // A compound term before it, counted rarely by jieba (职业技能 3): its bigram with 鉴定 is the evidence.
    ['今年要组织职业技能坚定考试三场。', '坚定→鉴定:error', '今年要组织职业技能鉴定考试三场。'],
    // 工程 after it: the table's most used neighbour, id 0, once taken for "no entry".
    ['该项目一气工程已于去年完工。', '一气→一期:warning', '该项目一期工程已于去年完工。'],
  ];
  it.each(cases)('flags the slip in %s, not the right word in the same frame', (wrong, found, right) => {
    expect(rule(wrong)).toEqual([found]);
    expect(rule(right)).toEqual([]);
    expect(layer(wrong)).toEqual([found.replace(/:.*/, '')]);
    expect(layer(right)).toEqual([]);
  });

  it('reads Traditional text through its Simplified form and answers in Traditional', () => {
    expect(rule('這部作品在社會上引起強烈返鄉。', 'hant')).toEqual(['返鄉→反響:warning']);
    expect(rule('這部作品在社會上引起強烈反響。', 'hant')).toEqual([]);
  });

  it('leaves names alone: a person named with the word, a place beside it', () => {
    // 李反响 is a name (jieba: 李/nr): the token is no content word the model's evidence is about.
    expect(rule('会议由李反响主持，农民工代表参加。')).toEqual([]);
    expect(layer('会议由李反响主持，农民工代表参加。')).toEqual([]);
  });

  it('is an error only past the error bar, a warning below it', () => {
    // 途中 favours 返乡 by 10^3.7: a warning at the shipped bar, an error once the bar is lower.
    expect(rule('春节前后大批农民工反响途中要注意安全。', 'hans', { ...LM_THRESHOLDS, errorAt: 35 })).toEqual(['反响→返乡:error']);
    expect(LM_THRESHOLDS.errorAt).toBeGreaterThan(LM_THRESHOLDS.oneAt);
  });

  it("makes no error of a rare right word by its twin's count alone: 合理施用肥料 is a warning", () => {
    // 合理 favours 使用 by 10^4.5, but 10^2.2 of it is jieba's counts (使用 24,035, 施用 148), and
    // 肥料 on the other side is a bigram of neither word: the rest is under the one-side bar.
    expect(rule('农业部门呼吁农户依土壤检测结果合理施用肥料。')).toEqual(['施用→使用:warning']);
    expect(rule('農業處呼籲農友依土壤檢測結果合理施用肥料。', 'hant')).toEqual(['施用→使用:warning']);
    // A common written word keeps its error on one side's evidence: 坚定 and 鉴定 are counted alike.
    expect(rule('今年要组织职业技能坚定考试三场。')).toEqual(['坚定→鉴定:error']);
  });

  it('needs the neighbour to be adjacent content: a lone neighbour below the one-side bar is no evidence', () => {
    // 管理 after 用功 favours 用工 by 10^2.4 only: under the one-side bar, and no left evidence.
    expect(rule('企业要规范用功管理，签订劳动合同。')).toEqual([]);
  });

  it('reads a word the model lacks (驻防) against its twin the model knows (住房), as a warning only', () => {
    // 驻防 is no word of sunpinyin's lexicon: its side is the model's back-off estimate, and 住房
    // after 保障性 (10^5 and more) or before 公积金 is far beyond it.
    expect(rule('今年将新开工保障性驻防八百套。')).toEqual(['驻防→住房:warning']);
    expect(rule('职工可按规定提取驻防公积金。')).toEqual(['驻防→住房:warning']);
    expect(layer('职工可按规定提取驻防公积金。')).toEqual(['驻防→住房']);
    // The word in its own sense: no neighbour of its twin's beside it.
    expect(rule('今年将新开工保障性住房八百套。')).toEqual([]);
    expect(rule('边防部队长期驻防海岛。')).toEqual([]);
    expect(layer('边防部队长期驻防海岛。')).toEqual([]);
  });

  it('reads an organisation word (jieba tag nt) as a neighbour: 党组织 before 书记', () => {
    // 党组织 + 书记 is 10^2.9 likelier than + 书籍, and 书记 the far commoner word: the common-twin bar.
    expect(rule('各村党组织书籍要带头学习。')).toEqual(['书籍→书记:warning']);
    expect(rule('各村党组织书记要带头学习。')).toEqual([]);
    expect(layer('各村党组织书籍要带头学习。')).toEqual(['书籍→书记']);
  });

  it('reads office neighbours jieba counts in the hundreds: 整改 after 限期', () => {
    // 整改 (jieba 188) is a neighbour since the table was packed; 限期整改 10^4.8 likelier than 先期整改.
    expect(rule('对这次检查中找出的问题必须先期整改。')).toEqual(['先期→限期:error']);
    expect(rule('对这次检查中找出的问题必须限期整改。')).toEqual([]);
  });

  it("lets report text vouch for the written word beside its neighbour (有力有序, not the web's 有理)", () => {
    // The model favours 有理 before 有序; the mined report texts (collocation-data.ts) write 有力有序.
    expect(rule('要确保全镇防汛各项准备工作有力有序推进。')).toEqual([]);
  });

  it("reads a paired term elsewhere in the sentence: the twin's parallel partner (治标 … 治本)", () => {
    expect(rule('整治工作既要指标，更要治本。')).toEqual(['指标→治标:warning']);
    expect(rule('整治工作既要治标，更要治本。')).toEqual([]);
    expect(rule('整治工作既要指標，更要治本。', 'hant')).toEqual(['指標→治標:warning']);
    // Past the sentence's end the partner says nothing about the word.
    expect(rule('今年的各项指标全部完成。下一步要从根本上治本。')).toEqual([]);
  });

  it('asks no partner about a twin the word’s own neighbour speaks against (凝聚共识 … 公告)', () => {
    // 凝聚 before 共识 favours it over 公示; 公告 later in the sentence (a partner of 公示) must not
    // outweigh that. Without the neighbour, the partner still counts.
    expect(rule('请各镇先凝聚共识，再把方案放在镇务平台公告。')).toEqual([]);
    expect(rule('請各鄉先凝聚共識，再把方案放在鄉務網站公告。', 'hant')).toEqual([]);
  });

  it("reads a term of the input method's lexicon (失业保险) under the join bar in Simplified text only", () => {
    // 失业保险, 事业单位 and 国企改革 are words of sunpinyin's lexicon, 实业保险, 实业单位 and 过期改革
    // are not: the joined word's share is the evidence, 10^3 to 10^3.5 (the mark's band).
    const cases: [string, string, string][] = [
      ['企业要按时为职工缴纳实业保险。', '实业→失业:warning', '企业要按时为职工缴纳失业保险。'],
      ['全市实业单位要带头落实节能措施。', '实业→事业:warning', '全市事业单位要带头落实节能措施。'],
      ['今年要继续深化过期改革。', '过期→国企:warning', '今年要继续深化国企改革。'],
      // 物业 is counted six times 无业: from the pair's lower bar (物业服务 10^2.6 against 无业服务).
      ['小区无业服务收费要公开透明。', '无业→物业:warning', '小区物业服务收费要公开透明。'],
    ];
    for (const [wrong, found, right] of cases) {
      expect(rule(wrong)).toEqual([found]);
      expect(rule(right)).toEqual([]);
    }
    // The lexicon is the mainland's: in Traditional text the same band is no evidence.
    expect(rule('企業要按時為職工繳納實業保險。', 'hant')).toEqual([]);
    expect(rule('全市實業單位要帶頭落實節能措施。', 'hant')).toEqual([]);
    // Nor with no content word on the other side, which could have spoken against the twin: after a
    // pronoun or at the clause's start the written word may be a predicate (我们有志服务).
    expect(rule('我们有志服务基层群众。')).toEqual([]);
    expect(rule('实业保险的缴纳比例今年不变。')).toEqual([]);
  });

  it('holds a well-formed packed table: three-character items whose ids name a word of LM_WORDS', () => {
    const words = LM_WORDS.split(' ');
    const digits = new Map([...LM_ALPHABET].map((c, k) => [c, k]));
    const bad: string[] = [];
    let items = 0;
    let joins = 0;
    for (const line of LM_PAIRS.split('\n').filter(Boolean)) {
      const [a, b, left, right, extra] = line.split(' ');
      if (extra !== undefined || !/^\p{Script=Han}{2}$/u.test(a!) || !/^\p{Script=Han}{2}$/u.test(b!)) bad.push(line);
      for (const part of [left ?? '', right ?? '']) {
        if (part.length % 3) bad.push(line);
        for (let i = 0; i + 3 <= part.length; i += 3, items++) {
          const v = [...part.slice(i, i + 3)].reduce((n, c) => n * LM_ALPHABET.length + (digits.get(c) ?? NaN), 0);
          const step = LM_BUCKETS[(v & 7) % 4];
          // A join-marked item is the band under the plain join bar: never the top steps.
          const joinOk = !(v & LM_JOIN_MARK) || (step !== undefined && step < 35);
          if (!/^\p{Script=Han}{2,}$/u.test(words[Math.floor(v / LM_CODES)] ?? '') || step === undefined || !joinOk) bad.push(`${a} ${b}: ${part.slice(i, i + 3)}`);
          if (v & LM_JOIN_MARK) joins++;
        }
      }
    }
    expect(bad).toEqual([]);
    expect(items).toBeGreaterThan(100_000);
    expect(joins).toBeGreaterThan(1_000);
  });
});
