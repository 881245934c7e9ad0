/**
 * CLI start-up benchmark (issue 15): `briefing help` and `briefing list` on a library of 100
 * realistic documents, each measured as a whole process (`node bin/briefing.mjs …`, spawn to
 * exit), from the bundle tools/build-cli.mjs makes and, for comparison, from the TypeScript source
 * through tsx (the fallback, and what every run cost before the bundle). The bundle is rebuilt
 * first so the figures are for the current source. Target: < 250 ms for help and list.
 *
 * `--baseline=DIR`: a directory holding an older build's briefing.mjs (e.g. the one-file bundle of
 * commit 89c3949, before the command table split it into chunks: copy dist/cli/briefing.mjs from a
 * build of that commit into dist/cli-baseline/). help and list then run alternately from the
 * baseline and the current build (A, B, A, B…), so both see the same load on a shared machine.
 * The split of `list` (node start, imports, store, print) comes from one more process per run: a
 * harness that imports the bundle's entry, then the chunk of the list command (all list loads),
 * then runs main(['list', …]) and notes when the first line is printed (see split() below).
 * Run: npx tsx bench/cli.ts [--runs=N] [--baseline=dist/cli-baseline]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../electron/services/store/document-store';
import { figure } from './figures';
import { realisticDocument } from './realistic';

const root = path.resolve(import.meta.dirname, '..');
const RUNS = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
const DOCUMENTS = 100;
const BASELINE = process.argv.find((a) => a.startsWith('--baseline='))?.slice(11);

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), min: s[0]! };
}

// GNU time, where installed, also gives the child's CPU time: on a shared machine the wall time
// grows with the load, the CPU time much less, so both are printed.
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Wall (and CPU) time of one whole `node bin/briefing.mjs …` process; fails loudly if the command fails. */
function run(args: string[], env: Record<string, string>, bin = path.join(root, 'bin/briefing.mjs')): { wall: number; cpu: number } {
  const command = [process.execPath, bin, ...args];
  const [file, ...argv] = GNU_TIME ? [GNU_TIME, '-f', 'cpu %U %S', ...command] : command;
  const t = performance.now();
  const r = spawnSync(file!, argv, { env: { ...process.env, ...env }, encoding: 'utf8' });
  const wall = performance.now() - t;
  if (r.status !== 0) throw new Error(`briefing ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  const m = /cpu ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr);
  return { wall, cpu: m ? (Number(m[1]) + Number(m[2])) * 1000 : NaN };
}

async function main() {
  const built = spawnSync(process.execPath, [path.join(root, 'tools/build-cli.mjs')], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('tools/build-cli.mjs failed');
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'bench-cli-'));
  try {
    const store = await openStore({ dataDir, clock: () => new Date() });
    for (let i = 0; i < DOCUMENTS; i++) await store.create(realisticDocument(i));
    await store.close();
    const load = () =>
      os
        .loadavg()
        .map((x) => x.toFixed(2))
        .join(' ');
    console.log(`load average before: ${load()}; ${RUNS} runs each, whole processes, ${DOCUMENTS} documents`);
    const cases: [string, string[], Record<string, string>][] = [
      ['help, bundle', ['help'], {}],
      ['list, bundle', ['list', '--data-dir', dataDir], {}],
      ['help, tsx source', ['help'], { BRIEFING_CLI_SOURCE: '1' }],
      ['list, tsx source', ['list', '--data-dir', dataDir], { BRIEFING_CLI_SOURCE: '1' }],
    ];
    for (const [name, args, env] of cases) {
      run(args, env); // warm the OS file cache
      const times = Array.from({ length: RUNS }, () => run(args, env));
      const s = stats(times.map((t) => t.wall));
      const cpu = stats(times.map((t) => t.cpu));
      console.log(`${name.padEnd(18)} wall median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, min ${s.min.toFixed(0)} ms; CPU median ${cpu.median.toFixed(0)} ms`);
      figure(`${name}, wall median`, s.median, 'ms');
      figure(`${name}, CPU median`, cpu.median, 'ms');
    }
    split(dataDir);
    if (BASELINE) alternate(path.resolve(root, BASELINE), dataDir);
    console.log(`load average after: ${load()}`);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

function report(name: string, times: { wall: number; cpu: number }[]): void {
  const s = stats(times.map((t) => t.wall));
  const cpu = stats(times.map((t) => t.cpu));
  console.log(`${name.padEnd(18)} wall median ${s.median.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, min ${s.min.toFixed(0)} ms; CPU median ${cpu.median.toFixed(0)} ms`);
  figure(`${name}, wall median`, s.median, 'ms');
  figure(`${name}, CPU median`, cpu.median, 'ms');
}

/** help and list from the baseline build and the current one, run by turns under the same load. */
function alternate(dir: string, dataDir: string): void {
  // the baseline runs the way bin/briefing.mjs runs a bundle: import it, call main
  const bin = path.join(dir, 'run.mjs');
  writeFileSync(bin, "const { main } = await import('./briefing.mjs');\nprocess.exitCode = await main(process.argv.slice(2));\n");
  console.log(
    `A/B, alternating: baseline ${path.relative(root, dir)} vs current; load average ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')}`,
  );
  for (const [name, args] of [
    ['help', ['help']],
    ['list', ['list', '--data-dir', dataDir]],
  ] as const) {
    const a: { wall: number; cpu: number }[] = [];
    const b: typeof a = [];
    run([...args], {}, bin);
    run([...args], {});
    for (let i = 0; i < RUNS; i++) {
      a.push(run([...args], {}, bin));
      b.push(run([...args], {}));
    }
    report(`${name}, baseline`, a);
    report(`${name}, current`, b);
  }
}

/**
 * Where a `list` process spends its time, from inside one: node start (performance.now() when
 * the harness begins: Node's own start-up, before any of our code), the entry (briefing.mjs and
 * its static chunks, all `help` loads), the list command's chunks (zod, the model, the store: the
 * import() main.ts makes, made here first so it is timed alone), the store (main() up to its first
 * line of output: the policy, the data dir's lock and recovery, the index, docs:list through
 * dispatch) and print (first line to return: the rows formatted and written, then the store
 * closed, which releases the lock). Medians over the runs; the whole-process wall is above.
 */
function split(dataDir: string): void {
  const dist = path.join(root, 'dist/cli');
  const entry = readFileSync(path.join(dist, 'briefing.mjs'), 'utf8');
  const chunk = /list:async\(\)=>\(await import\("(\.\/chunk-[\w-]+\.mjs)"\)\)/.exec(entry)?.[1];
  if (!chunk) {
    console.log('list split: the list loader was not found in dist/cli/briefing.mjs (minified shape changed?); skipped');
    return;
  }
  const harness = path.join(dist, 'bench-split.mjs');
  writeFileSync(
    harness,
    `const t0 = performance.now();
const { main } = await import('./briefing.mjs');
const t1 = performance.now();
await import('${chunk}');
const t2 = performance.now();
let first = 0;
const io = { stdout: (t) => { first ||= performance.now(); process.stdout.write(t); }, stderr: (t) => process.stderr.write(t), env: process.env, cwd: process.cwd() };
const code = await main(process.argv.slice(2), io);
const t3 = performance.now();
process.stderr.write(JSON.stringify({ code, node: t0, entry: t1 - t0, chunks: t2 - t1, store: first - t2, print: t3 - first }));
`,
  );
  try {
    const parts: Record<string, number[]> = { node: [], entry: [], chunks: [], store: [], print: [] };
    const once = () => {
      const r = spawnSync(process.execPath, [harness, 'list', '--data-dir', dataDir], { encoding: 'utf8' });
      const m = JSON.parse(r.stderr.slice(r.stderr.lastIndexOf('{'))) as Record<string, number>;
      if (r.status !== 0 || m.code !== 0) throw new Error(`split harness failed: ${r.stderr.trim()}`);
      for (const k of Object.keys(parts)) parts[k]!.push(m[k]!);
    };
    once(); // warm the OS file cache
    for (const k of Object.keys(parts)) parts[k] = [];
    for (let i = 0; i < RUNS; i++) once();
    const med = Object.fromEntries(Object.entries(parts).map(([k, xs]) => [k, stats(xs).median]));
    console.log(
      `list split (medians): node start ${med.node!.toFixed(0)} ms, entry ${med.entry!.toFixed(1)} ms, list's chunks ${med.chunks!.toFixed(0)} ms, store ${med.store!.toFixed(0)} ms, print ${med.print!.toFixed(1)} ms`,
    );
    for (const [k, v] of Object.entries(med)) figure(`list split: ${k}`, v, 'ms');
  } finally {
    rmSync(harness, { force: true });
  }
}

await main();
