import { converter } from '../script/converter';
import type { Script } from '../model';
import type { Conversion } from './types';

/**
 * Script detection by the characters that differ between the scripts and are common in meeting
 * reports (会/會, 议/議 …). A fixed pair list is instant, where building an OpenCC converter takes
 * about 300 ms; OpenCC is used for conversion, applied to the whole document on request.
 * Characters that exist in both scripts with other meanings (几, 划, 据, 干, 里) are left out.
 */
const PAIRS =
  '会會 议議 这這 为為 为爲 发發 国國 说說 时時 们們 个個 对對 经經 进進 现現 长長 书書 记記 开開 门門 问問 关關 东東 车車 ' +
  '业業 义義 学學 实實 员員 县縣 区區 导導 动動 组組 织織 领領 资資 产產 务務 结結 设設 调調 强強 认認 传傳 达達 参參 与與 ' +
  '决決 审審 论論 统統 计計 劳勞 济濟 农農 电電 话話 应應 该該 还還 过過 无無 从從 将將 质質 网網 讯訊 报報 处處 办辦 总總 ' +
  '规規 环環 卫衛 协協 战戰 级級 单單 简簡 边邊 观觀 点點 专專 项項 题題 听聽 讲講 讨討 见見 贯貫 彻徹 纪紀 检檢 监監 财財 ' +
  '税稅 费費 价價 险險 灾災 乡鄉 镇鎮 数數 兴興 奋奮 积積 极極 联聯 络絡 运運 输輸 护護 庆慶 节節 团團 华華 线線 广廣 双雙 ' +
  '层層 况況 样樣 权權 确確 热熱 厅廳 药藥 术術 场場 饭飯 馆館 够夠 视視 频頻 录錄 创創 优優 带帶 头頭 条條 张張 许許 变變 ' +
  '换換 岁歲 岗崗 负負 责責 备備 预預 继繼 续續';

const SIMPLIFIED = new Set<string>();
const TRADITIONAL = new Set<string>();
const TO_SIMPLIFIED = new Map<string, string>();
for (const pair of PAIRS.split(' ')) {
  const [s, t] = [...pair];
  SIMPLIFIED.add(s!);
  TRADITIONAL.add(t!);
  TO_SIMPLIFIED.set(t!, s!);
}

/**
 * The pair list's Traditional characters read as Simplified: enough to compare two lines written in
 * different scripts (a headline kept Simplified above a Traditional article) without OpenCC.
 */
const TRADITIONAL_CHAR = new RegExp(`[${[...TO_SIMPLIFIED.keys()].join('')}]`, 'gu');
export function foldToSimplified(text: string): string {
  // One pass of a character class, replacing only what differs: building the result a character at
  // a time cost more than the comparisons it serves (round 44). Every pair is of the BMP.
  return text.replace(TRADITIONAL_CHAR, (ch) => TO_SIMPLIFIED.get(ch)!);
}

/**
 * Each code unit's side (1 Simplified, 2 Traditional, 0 neither), looked up by number: a string of
 * every character of the text, looked up in the sets, cost more than the count (round 44). Every
 * pair is of the BMP, so a surrogate half reads 0, as the whole character it belongs to did.
 */
const SIDE = new Uint8Array(0x10000);
for (const ch of TRADITIONAL) SIDE[ch.charCodeAt(0)] = 2;
for (const ch of SIMPLIFIED) SIDE[ch.charCodeAt(0)] = 1;

export function scriptCounts(text: string): { hans: number; hant: number } {
  let hans = 0;
  let hant = 0;
  for (let i = 0; i < text.length; i++) {
    const side = SIDE[text.charCodeAt(i)];
    if (side === 1) hans++;
    else if (side === 2) hant++;
  }
  return { hans, hant };
}

/** The document's script; Simplified when there is no evidence either way (the mainland default). */
export function detectScript(text: string): Script {
  const { hans, hant } = scriptCounts(text);
  return hant > hans ? 'hant' : 'hans';
}

/** Converts to the requested script; `from` is the detected one. Returns the script after conversion. */
export function convertScript(text: string, from: Script, to: Conversion): { text: string; script: Script } {
  if (to === 'none') return { text, script: from };
  if (to === 'hans') return { text: from === 'hans' ? text : converter('t', 'cn')(text), script: 'hans' };
  const target = to === 'hant-hk' ? 'hk' : 'tw';
  return { text: converter(from === 'hans' ? 'cn' : 't', target)(text), script: 'hant' };
}
