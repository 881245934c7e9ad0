/**
 * Issue 15: the warm PDF export with the settle script before and after it measured through a
 * window of pages, in ALTERNATING runs on one warm printer (the machine is shared: alternating
 * keeps A and B under the same load). "before" is the same print HTML with the previous settle
 * script (tests/fixtures/layout/settle-before-window.js) in place of the current one.
 * Prints medians of the wall time and its split (load, settle, fonts, print), the CPU time
 * Chromium used (less sensitive to load than wall time) and the load average.
 * Run: npx tsx bench/export-settle.ts [--runs=5] [--pages=20,100] [--out=DIR] (DIR: the PDFs and HTML, for
 * comparing `pdftotext -bbox` output of the two)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ChromiumPrinter, countPdfPages } from '../electron/services/export';
import { buildPrintHtml, settleScript } from '../shared/layout';
import { childCpuMs } from './child-cpu';
import { benchTargets, documentOf, loadAverage } from './export-docs';
import { figure } from './figures';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 5);
const OUT = arg('out');
const BEFORE = readFileSync(path.join(root, 'tests/fixtures/layout/settle-before-window.js'), 'utf8');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const printer = new ChromiumPrinter({ clock: () => new Date('2024-02-20T08:00:00Z') });
  await printer.warm();
  const loadBefore = loadAverage();
  const rows: Record<string, string | number>[] = [];
  try {
    for (const [target, topics] of benchTargets(arg('pages')?.split(',').map(Number))) {
      const now = buildPrintHtml(documentOf(topics)).html;
      const html = { before: now.replace(`<script>${settleScript()}</script>`, () => `<script>${BEFORE}</script>`), now };
      const stats: Record<string, number[]> = {};
      const pdfs: Record<string, Uint8Array> = {};
      for (let i = 0; i <= RUNS; i++) {
        for (const k of ['before', 'now'] as const) {
          const t = performance.now();
          const cpu = childCpuMs();
          pdfs[k] = await printer.print(html[k], { title: 'bench' });
          if (i === 0) continue; // warm-up of each
          const add = (name: string, v: number) => (stats[`${k}.${name}`] ??= []).push(v);
          add('total', performance.now() - t);
          add('cpu', childCpuMs() - cpu);
          const s = printer.lastTimings;
          add('load', s.load + s.settleWait);
          add('settle', s.settle);
          add('fonts', s.fonts);
          add('print', s.print);
        }
      }
      for (const k of ['before', 'now'] as const) {
        const m = (name: string) => Math.round(median(stats[`${k}.${name}`]!));
        rows.push({
          pages: countPdfPages(pdfs[k]!),
          script: k,
          totalMs: m('total'),
          chromiumCpuMs: m('cpu'),
          loadAndSettleMs: m('load'),
          settleInPageMs: m('settle'),
          fontsMs: m('fonts'),
          printMs: m('print'),
        });
        figure(`${target} pages: PDF warm, settle ${k}`, m('total'), 'ms');
        figure(`${target} pages: Chromium CPU per PDF, settle ${k}`, m('cpu'), 'ms');
        if (OUT) {
          mkdirSync(OUT, { recursive: true });
          writeFileSync(path.join(OUT, `${k}-${target}.pdf`), pdfs[k]!);
          writeFileSync(path.join(OUT, `${k}-${target}.html`), html[k]);
        }
      }
    }
  } finally {
    await printer.close();
  }
  console.log(`${RUNS} alternating runs each; ${loadBefore} (start), ${loadAverage()} (end)`);
  console.table(rows);
}

await main();
