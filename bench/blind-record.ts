/**
 * The blind record of issue 11: for every keyed batch of reports and every keyed sentence set, the
 * figures written down as the rounds went — main's code run once right after the keys landed
 * (main-run), the round's merged branches run once before anything was tuned on the set (first-run:
 * the blind figure), the end of the round after tuning (tuned-run, not blind) — and, with --now,
 * today's figure. Then the blind figures pooled: over every set, and over the latest rounds, so that
 * a claim about text the code has not seen rests on every set ever kept apart, not on the best one.
 *
 * It reads only the recorded run files (their summary lines); --now runs the scorers (summary lines
 * only), also on the sets kept unseen, as a VALIDATION read would.
 *   npx tsx bench/blind-record.ts [--now] [--last=8]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figure } from './figures';

const BENCH = import.meta.dirname;

/** A figure: right of total; byKind for sentence sets (caught of faults per fault kind). */
export interface Score {
  right: number;
  total: number;
  byKind?: Record<string, [number, number]>;
  falseErrors?: number;
  falseWarnings?: number;
}

/** The importer's summary line: `overall (strict)   278 / 298   93.3%`. */
export function readImporterRun(text: string): Score | undefined {
  const m = /^overall \(strict\)\s+(\d+)\s*\/\s*(\d+)/m.exec(text);
  return m ? { right: Number(m[1]), total: Number(m[2]) } : undefined;
}

/** The checker's two summary lines: `faults caught 16/30 (…); by kind misspelling 4/8, …` and the clean one. */
export function readCheckRun(text: string): Score | undefined {
  const m = /^faults caught (\d+)\/(\d+)[^\n]*?by kind ([^\n]*)$/m.exec(text);
  if (!m) return undefined;
  const byKind: Record<string, [number, number]> = {};
  for (const k of m[3]!.matchAll(/([a-z-]+) (\d+)\/(\d+)/g)) byKind[k[1]!] = [Number(k[2]), Number(k[3])];
  const c = /^clean sentences: (\d+)\/\d+ with a false error, (\d+) with a false warning/m.exec(text);
  return { right: Number(m[1]), total: Number(m[2]), byKind, falseErrors: c ? Number(c[1]) : undefined, falseWarnings: c ? Number(c[2]) : undefined };
}

/** The early rounds' first-run.json (a percentage, or counts for sentence sets). */
function readJsonRun(file: string, check: boolean): Score | undefined {
  const j = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  if (check && typeof j.faults_caught === 'number') {
    return {
      right: j.faults_caught,
      total: j.faults_total as number,
      byKind: j.by_kind as Record<string, [number, number]>,
      falseErrors: j.clean_false_errors as number,
      falseWarnings: j.clean_false_warnings as number,
    };
  }
  // Before counts were kept the record is a percentage only: weighed as 100 checks.
  if (!check && typeof j.overall === 'number') return { right: typeof j.right === 'number' ? j.right : j.overall, total: typeof j.total === 'number' ? j.total : 100 };
  return undefined;
}

interface Row {
  set: string;
  main?: Score;
  first?: Score;
  tuned?: Score;
  today?: Score;
}

const order = (s: string): number => Number(/-(\d+)$/.exec(s)?.[1] ?? 1);

function rows(prefix: 'heldout' | 'check-heldout', now: boolean): Row[] {
  const check = prefix === 'check-heldout';
  const read = check ? readCheckRun : readImporterRun;
  const sets = readdirSync(BENCH)
    .filter((n) => n === prefix || new RegExp(`^${prefix}-\\d+$`).test(n))
    .sort((a, b) => order(a) - order(b));
  return sets.map((set) => {
    const dir = join(BENCH, set);
    const txt = (f: string): Score | undefined => (existsSync(join(dir, f)) ? read(readFileSync(join(dir, f), 'utf8')) : undefined);
    const json = existsSync(join(dir, 'first-run.json')) ? readJsonRun(join(dir, 'first-run.json'), check) : undefined;
    const row: Row = { set, main: txt('main-run.txt'), first: txt('first-run.txt') ?? json, tuned: txt('tuned-run.txt') };
    if (now) {
      const args = check ? ['tsx', join(BENCH, 'score-check.ts'), join(dir, 'sentences.json')] : ['tsx', join(BENCH, 'score-heldout.ts'), dir];
      row.today = read(execFileSync('npx', args, { encoding: 'utf8', maxBuffer: 64 << 20 }));
    }
    return row;
  });
}

/** The blind figure of a set: the first run; a set not yet run by a round's branches has main's. */
const blind = (r: Row): Score | undefined => r.first ?? r.main;
const pct = (s: Score | undefined): string => (s ? `${((100 * s.right) / s.total).toFixed(1)} %` : '—');
const frac = (s: Score | undefined): string => (s ? `${s.right}/${s.total}` : '—');

export function pool(list: (Score | undefined)[]): Score {
  const out: Score = { right: 0, total: 0, byKind: {} };
  for (const s of list) {
    if (!s) continue;
    out.right += s.right;
    out.total += s.total;
    for (const [k, [x, n]] of Object.entries(s.byKind ?? {})) {
      const t = out.byKind![k] ?? [0, 0];
      out.byKind![k] = [t[0] + x, t[1] + n];
    }
  }
  return out;
}
const kinds = (s: Score): string =>
  Object.entries(s.byKind ?? {})
    .map(([k, [x, n]]) => `${k} ${x}/${n}`)
    .join(', ');

function main(): void {
  const now = process.argv.includes('--now');
  const LAST = Number(process.argv.find((a) => a.startsWith('--last='))?.slice(7) ?? 8);
  const importer = rows('heldout', now);
  console.log('Importer, held-out report batches (share of answer-key checks right)');
  console.log(['set', 'main before', 'first run (blind)', 'tuned', ...(now ? ['today'] : [])].join(' | '));
  for (const r of importer) console.log([r.set, pct(r.main), pct(blind(r)), pct(r.tuned), ...(now ? [pct(r.today)] : [])].join(' | '));
  const impAll = pool(importer.map(blind));
  const impLast = pool(importer.slice(-LAST).map(blind));
  console.log(`blind, pooled over ${importer.length} batches: ${pct(impAll)}; over the latest ${LAST}: ${pct(impLast)} (${frac(impLast)})`);
  figure(`importer blind, latest ${LAST} batches`, (100 * impLast.right) / impLast.total, '%');

  const checker = rows('check-heldout', now);
  console.log('\nChecker, held-out sentence sets (wrong-word faults caught)');
  console.log(['set', 'main before', 'first run (blind)', 'tuned', ...(now ? ['today'] : [])].join(' | '));
  for (const r of checker)
    console.log([r.set, frac(r.main), `${frac(blind(r))}${blind(r)?.falseErrors ? `, ${blind(r)!.falseErrors} false error(s)` : ''}`, frac(r.tuned), ...(now ? [frac(r.today)] : [])].join(' | '));
  const chkAll = pool(checker.map(blind));
  const chkLast = pool(checker.slice(-LAST).map(blind));
  console.log(`blind, pooled over ${checker.length} sets: ${frac(chkAll)} (${pct(chkAll)}); ${kinds(chkAll)}`);
  console.log(`blind, latest ${LAST} sets: ${frac(chkLast)} (${pct(chkLast)}); ${kinds(chkLast)}`);
  figure(`checker blind, latest ${LAST} sets`, (100 * chkLast.right) / chkLast.total, '%');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
