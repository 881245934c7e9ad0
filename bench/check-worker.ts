/**
 * The word worker as the app runs it (electron/services/check/words-client.ts): how long the
 * services' own thread stalls while the worker loads jieba-wasm and the word layer (the reason the
 * worker exists: the longest gap between 10 ms timer ticks on the main thread), the load time
 * measured inside the worker and from the main thread, what the worker costs in memory (process
 * RSS, the worker's V8 heap, the main thread's heap), and a warm check of a 20-page document
 * through the worker (texts sent over, findings back, the character rules on the main thread;
 * target < 100 ms). Run from source, the worker loads through tsx (words-worker-tsx.mjs).
 *   npx tsx bench/check-worker.ts
 */
import os from 'node:os';
import { checkDocument, documentUnits } from '../shared/check';
import { documentStats } from '../shared/editor';
import { createWordsClient } from '../electron/services/check/words-client';
import { realisticDocument } from './realistic';
import { figure } from './figures';

const MB = 2 ** 20;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const doc = realisticDocument(7);
const filler = doc.sections.flatMap((s) => s.paragraphs).filter(Boolean);
for (let i = 0; documentStats(doc).pages < 20; i++) doc.sections[i % doc.sections.length]!.paragraphs.push(filler[i % filler.length]!);
const pages = documentStats(doc).pages;
const texts = documentUnits(doc).map((u) => u.text);

checkDocument(doc); // OpenCC and the character rules warm on the main thread
const before = process.memoryUsage();
const load = os.loadavg()[0]!;

// The main thread's longest stall while the worker loads: timer ticks every 10 ms.
let last = performance.now();
let worstGap = 0;
const ticker = setInterval(() => {
  const now = performance.now();
  worstGap = Math.max(worstGap, now - last);
  last = now;
}, 10);

const words = createWordsClient();
const t0 = performance.now();
const ready = await words.ready();
const wall = performance.now() - t0;
clearInterval(ticker);
if (!ready) throw new Error('the word worker did not load');
const after = process.memoryUsage();

const once = async (): Promise<number> => {
  const t = performance.now();
  const layer = await words.layerFor(texts, doc.script);
  if (typeof layer !== 'object') throw new Error(`word layer ${layer}`);
  checkDocument(doc, { words: layer });
  return performance.now() - t;
};
const first = await once();
const warm = median(await Array.from({ length: 10 }).reduce<Promise<number[]>>(async (acc) => [...(await acc), await once()], Promise.resolve([])));
await words.close();

console.log(`load average ${load.toFixed(1)} (${os.cpus().length} cores)`);
console.log(`worker start-up: ready after ${wall.toFixed(0)} ms from the main thread (${ready.loadMs} ms inside the worker); main thread's longest stall meanwhile ${worstGap.toFixed(0)} ms`);
console.log(
  `memory: process RSS +${((after.rss - before.rss) / MB).toFixed(0)} MB, worker heap ${(ready.heapUsed / MB).toFixed(0)} MB, main heap +${((after.heapUsed - before.heapUsed) / MB).toFixed(1)} MB`,
);
console.log(`check ${pages} pages through the worker: first ${first.toFixed(0)} ms, warm median ${warm.toFixed(1)} ms (target < 100 ms)`);
figure('word worker ready (wall)', wall, 'ms');
figure('main thread longest stall during load', worstGap, 'ms');
figure('word worker RSS', (after.rss - before.rss) / MB, 'MB');
figure(`check ${pages} pages via worker, warm median`, warm, 'ms');
