/**
 * Import time for a 5,000-character article (target < 100 ms) and check time for a 20-page
 * document (target < 100 ms). Cold = first call in the process (builds regexes; the check's
 * script rule loads OpenCC dictionaries once); warm = median of 20 further calls.
 * Also the importer's segmenter (jieba-wasm): its start-up time and memory, measured first, in a
 * process that has not loaded it yet; the importer loads it lazily, only when the rules are unsure.
 *   npx tsx bench/importer.ts
 */
import { checkDocument } from '../shared/check';
import { importText } from '../shared/importer';
import { segmenter, tagWords } from '../shared/importer/segment';
import { figure } from './figures';
import { seedArticle } from './seed-article';

const article = seedArticle(5000);

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

// Segmenter start-up: loading the module (reads the 4 MB WASM), then the first tagging call
// (builds the dictionary), and the resident memory that adds.
globalThis.gc?.();
const rss0 = process.memoryUsage().rss;
const load = time(() => segmenter());
const firstTag = time(() => tagWords('县委副书记、县长林某某主持召开县长办公会议'));
const rss1 = process.memoryUsage().rss;
const tagWarm = median(Array.from({ length: 20 }, () => time(() => tagWords('市政协副主席周某、陈某某、吴某，市政协秘书长郑某某出席会议。')).ms));
console.log(
  `segmenter: load ${load.ms.toFixed(0)} ms, first tag ${firstTag.ms.toFixed(0)} ms, +${((rss1 - rss0) / 1e6).toFixed(0)} MB resident, warm tag of a sentence ${tagWarm.toFixed(2)} ms${load.value ? '' : ' (NOT AVAILABLE)'}`,
);
figure('segmenter load', load.ms, 'ms');
figure('segmenter first tag (dictionary build)', firstTag.ms, 'ms');
figure('segmenter resident memory', (rss1 - rss0) / 1e6, 'MB');
figure('segmenter warm tag, one sentence', tagWarm, 'ms');

const now = new Date();
const cold = time(() => importText(article, { now }));
const warm = median(Array.from({ length: 20 }, () => time(() => importText(article, { now })).ms));
console.log(`import ${article.length} chars: cold ${cold.ms.toFixed(1)} ms, warm median ${warm.toFixed(1)} ms (target < 100 ms)`);
figure(`import ${article.length} chars, cold`, cold.ms, 'ms');
figure(`import ${article.length} chars, warm median`, warm, 'ms');

// 20 pages at 22 lines x 28 characters: about 12,300 characters of body.
const doc = structuredClone(cold.value.draft);
while (doc.sections.flatMap((s) => s.paragraphs).join('').length < 20 * 22 * 28)
  doc.sections.push(...structuredClone(cold.value.draft.sections).map((s, i) => ({ ...s, id: `${s.id}x${doc.sections.length}${i}` })));
const chars = doc.sections.flatMap((s) => [...s.paragraphs, ...s.items.map((it) => it.text)]).join('').length;
const checkCold = time(() => checkDocument(doc));
const checkWarm = median(Array.from({ length: 20 }, () => time(() => checkDocument(doc)).ms));
console.log(
  `check ${chars} chars (~${Math.round(chars / (22 * 28))} pages): cold ${checkCold.ms.toFixed(1)} ms, warm median ${checkWarm.toFixed(1)} ms, ${checkCold.value.length} diagnostics (target < 100 ms)`,
);
figure(`check ~${Math.round(chars / (22 * 28))} pages, cold`, checkCold.ms, 'ms');
figure(`check ~${Math.round(chars / (22 * 28))} pages, warm median`, checkWarm, 'ms');
