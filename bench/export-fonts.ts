/**
 * Issue 15, third pass: the warm PDF export with the system fonts as they are ("system") and with
 * them cut to the page's characters first (electron/services/fonts): "subset" with the subset
 * cache warm (a re-export of the same document), "subset new doc" with the cache emptied but the
 * font files still read (the next document of a batch, an export after an edit), "subset cold"
 * with nothing kept (the first export after 30 s idle or in a new process). ALTERNATING runs on one warm printer, so all three see the
 * same load. Prints medians of the wall time and its split (subset, load + settle, settle in the
 * page, fonts, print), the CPU time Chromium used and the load average; then whether
 * `pdftotext -bbox` of the subset PDF equals the system one's (same glyphs in the same places).
 * Run: npx tsx bench/export-fonts.ts [--runs=5] [--pages=20,100] [--out=DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChromiumPrinter, countPdfPages } from '../electron/services/export';
import { clearSubsetCache, withSubsetFonts } from '../electron/services/fonts/print-fonts';
import { buildPrintHtml } from '../shared/layout';
import { childCpuMs } from './child-cpu';
import { benchTargets, documentOf, loadAverage } from './export-docs';
import { figure } from './figures';

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const RUNS = Number(arg('runs') ?? 5);
const OUT = arg('out');
const MODES = ['system', 'subset', 'subset new doc', 'subset cold'] as const;
type Mode = (typeof MODES)[number];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function bbox(pdf: Uint8Array, dir: string, name: string): string | undefined {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  const r = spawnSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout : undefined;
}

async function main() {
  // the page is given its subset fonts here, so the step can be timed on its own
  const printer = new ChromiumPrinter({ clock: () => new Date('2024-02-20T08:00:00Z'), subsetFonts: false });
  await printer.warm();
  const loadBefore = loadAverage();
  const rows: Record<string, string | number>[] = [];
  const scratch = mkdtempSync(path.join(tmpdir(), 'bench-fonts-'));
  try {
    for (const [target, topics] of benchTargets(arg('pages')?.split(',').map(Number))) {
      const html = buildPrintHtml(documentOf(topics)).html;
      const stats: Record<string, number[]> = {};
      const pdfs: Partial<Record<Mode, Uint8Array>> = {};
      let faces = '';
      for (let i = 0; i <= RUNS; i++) {
        for (const mode of MODES) {
          // new doc: another character set, the font files still in the subsetter; cold: nothing kept
          if (mode !== 'system' && mode !== 'subset') clearSubsetCache({ keepFonts: mode === 'subset new doc' });
          const t = performance.now();
          const cpu = childCpuMs();
          const sub = mode === 'system' ? undefined : await withSubsetFonts(html);
          if (sub?.error) throw new Error(sub.error);
          if (sub) faces = sub.faces.map((f) => `${f.family} ${Math.round(f.bytes / 1024)} KB`).join(', ');
          pdfs[mode] = await printer.print(sub?.html ?? html, { title: 'bench' });
          if (i === 0) continue; // warm-up of each
          const add = (name: string, v: number) => (stats[`${mode}.${name}`] ??= []).push(v);
          add('total', performance.now() - t);
          add('cpu', childCpuMs() - cpu);
          add('subset', sub?.ms ?? 0);
          const s = printer.lastTimings;
          add('load', s.load + s.settleWait);
          add('settle', s.settle);
          add('fonts', s.fonts);
          add('print', s.print);
        }
      }
      const base = bbox(pdfs.system!, scratch, `system-${target}`);
      for (const mode of MODES) {
        const m = (name: string) => Math.round(median(stats[`${mode}.${name}`]!));
        const box = mode === 'system' ? base : bbox(pdfs[mode]!, scratch, `${mode}-${target}`);
        rows.push({
          pages: countPdfPages(pdfs[mode]!),
          fonts: mode,
          totalMs: m('total'),
          chromiumCpuMs: m('cpu'),
          subsetMs: m('subset'),
          loadAndSettleMs: m('load'),
          settleInPageMs: m('settle'),
          fontsMs: m('fonts'),
          printMs: m('print'),
          pdfKB: Math.round(pdfs[mode]!.length / 1024),
          bboxSameAsSystem: base === undefined ? 'no pdftotext' : box === base ? 'yes' : 'NO',
        });
        figure(`${target} pages: PDF warm, fonts ${mode}`, m('total'), 'ms');
        figure(`${target} pages: Chromium CPU per PDF, fonts ${mode}`, m('cpu'), 'ms');
        if (OUT) {
          mkdirSync(OUT, { recursive: true });
          writeFileSync(path.join(OUT, `${mode.replace(/ /g, '-')}-${target}.pdf`), pdfs[mode]!);
        }
      }
      console.log(`${target} pages, subset fonts: ${faces}`);
    }
  } finally {
    await printer.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(`${RUNS} alternating runs each; ${loadBefore} (start), ${loadAverage()} (end)`);
  console.table(rows);
}

await main();
