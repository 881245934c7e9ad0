/**
 * Store benchmark: a library of realistic documents; open, list, filter and save one document,
 * at several library sizes, against a single-file lowdb store (lowdb's JSONFile) beside it.
 * Run: npx tsx bench/store.ts [--sizes 100,1000,5000]
 */
import { execSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile, mkdir } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { JSONFile } from 'lowdb/node';
import { SCHEMA_VERSION, type Briefing } from '../shared/model';
import { openStore } from '../electron/services/store/document-store';
import { realisticDocument } from './realistic';
import { figure } from './figures';

const sizesArg = process.argv.find((a) => a.startsWith('--sizes='))?.slice(8) ?? '100,1000,5000';
const SIZES = sizesArg.split(',').map(Number);
const SAVES = 60;

/** Drops the OS page cache (root only) so "open" reads from disk as after a reboot. */
function dropCaches(): boolean {
  try {
    execSync('sync && echo 3 > /proc/sys/vm/drop_caches', { stdio: 'ignore', shell: '/bin/sh' });
    return true;
  } catch {
    return false;
  }
}
let coldCaches = false;

const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;
function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return { median: q(0.5), p95: q(0.95), max: s[s.length - 1]! };
}
const f = (x: number) => x.toFixed(1);

async function seedFiles(dataDir: string, n: number): Promise<Briefing[]> {
  // Write the files the way the store does (format, history), then let the store build its index.
  await mkdir(path.join(dataDir, 'documents'), { recursive: true });
  const docs: Briefing[] = [];
  for (let i = 0; i < n; i++) {
    const doc = { ...realisticDocument(i), revision: 1 };
    docs.push(doc);
    await writeFile(path.join(dataDir, 'documents', `${doc.id}.json`), JSON.stringify({ format: 'briefing-desk/document', schemaVersion: SCHEMA_VERSION, doc, history: [] }));
  }
  return docs;
}

async function benchDocumentStore(n: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-store-'));
  try {
    const docs = await seedFiles(dir, n);
    let t = process.hrtime.bigint();
    const first = await openStore({ dataDir: dir, clock: () => new Date() });
    const rebuild = ms(t);
    await first.close();
    coldCaches = dropCaches();

    t = process.hrtime.bigint();
    const store = await openStore({ dataDir: dir, clock: () => new Date() });
    const open = ms(t);
    t = process.hrtime.bigint();
    const all = store.list();
    const list = ms(t);
    t = process.hrtime.bigint();
    const filtered = all.filter((e) => e.kind === 'minutes' && e.status === 'review');
    const filter = ms(t);
    t = process.hrtime.bigint();
    const target = docs[Math.floor(n / 2)]!;
    let { doc } = await store.get(target.id);
    const firstGet = ms(t);
    const saves: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      doc = { ...doc, title: `${target.title} 修改${i}` };
      t = process.hrtime.bigint();
      doc = await store.save(doc);
      saves.push(ms(t));
    }
    await store.close();
    const files = (await readdir(path.join(dir, 'documents'))).length;
    return { n, files, rebuild, open, list, listed: all.length, filter, filtered: filtered.length, firstGet, save: stats(saves.slice(5)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function benchSingleFileLowdb(n: number) {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-lowdb-'));
  try {
    const file = path.join(dir, 'db.json');
    const seed = new Low<{ docs: Briefing[] }>(new JSONFile(file), { docs: [] });
    seed.data.docs = Array.from({ length: n }, (_, i) => realisticDocument(i));
    await seed.write();
    let t = process.hrtime.bigint();
    const db = new Low<{ docs: Briefing[] }>(new JSONFile(file), { docs: [] });
    await db.read();
    const open = ms(t);
    const saves: number[] = [];
    const target = db.data.docs[Math.floor(n / 2)]!;
    for (let i = 0; i < 20; i++) {
      target.title = `修改${i}`;
      t = process.hrtime.bigint();
      await db.write();
      saves.push(ms(t));
    }
    return { n, open, save: stats(saves.slice(2)) };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

console.log(`machine: ${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${new Date().toISOString()}`);
console.log('\nBriefing Desk store (one durable lowdb file per document, journaled index, fsync):');
console.log('docs\tindex rebuild ms\topen ms\tlist ms\tfilter ms\tfirst get ms\tsave median ms\tsave p95 ms\tsave max ms');
for (const n of SIZES) {
  const r = await benchDocumentStore(n);
  console.log([r.n, f(r.rebuild), f(r.open), f(r.list), f(r.filter), f(r.firstGet), f(r.save.median), f(r.save.p95), f(r.save.max)].join('\t'));
  figure(`${r.n} docs: index rebuild`, r.rebuild, 'ms');
  figure(`${r.n} docs: open`, r.open, 'ms');
  figure(`${r.n} docs: list`, r.list, 'ms');
  figure(`${r.n} docs: save median`, r.save.median, 'ms');
  figure(`${r.n} docs: save p95`, r.save.p95, 'ms');
}
console.log(coldCaches ? '(open measured after dropping the OS page cache)' : '(page cache not dropped: not root)');
console.log('\nSingle-file lowdb (JSONFile, whole library in one file, no fsync):');
console.log('docs\topen ms\tsave median ms\tsave p95 ms');
for (const n of SIZES) {
  const r = await benchSingleFileLowdb(n);
  console.log([r.n, f(r.open), f(r.save.median), f(r.save.p95)].join('\t'));
  figure(`${r.n} docs, single-file lowdb: save median`, r.save.median, 'ms');
}
