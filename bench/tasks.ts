/**
 * The 督办台账 at 5,000 tasks: 100 documents x 50 action items in a real data dir (real store,
 * real tasks.json). Measures
 *   - the first sync (every document read, 5,000 tasks derived, deadlines parsed, tasks.json written);
 *   - opening the register in a fresh services instance (tasks.json read, nothing to re-derive),
 *     in this process and in a fresh process (bench/tasks-open.ts: no code warmed up yet);
 *   - the view's filters, search and sort over the 5,000 rows (shared/tasks/view.ts), as the
 *     renderer runs them on each keystroke. Target: open + filter under 100 ms.
 *   tsx bench/tasks.ts [--tasks=5000]
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createServices } from '../electron/services';
import { filterTasks, sortTasks } from '../shared/tasks';
import { figure } from './figures';

const total = Number(process.argv.find((a) => a.startsWith('--tasks='))?.split('=')[1] ?? 5000);
const PER_DOC = 50;
const UNITS = ['市发改委', '市财政局', '市住建局', '市水务局', '市教育局', '市卫健委', '市应急局', '市自然资源局', '市交通局', '市商务局', '市农业农村局', '市生态环境局'];
const DUES = ['3月底前', '6月30日前', '年底前', '上半年', '第一季度末', '11月中旬', '下月10日前', '一个月内', '两周内', '国庆节前', '春节前', '10个工作日内', '长期坚持', '持续推进'];

const clock = () => new Date('2025-06-15T09:00:00+08:00');

/**
 * Wall time, and the CPU time of this process beside it: on the shared 2-core machine the wall
 * figure carries the other sessions' load, the CPU figure is closer to what an idle PC would show.
 */
async function time<T>(fn: () => Promise<T> | T): Promise<[T, number, number]> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = await fn();
  const c = process.cpuUsage(c0);
  return [r, performance.now() - t0, (c.user + c.system) / 1000];
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-tasks-'));
try {
  let services = await createServices({ dataDir: dir, mode: 'cli', clock });
  const docs = Math.ceil(total / PER_DOC);
  for (let d = 0; d < docs; d++) {
    const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: `第${d + 1}次常务会议纪要` });
    doc.meeting.name = `市政府第${d + 1}次常务会议`;
    doc.meeting.date = `2025-${String((d % 12) + 1).padStart(2, '0')}-${String((d % 27) + 1).padStart(2, '0')}`;
    const list = doc.sections.find((s) => s.kind === 'action-list')!;
    list.items = Array.from({ length: PER_DOC }, (_, i) => ({
      id: `it${String(d).padStart(4, '0')}${String(i).padStart(4, '0')}`,
      text: `第${d + 1}次会议第${i + 1}项：推进${UNITS[(d + i) % UNITS.length]}牵头的重点工作，落实整改措施并报送进展情况`,
      owner: `${UNITS[(d + i) % UNITS.length]}牵头，${UNITS[(d + i + 3) % UNITS.length]}配合`,
      due: DUES[(d * 7 + i) % DUES.length]!,
      status: 'open' as const,
    }));
    await services.api['docs:save']({ doc });
  }
  const [first, syncMs] = await time(() => services.api['tasks:list']({}));
  console.log(`first sync: ${first.tasks.length} tasks from ${docs} documents in ${syncMs.toFixed(0)} ms`);
  figure(`tasks: first sync, ${first.tasks.length} tasks`, syncMs, 'ms');
  await services.close();

  // a fresh process: nothing JIT-compiled yet, as on the user's first look after a start
  for (let run = 1; run <= 3; run++) {
    const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'tasks-open.ts'), dir], { encoding: 'utf8' });
    if (child.status !== 0) throw new Error(child.stderr);
    const r = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { openMs: number; servicesMs: number; cpuMs: number; tasks: number };
    console.log(`open in a fresh process (run ${run}): ${r.tasks} tasks in ${r.openMs.toFixed(1)} ms after services ${r.servicesMs.toFixed(1)} ms (cpu of both ${r.cpuMs.toFixed(1)} ms)`);
    if (run === 1) figure(`tasks: open ${r.tasks}, fresh process`, r.openMs, 'ms');
  }

  services = await createServices({ dataDir: dir, mode: 'cli', clock });
  const [opened, openMs, openCpu] = await time(() => services.api['tasks:list']({}));
  const [again, warmMs, warmCpu] = await time(() => services.api['tasks:list']({}));
  console.log(
    `open (fresh services, tasks.json read): ${opened.tasks.length} tasks in ${openMs.toFixed(1)} ms (cpu ${openCpu.toFixed(1)} ms); again ${warmMs.toFixed(1)} ms (cpu ${warmCpu.toFixed(1)} ms)`,
  );
  figure(`tasks: open ${opened.tasks.length}, fresh services`, openMs, 'ms');
  figure(`tasks: list ${again.tasks.length}, warm`, warmMs, 'ms');

  const rows = again.tasks;
  const today = again.today;
  const cases: [string, () => unknown][] = [
    ['open, sorted by due', () => sortTasks(filterTasks(rows, { view: 'open' }, today), 'due')],
    ['overdue', () => filterTasks(rows, { view: 'overdue' }, today)],
    ['due this week', () => filterTasks(rows, { view: 'week' }, today)],
    ['unit 市水务局', () => filterTasks(rows, { view: 'open', unit: '市水务局' }, today)],
    ['search 整改 (first, builds search text)', () => filterTasks(rows, { query: '整改' }, today)],
    ['search 市财政局 进展 (warm)', () => filterTasks(rows, { query: '市财政局 进展' }, today)],
    ['sort by unit', () => sortTasks(rows, 'unit')],
  ];
  for (const [name, fn] of cases) {
    const [out, ms, cpu] = await time(fn);
    console.log(`filter ${name}: ${(out as unknown[]).length} rows in ${ms.toFixed(1)} ms (cpu ${cpu.toFixed(1)} ms)`);
    figure(`tasks: ${name}`, ms, 'ms');
  }
  await services.close();
} finally {
  await rm(dir, { recursive: true, force: true });
}
