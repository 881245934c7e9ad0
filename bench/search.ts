/**
 * Search at library scale: 5,000 realistic documents, the docs:search service called directly
 * (as the IPC/loopback transports do after parsing). Prints the index build time, memory and the
 * per-query latency (median, p95, max over 40 runs) for the kinds of queries clerks type.
 *
 *   npx tsx bench/search.ts [documents=5000]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServices } from '../electron/services';
import { SCHEMA_VERSION } from '../shared/model';
import { tempDir } from '../tests/helpers/tmp';
import { realisticDocument } from './realistic';
import { figure } from './figures';

const N = Number(process.argv[2] ?? 5000);
const RUNS = 40;

/** Clauses of real meeting prose (the seed article and the templates) to vary each document's vocabulary. */
async function clauses(): Promise<string[]> {
  // the team's shared fixtures sit beside the project (../shared); without them the extra clauses do
  const seed = await readFile(path.join(import.meta.dirname, '../../shared/fixtures/seed-article.txt'), 'utf8').catch(() => '');
  const extra =
    '推进乡村振兴，加强基层治理，做好防汛抗旱，强化安全生产，优化营商环境，深化放管服改革，推动数字政府建设，加快城市更新，' +
    '做好民生保障，稳定粮食生产，推进生态文明建设，抓好河湖长制，加强耕地保护，推进教育强市，深化医药卫生体制改革，做好信访维稳，' +
    '加强财政预算管理，规范政府采购，推进重点项目建设，抓好招商引资，强化审计整改，推进老旧小区改造，加快轨道交通建设，做好森林防火';
  return `${seed}，${extra}`
    .split(/[，。；、\n]/u)
    .map((s) => s.trim())
    .filter((s) => s.length >= 4);
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1]! };
}

async function main() {
  const { dir, cleanup } = await tempDir('briefing-search-bench-');
  const pool = await clauses();
  const docsDir = path.join(dir, 'documents');
  await mkdir(docsDir, { recursive: true });
  let rare = '';
  for (let i = 0; i < N; i++) {
    const doc = realisticDocument(i);
    // Each document gets a dozen clauses of its own picking, and one in a hundred a rare phrase.
    const own = Array.from({ length: 12 }, (_, k) => pool[(i * 7 + k * 13) % pool.length]).join('，');
    const body = doc.sections.find((s) => s.paragraphs.length > 0)!;
    body.paragraphs = [...body.paragraphs, `${own}。${i % 100 === 0 ? '会议研究了跨海大桥可行性论证。' : ''}`];
    if (i % 100 === 0) rare = '跨海大桥';
    const file = { format: 'briefing-desk/document', schemaVersion: SCHEMA_VERSION, doc: { ...doc, revision: 1 }, history: [] };
    await writeFile(path.join(docsDir, `${doc.id}.json`), JSON.stringify(file));
  }
  const t0 = performance.now();
  const services = await createServices({ dataDir: dir, mode: 'cli' });
  const openMs = performance.now() - t0;
  const api = services.api;
  const heapBefore = process.memoryUsage().heapUsed;
  const t1 = performance.now();
  await api['docs:search']({ query: '会议' });
  const buildMs = performance.now() - t1;
  global.gc?.();
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;

  const queries: [string, string][] = [
    ['common word (in every document)', '会议'],
    ['phrase, 4 characters', '新质生产力'],
    ['phrase across word boundaries', '压实工作责任'],
    [`rare phrase (1 in 100)`, rare],
    ['single character', '汛'],
    ['two parts', '营商环境 招商引资'],
    ['title number', '第4321次'],
    ['Latin / digits', '2026年6月底前'],
    ['no match', '量子计算机'],
  ];
  console.log(`documents: ${N}; open (index rebuild from files): ${openMs.toFixed(0)} ms; search index build: ${buildMs.toFixed(0)} ms; index heap ≈ ${heapMb.toFixed(0)} MB`);
  figure(`${N} docs: open`, openMs, 'ms');
  figure(`${N} docs: index build`, buildMs, 'ms');
  figure(`${N} docs: index heap`, heapMb, 'MB');
  console.log('| query | hits | median ms | p95 ms | max ms |');
  console.log('|---|---|---|---|---|');
  for (const [label, query] of queries) {
    const times: number[] = [];
    let total = 0;
    for (let r = 0; r < RUNS; r++) {
      const started = performance.now();
      const result = await api['docs:search']({ query, limit: 50 });
      times.push(performance.now() - started);
      total = result.total;
    }
    const s = stats(times);
    console.log(`| ${label}: ${query} | ${total} | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} |`);
    figure(`${label}: median`, s.median, 'ms');
    figure(`${label}: p95`, s.p95, 'ms');
  }
  // After a save: the next search re-reads the one changed file.
  const entry = (await api['docs:list']({})).entries[0]!;
  const after: number[] = [];
  for (let r = 0; r < 10; r++) {
    const { doc } = await api['docs:get']({ id: entry.id });
    doc.sections[0]!.paragraphs = [...doc.sections[0]!.paragraphs, `新增段落${r}。`];
    await api['docs:save']({ doc });
    const started = performance.now();
    const result = await api['docs:search']({ query: `新增段落${r}` });
    after.push(performance.now() - started);
    if (result.total !== 1) throw new Error('saved text not found');
  }
  const s = stats(after);
  console.log(`| first search after a save (re-index 1 document) | 1 | ${s.median.toFixed(1)} | ${s.p95.toFixed(1)} | ${s.max.toFixed(1)} |`);
  figure('first search after a save: median', s.median, 'ms');
  await services.close();
  await cleanup();
}

void main();
