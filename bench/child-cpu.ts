import { readFileSync, readdirSync } from 'node:fs';

/**
 * CPU time (user + system, ms) used so far by this process's descendants: the Chromium processes
 * a benchmark started. On a machine shared with other work, wall time swings with the load;
 * CPU time swings far less, so A/B benchmarks print both. Linux /proc only (NaN elsewhere).
 */
export function childCpuMs(): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((d) => /^\d+$/.test(d));
  } catch {
    return NaN;
  }
  const children = new Map<number, number[]>();
  const ticks = new Map<number, number>();
  for (const d of entries) {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      // fields after "(comm)": state ppid ... utime (14th overall) stime (15th)
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ppid = Number(f[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(d)]);
      ticks.set(Number(d), Number(f[11]) + Number(f[12]));
    } catch {
      // the process ended while we looked
    }
  }
  let sum = 0;
  const walk = (pid: number): void => {
    for (const c of children.get(pid) ?? []) {
      sum += ticks.get(c) ?? 0;
      walk(c);
    }
  };
  walk(process.pid);
  return sum * 10; // USER_HZ is 100 on Linux
}
