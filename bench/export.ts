/**
 * Export benchmark: 20- and 100-page documents. HTML build, PDF (warm: the browser already
 * running, as in the app; cold: a fresh `briefing export` process), DOCX, and LibreOffice
 * converting our own DOCX to PDF as the reference path users have today (when `soffice` exists;
 * locally `apt-get install -y libreoffice-writer`, not in CI), and the machine's load (uptime).
 * Run: npx tsx bench/export.ts
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ChromiumPrinter, countPdfPages } from '../electron/services/export';
import type { PrintTimings } from '../electron/services/export/chromium-printer';
import { buildDocx } from '../shared/docx';
import { buildPrintHtml } from '../shared/layout';
import { documentOf } from './export-docs';
import { figure } from './figures';

// `--pages=20` (npm run bench's quick run) or the default 20 and 100.
const TARGETS = (process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? '20,100').split(',').map(Number);
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-export-'));
  const printer = new ChromiumPrinter();
  const [, launch] = await time(() => printer.warm());
  const rows: Record<string, string | number>[] = [];
  const soffice = ['soffice', 'libreoffice'].find((b) => spawnSync('which', [b]).status === 0);
  try {
    for (const target of TARGETS) {
      // find the topic count that gives the target page count (the seed's 4 sections print ~4 pages)
      let topics = Math.max(1, Math.round(target / 4));
      let doc = documentOf(topics);
      let pdf = await printer.print(buildPrintHtml(doc).html);
      for (let i = 0; i < 6 && countPdfPages(pdf) !== target; i++) {
        topics = Math.max(1, Math.round((topics * target) / countPdfPages(pdf)));
        doc = documentOf(topics);
        pdf = await printer.print(buildPrintHtml(doc).html);
      }
      const pages = countPdfPages(pdf);
      const html: number[] = [],
        warm: number[] = [],
        docx: number[] = [];
      const split: Record<keyof PrintTimings, number[]> = { subset: [], load: [], settleWait: [], settle: [], fonts: [], print: [], info: [] };
      let bytes: Uint8Array = new Uint8Array();
      for (let i = 0; i < 5; i++) {
        const [built, h] = await time(() => buildPrintHtml(doc));
        html.push(h);
        warm.push((await time(() => printer.print(built.html)))[1]);
        for (const [k, v] of Object.entries(printer.lastTimings)) split[k as keyof PrintTimings].push(v);
        const [d, t] = await time(() => buildDocx(doc));
        docx.push(t);
        bytes = d;
      }
      const file = path.join(dir, `doc-${target}.json`);
      writeFileSync(file, JSON.stringify(doc));
      const docxFile = path.join(dir, `doc-${target}.docx`);
      writeFileSync(docxFile, bytes);
      // cold: a fresh CLI process: Node + tsx + Chromium launch + layout + print + write
      const [, cold] = await time(() => {
        execFileSync(process.execPath, [path.join(root, 'bin/briefing.mjs'), 'export', file, '--format', 'pdf', '--out', path.join(dir, `cold-${target}.pdf`), '--force'], {
          cwd: root,
          stdio: 'pipe',
        });
      });
      // LibreOffice converting our own DOCX of the same document: the path users have today. Its own
      // profile (created by the warm-up run, not timed) so a desktop LibreOffice cannot interfere.
      let lo = NaN;
      let loPages = 0;
      if (soffice) {
        const profile = `-env:UserInstallation=file://${path.join(dir, 'lo-profile')}`;
        const convert = () => execFileSync(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), docxFile], { stdio: 'pipe' });
        if (target === 20) convert();
        lo = (await time(convert))[1];
        loPages = countPdfPages(readFileSync(path.join(dir, 'lo', `doc-${target}.pdf`)));
      }
      rows.push({
        target,
        pages,
        htmlMs: +median(html).toFixed(1),
        pdfWarmMs: Math.round(median(warm)),
        // the warm PDF's split (medians): subset = the fonts cut to the page's characters (cached
        // after the first run), load = setContent to the load event, settle = the script's own run
        // in the page, settleWait = load event to "ready" seen, fonts = font report, print = page.pdf
        subsetMs: Math.round(median(split.subset)),
        loadMs: Math.round(median(split.load)),
        settleMs: Math.round(median(split.settle)),
        settleWaitMs: Math.round(median(split.settleWait)),
        fontsMs: Math.round(median(split.fonts)),
        printMs: Math.round(median(split.print)),
        infoMs: +median(split.info).toFixed(1),
        pdfColdCliMs: Math.round(cold),
        docxMs: Math.round(median(docx)),
        docxKB: Math.round(bytes.length / 1024),
        libreofficeMs: Number.isNaN(lo) ? 'not installed' : Math.round(lo),
        libreofficePages: loPages || '-',
        ratioLoToWarm: Number.isNaN(lo) ? '-' : +(lo / median(warm)).toFixed(1),
      });
    }
  } finally {
    await printer.close();
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Chromium launch (first use): ${Math.round(launch)} ms`);
  // the figures mean little on a busy machine: say how busy it was
  console.log(`load: ${execFileSync('uptime').toString().trim()}`);
  console.table(rows);
  figure('Chromium launch (first use)', launch, 'ms');
  for (const r of rows) {
    const at = `${r.pages} pages`;
    figure(`${at}: print HTML`, Number(r.htmlMs), 'ms');
    figure(`${at}: PDF, Chromium warm`, Number(r.pdfWarmMs), 'ms');
    for (const k of ['subsetMs', 'loadMs', 'settleMs', 'settleWaitMs', 'fontsMs', 'printMs'] as const) figure(`${at}: PDF warm, ${k.slice(0, -2)}`, Number(r[k]), 'ms');
    figure(`${at}: PDF, cold CLI process`, Number(r.pdfColdCliMs), 'ms');
    figure(`${at}: DOCX`, Number(r.docxMs), 'ms');
    if (typeof r.libreofficeMs === 'number') figure(`${at}: LibreOffice DOCX -> PDF`, r.libreofficeMs, 'ms');
  }
  console.log(JSON.stringify({ launchMs: Math.round(launch), rows }));
}

await main();
