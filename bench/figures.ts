import { appendFileSync } from 'node:fs';

/**
 * One measured figure. Each benchmark still prints its own lines for a person reading it; this
 * also hands the figure to `npm run bench` (bench/run.ts), which sets BENCH_FIGURES to a file per
 * benchmark and prints every figure of every benchmark in one table. Without the variable
 * (a benchmark run alone) it does nothing.
 */
export function figure(name: string, value: number, unit: string): void {
  const file = process.env.BENCH_FIGURES;
  if (!file) return;
  const rounded = Math.abs(value) >= 100 ? Math.round(value) : Number(value.toFixed(1));
  appendFileSync(file, `${JSON.stringify({ name, value: rounded, unit })}\n`);
}
