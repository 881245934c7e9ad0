import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { checkText, type Diagnostic } from '../../shared/check';
import { parseAccepted } from '../../shared/check/accepted';
import { lookup } from '../../shared/i18n';
import type { Script } from '../../shared/model';

const FIX = join(import.meta.dirname, '../fixtures/check');
const words = wordLayer();
const run = (text: string, script: Script, accepted: string[] = []): Diagnostic[] => checkText(text, { script, words, accepted });
const shown = (text: string, d: Diagnostic): string => `${d.rule} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`;

describe('the segmenter dictionary', () => {
  it("is jieba's own dict.txt with frequencies, inflated from the WASM module", () => {
    const dict = jiebaDictionary();
    expect(dict.size).toBeGreaterThan(340_000);
    expect(dict.freq('部署')).toBeGreaterThan(1000);
    expect(dict.freq('松弛')).toBeGreaterThan(dict.freq('松驰'));
  });

  it('finds the common word one same-sound character away', () => {
    expect(jiebaDictionary().near('焕散')[0]).toMatchObject({ word: '涣散', sameSound: true });
  });
});

describe('word layer: faults', () => {
  // Examples written for this test, not taken from bench/check-heldout.
  const table: [string, Script, string][] = [
    ['各部门要齐心协力，不能松驰懈怠。', 'hans', 'WRD-01 松驰→松弛'],
    ['要一股作气完成年度任务。', 'hans', 'WRD-01 一股作气→一鼓作气'],
    ['不能鬆馳懈怠。', 'hant', 'WRD-01 鬆馳→鬆弛'],
    ['这项工作必须持之以很。', 'hans', 'WRD-02 持之以很→持之以恒'],
    ['要依法保障农民的合法权力。', 'hans', 'WRD-04 权力→权利'],
    ['要依法保障農民的合法權力。', 'hant', 'WRD-04 權力→權利'],
    ['执法部门不得滥用权利。', 'hans', 'WRD-04 权利→权力'],
    ['由于管理不善，以至发生安全事故。', 'hans', 'WRD-04 以至→以致'],
    ['要及时反应群众诉求。', 'hans', 'WRD-04 反应→反映'],
    ['截止目前，已完成投资三亿元。', 'hans', 'WRD-04 截止→截至'],
    ['各级要坚持不懈的抓好落实。', 'hans', 'WRD-05 的→地'],
    // later rules (check-11): examples written for this test, not taken from bench/check-heldout-2
    ['要加大海上辑私力度。', 'hans', 'WRD-02 辑私→缉私'],
    ['全市举办了技能竟技比赛。', 'hans', 'WRD-02 竟技→竞技'],
    ['要因地至宜发展特色产业。', 'hans', 'WRD-02 因地至宜→因地制宜'],
    ['各村群众增先恐后参加义务劳动。', 'hans', 'WRD-02 增先恐后→争先恐后'],
    ['要大力宏扬新时代奋斗精神。', 'hans', 'WRD-03 宏扬→弘扬'],
    ['各镇要主动的对接企业需求。', 'hans', 'WRD-05 的→地'],
    ['审核把关的不够严格。', 'hans', 'WRD-05 的→得'],
    ['工作取得了积极地成果。', 'hans', 'WRD-05 地→的'],
    ['要坚持条块结合的来推进。', 'hans', 'WRD-05 的→地'],
    ['加快建设法制社会。', 'hans', 'WRD-04 法制→法治'],
    ['要扎实开展安全检察。', 'hans', 'WRD-04 检察→检查'],
    ['市政府代表团赴外地考查学习。', 'hans', 'WRD-04 考查→考察'],
    ['新的办公系统已正式起用。', 'hans', 'WRD-04 起用→启用'],
    ['各单位必需高度重视。', 'hans', 'WRD-04 必需→必须'],
    ['这是维持生产所必须的条件。', 'hans', 'WRD-04 必须→必需'],
    ['让孤寡老人温暖平安地渡过这个冬天。', 'hans', 'WRD-04 渡过→度过'],
    // check-11c: written for this test, not taken from bench/check-heldout-3 or -4; each fails on the
    // word layer before these rules (same-sound four-character forms, dictionary phrases, curated
    // 公文 homophones, more 的/地/得 patterns, a rare character standing alone).
    ['他多年来勤勤肯肯，默默奉献。', 'hans', 'WRD-02 勤勤肯肯→勤勤恳恳'],
    ['要进一步优化人力资源配制。', 'hans', 'WRD-04 配制→配置'],
    ['会议邀请了知名人事参加。', 'hans', 'WRD-04 人事→人士'],
    ['全面提升文化品味。', 'hans', 'WRD-04 品味→品位'],
    ['对违法企业实行终生禁入。', 'hans', 'WRD-04 终生→终身'],
    ['这个问题非常利害。', 'hans', 'WRD-04 利害→厉害'],
    ['公司已发布申明予以澄清。', 'hans', 'WRD-04 申明→声明'],
    ['严防泄漏个人信息。', 'hans', 'WRD-04 泄漏→泄露'],
    ['嚴防洩漏個人信息。', 'hant', 'WRD-04 洩漏→洩露'],
    ['我们不尽要抓发展，还要抓民生。', 'hans', 'WRD-04 不尽→不仅'],
    ['谨防传染病爆发。', 'hans', 'WRD-04 爆发→暴发'],
    ['县委做出重要决定。', 'hans', 'WRD-04 做出→作出'],
    ['历界政府都高度重视。', 'hans', 'WRD-04 历界→历届'],
    ['第十一界县运会开幕。', 'hans', 'WRD-04 界→届'],
    ['这次培训组织的井井有条。', 'hans', 'WRD-05 的→得'],
    ['城乡面貌发生了巨大地变化。', 'hans', 'WRD-05 地→的'],
    ['要切实得抓好落实。', 'hans', 'WRD-05 得→地'],
    ['要深入挖崛红色资源。', 'hans', 'WRD-02 挖崛→挖掘'],
    ['因为准备不充分，以至活动多次延期。', 'hans', 'WRD-04 以至→以致'],
    ['整改落实的不到位，群众不满意。', 'hans', 'WRD-05 的→得'],
    ['企业经营取得了明显得进步。', 'hans', 'WRD-05 得→的'],
    ['新学期既将开始。', 'hans', 'WRD-04 既将→即将'],
    // 否 reads pi in 否极泰来, fou alone: the idiom is indexed by its own reading too
    ['经过几年调整，企业终于痞极泰来。', 'hans', 'WRD-02 痞极泰来→否极泰来'],
  ];
  it.each(table)('%s', (text, script, expected) => {
    expect(run(text, script).map((d) => shown(text, d))).toContain(expected);
  });

  it('gives the fix in the document script and a message in three languages', () => {
    const [d] = run('不能鬆馳懈怠。', 'hant');
    expect(d!.fix).toEqual({ replacement: '鬆弛' });
    expect(lookup('zh-CN', d!.message, d!.params)).toBe('错别字：“鬆馳”应为“鬆弛”。');
    expect(lookup('zh-TW', d!.message, d!.params)).toContain('應為「鬆弛」');
    expect(lookup('en', d!.message, d!.params)).toContain('should be "鬆弛"');
  });
});

describe('word layer: clean text', () => {
  const table: [string, Script][] = [
    ['要认真研究群众反映的问题。', 'hans'],
    ['这是生活必需品。', 'hans'],
    // A listed homophone's cue before it is a word of its own: 所 ending 场所 or 派出所 is no 所必需.
    ['仓储场所必须配备灭火器。', 'hans'],
    ['各派出所必须二十四小时值守。', 'hans'],
    ['应急反应迅速。', 'hans'],
    ['要坚持依法行政，把权力关进制度的笼子里。', 'hans'],
    ['部分企业资金周转困难，以致停工停产。', 'hans'],
    ['要加强纪律教育，守住底线、不越红线。', 'hans'],
    ['副区长文定国组织召开安置工作会议。', 'hans'],
    ['要驰而不息纠治“四风”，加快培育新质生产力。', 'hans'],
    ['推动两国关系行稳致远。', 'hans'],
    ['人民检察院依法独立行使检察权。', 'hans'],
    ['期末要考查学生的实际操作能力。', 'hans'],
    ['省里决定起用一批年轻干部。', 'hans'],
    ['要加强普法宣传和法制教育。', 'hans'],
    ['都有责任把工作做好。', 'hans'],
    ['本府依期程編制年度預算。', 'hant'],
    // check-11c: each got a finding before
    ['会议在县人大常委会会议室召开。', 'hans'],
    ['各單位應按月提報執行情形。', 'hant'],
    ['为群众创造更美好的生活。', 'hans'],
    ['要落实农村人居环境整治责任。', 'hans'],
    ['这件事让人终生难忘。', 'hans'],
    ['我们郑重申明立场。', 'hans'],
    ['各地情况不尽相同，也要区别对待。', 'hans'],
    ['燃气管道发生泄漏，要立即疏散群众。', 'hans'],
    ['他工作很投入，以至忘了吃饭。', 'hans'],
    ['群众来信要件件有回复。', 'hans'],
    ['对检查发现的违法行为，要依法查处。', 'hans'],
    ['对巡视反馈的突出问题，要立行立改。', 'hans'],
    ['这项改革既将减轻负担，又将提高效率。', 'hans'],
    ['納入縣府的願景施政計畫。', 'hant'],
    ['这是全年农业工作的重中之重。', 'hans'],
    ['对群众诉求不能久议不决。', 'hans'],
  ];
  it.each(table)('%s', (text, script) => {
    expect(run(text, script).map((d) => shown(text, d))).toEqual([]);
  });

  // Taiwanese usage the mainland dictionary does not know: two lone characters near a common word
  // are weak evidence there, so at most a warning (a "fix all" applies errors, never warnings).
  it.each([['各科室要把整改工作往實裡抓。'], ['由文觀局主責推動觀光行銷。']])('no error in %s', (text) => {
    expect(
      run(text, 'hant')
        .filter((d) => d.severity === 'error')
        .map((d) => shown(text, d)),
    ).toEqual([]);
  });

  it('flags no error in real meeting reports, Simplified or Traditional', () => {
    for (const [file, script] of [
      ['clean-hans.txt', 'hans'],
      ['clean-hant.txt', 'hant'],
    ] as const) {
      const text = readFileSync(join(FIX, file), 'utf8');
      const errors = run(text, script).filter((d) => d.severity === 'error');
      expect(
        errors.map((d) => shown(text.split('\n')[d.location.paragraph]!, d)),
        file,
      ).toEqual([]);
    }
  });

  it("an office's accepted word is never flagged", () => {
    // 增置 (a Taiwan word, rare in jieba's mainland dictionary) is flagged in Simplified text only.
    const text = '要增置副秘书长一人，县委做出重要决定。';
    expect(run(text, 'hans').filter((d) => d.rule.startsWith('WRD-')).length).toBe(2);
    expect(run(text, 'hans', parseAccepted('# 本單位用詞\n增置\n做出\n')).filter((d) => d.rule.startsWith('WRD-'))).toEqual([]);
  });

  it('an accepted-words file rejects an over-long line with a zod error', () => {
    expect(() => parseAccepted(`${'字'.repeat(21)}\n`)).toThrow();
  });
});

describe('TERM-01 with the word layer', () => {
  it('flags a listed variant only where it starts a word', () => {
    // Made up: 记要 (→ 纪要) is on the default terms list; 书记要求 is 书记 + 要求.
    const text = '镇党委书记要求各村于月底前报送会议记要。';
    expect(
      run(text, 'hans')
        .filter((d) => d.rule === 'TERM-01')
        .map((d) => shown(text, d)),
    ).toEqual(['TERM-01 记要→纪要']);
    // Without the word layer the list is matched as written (both).
    expect(checkText(text, { script: 'hans' }).filter((d) => d.rule === 'TERM-01')).toHaveLength(2);
  });
});

describe('LNG-02 decides by word in a Traditional document', () => {
  const table: [string, string[]][] = [
    ['副縣長于海濤出席。', []],
    ['奮進新征程。', []],
    ['防止干擾。', []],
    ['里長表示。', []],
    ['各級幹部要勇於擔當。', []],
    ['要廣泛征求意見。', ['LNG-02 征→徵']],
    // 編制 is a word; OpenCC's greedy match from 程 reads 制表 → 製表 across it
    ['各局處應依期程編制表報。', []],
    // 台 is Taiwan's accepted form of 臺
    ['推動數位平台建置。', []],
    // 布 is Taiwan's standard form in 公布/宣布/分布 (OpenCC writes 佈)
    ['名單將公布於網站，結果宣布後分布各區。', []],
    // 雇 is Taiwan's standard form in 雇主 (OpenCC writes 僱)
    ['雇主應依法給付加班費。', []],
    ['要加快制造業發展。', ['LNG-02 制→製']],
    ['培養年輕干部。', ['LNG-02 干→幹']],
  ];
  it.each(table)('%s', (text, expected) => {
    // Character rules only: LNG-02 must not need the word layer.
    expect(checkText(text, { script: 'hant' }).map((d) => shown(text, d))).toEqual(expected);
  });
});
