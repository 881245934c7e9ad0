/**
 * The word layer's costs: start-up (jieba-wasm module, its dictionary inflated and parsed, the
 * near-miss and same-sound indexes, jieba's own first call) and memory, then checking a 20-page document warm with
 * and without the word layer (target < 100 ms with it). Start-up runs once per process, on the
 * first check:run, in the services (main process), never in the renderer.
 *   npx tsx bench/check-words.ts
 */
import { checkDocument } from '../shared/check';
import { documentStats } from '../shared/editor';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { realisticDocument } from './realistic';
import { figure } from './figures';

const mb = (): number => process.memoryUsage().rss / 2 ** 20;
function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// A 20-page document from the realistic generator, as bench/typing.ts builds it.
const doc = realisticDocument(7);
const filler = doc.sections.flatMap((s) => s.paragraphs).filter(Boolean);
for (let i = 0; documentStats(doc).pages < 20; i++) doc.sections[i % doc.sections.length]!.paragraphs.push(filler[i % filler.length]!);
const pages = documentStats(doc).pages;

checkDocument(doc); // OpenCC and the character rules warm, so the rows below are the word layer's own.
const rss0 = mb();
const seg = time(() => jiebaSegmenter.tag('会议'));
const dict = time(() => jiebaDictionary());
const index = time(() => dict.value.near('焕散'));
const sound = time(() => dict.value.soundAlike('竞竞业业'));
const layer = time(() => wordLayer());
const rss1 = mb();
const first = time(() => checkDocument(doc, { words: layer.value }));
const warm = median(Array.from({ length: 10 }, () => time(() => checkDocument(doc, { words: layer.value })).ms));
const without = median(Array.from({ length: 10 }, () => time(() => checkDocument(doc)).ms));
const wordOnly = first.value.filter((d) => d.rule.startsWith('WRD-')).length;

console.log(
  `start-up: jieba module + first call ${seg.ms.toFixed(0)} ms, dictionary inflate + parse ${dict.ms.toFixed(0)} ms (${dict.value.size} words), near-miss index ${index.ms.toFixed(0)} ms, same-sound index ${sound.ms.toFixed(0)} ms, vocabulary ${layer.ms.toFixed(0)} ms`,
);
console.log(`memory: RSS +${(rss1 - rss0).toFixed(0)} MB for the word layer (RSS now ${rss1.toFixed(0)} MB)`);
console.log(
  `check ${pages} pages: first with words ${first.ms.toFixed(0)} ms, warm median ${warm.toFixed(1)} ms with words, ${without.toFixed(1)} ms without (${wordOnly} WRD findings; target < 100 ms)`,
);
figure('word layer start-up, jieba', seg.ms, 'ms');
figure('word layer start-up, dictionary', dict.ms, 'ms');
figure('word layer start-up, near-miss index', index.ms, 'ms');
figure('word layer start-up, same-sound index', sound.ms, 'ms');
figure('word layer memory', rss1 - rss0, 'MB');
figure(`check ${pages} pages with words, warm median`, warm, 'ms');
figure(`check ${pages} pages without words, warm median`, without, 'ms');
