import type { WordLayer } from '../../../shared/check/words';

/**
 * Text the word worker checks once after it says 'ready', one paragraph per turn of its event
 * loop. Written for this purpose (no report's words): 公文 sentences of the kinds the rules look
 * at — leads, lists, 的/地/得, idioms, names, numbers, dates — in both scripts.
 *
 * Why: V8 optimises the word rules on the type feedback of the text it has seen. Warmed on the
 * one sentence checked at start-up, a person's first 20-page document took 154–179 ms against
 * 84–93 ms in a worker warmed on more text (bench/check-fresh.ts, "a person's first document").
 * The eight paragraphs are too little text for the optimiser, so warmParagraphs rebuilds more
 * from their clauses: text no cache has answered, which runs the search paths too.
 */
export const WARM_UP: readonly { text: string; script: 'hans' | 'hant' }[] = [
  { script: 'hans', text: '会议指出，今年以来全县上下认真贯彻落实上级决策部署，经济运行总体平稳，民生保障持续加强，但也要清醒地看到，发展不平衡不充分的问题依然突出。' },
  { script: 'hans', text: '会议强调，各级各部门要切实提高政治站位，压紧压实工作责任，扎实细致地做好防汛救灾各项准备，确保人民群众生命财产安全万无一失。' },
  { script: 'hans', text: '会议要求，一是抓好项目建设，牵头单位为县发展改革局，12月31日前完成；二是优化营商环境，由县行政审批局负责，持续推进“一网通办”。' },
  { script: 'hans', text: '会议研究了城区老旧小区改造实施方案，原则同意该方案，请县住房和城乡建设局根据会议意见修改完善后按程序印发实施。' },
  { script: 'hans', text: '会议听取了关于第三季度安全生产形势的汇报，对下一阶段隐患排查整治工作作出具体安排，大家一致认为要坚持问题导向，举一反三，防患于未然。' },
  { script: 'hans', text: '出席会议的有县委常委、副县长李明，县政府办公室主任王小红，各乡镇人民政府、县直有关单位主要负责同志列席会议。' },
  { script: 'hant', text: '會議指出，各單位要以更加務實的作風推動工作落實，認真研究解決群眾反映強烈的突出問題，確保各項措施落地見效。' },
  { script: 'hant', text: '會議決定，由縣財政局牽頭，會同相關部門於十一月底前提出資金保障方案，報縣政府常務會議審議。' },
];

const clausesOf = (text: string): string[] => text.split(/(?<=[，；。])/).filter(Boolean);

/**
 * The warm-up paragraphs: each one as written, then ROUNDS more built from clauses of different
 * paragraphs of the same script (a deterministic rotation), so every paragraph is text no cache
 * has answered and the rules see enough of it for the optimiser.
 */
const ROUNDS = 12;
function warmParagraphs(): { text: string; script: 'hans' | 'hant' }[] {
  const out = [...WARM_UP];
  for (const script of ['hans', 'hant'] as const) {
    const pool = WARM_UP.filter((p) => p.script === script).map((p) => clausesOf(p.text));
    for (let r = 1; r <= ROUNDS; r++)
      for (let i = 0; i < pool.length; i++) {
        // every other clause taken from another paragraph, a different one for each clause and round
        const text = pool[i]!.map((own, j) => {
          if (j % 2 !== r % 2) return own;
          const other = pool[(i + r + j) % pool.length]!;
          return other[j % other.length] ?? own;
        }).join('');
        out.push({ script, text: (r % 3 === 0 ? clausesOf(text).reverse().join('') : text) + `（${r}）` });
      }
  }
  return out;
}

/**
 * Checks the warm-up text through `layer`, one paragraph per turn (setImmediate), so a request that
 * arrives meanwhile waits for one paragraph at most. Errors are ignored: warming is an optimisation.
 */
export function warmUp(layer: Pick<WordLayer, 'check'>, done: (paragraphs: number) => void = () => undefined): void {
  const queue = warmParagraphs();
  const total = queue.length;
  const next = (): void => {
    const p = queue.shift();
    if (!p) return done(total);
    try {
      layer.check(p.text, p.script);
    } catch {
      // a failure here changes nothing the person sees: the real check reports its own
    }
    setImmediate(next);
  };
  setImmediate(next);
}
