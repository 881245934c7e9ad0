import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { useDisk } from '../../electron/services/disk';
import { backupLibrary, restoreLibrary } from '../../electron/services/library-archive';
import { openStore, type DocumentStore } from '../../electron/services/store/document-store';
import { PowerCut, SimDisk } from '../helpers/sim-disk';
import { steppingClock, tempDir } from '../helpers/tmp';

/**
 * Power cuts, not kills. SIGKILL keeps the page cache, so the crash test passes with every fsync
 * removed; here the store runs on a model of the disk (tests/helpers/sim-disk.ts) that loses
 * whatever was not fsynced (bytes, and names in folders not fsynced) when the power goes.
 * Each run: a seeded mix of create, save, trash, restore-from-trash and a library restore (merge
 * or replace), cut
 * at a seeded operation; then "reboot" (only the durable view survives), open the store again
 * and check that every acknowledged change is there, exactly.
 *
 * Replay one failure: BRIEFING_POWERCUT_SEED=<seed printed in the failure> npx vitest run tests/integration/power-cut.test.ts
 * (BRIEFING_POWERCUT_BASE=<seed> BRIEFING_POWERCUT_RUNS=<n> replays a whole series.)
 */
const RUNS = Number(process.env.BRIEFING_POWERCUT_RUNS ?? 300);
const FIXED_SEED = process.env.BRIEFING_POWERCUT_SEED;
const DATA = '/home/user/briefing/data';
const ARCHIVE = '/media/usb/library.bdbackup';
const template = builtinTemplate('builtin-minutes-hans')!;

/** mulberry32: small, seedable, good enough to pick operations and cut points. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface DocState {
  revision: number;
  title: string;
  trashed: boolean;
}

interface Outcome {
  /** What the store acknowledged: it must all be there after the cut. */
  acked: Map<string, DocState>;
  /** The change in flight when the power went: either before or after is fine. */
  pending: Map<string, DocState | 'absent'>;
}

let archiveBytes: Uint8Array;
let archiveDocs: DocState[];
let archiveIds: string[];

beforeAll(async () => {
  // A real library archive, made by the real backup on a real temp dir.
  const tmp = await tempDir('briefing-powercut-');
  const store = await openStore({ dataDir: path.join(tmp.dir, 'lib'), clock: steppingClock('2026-01-01T00:00:00Z') });
  const a = await store.create(documentFromTemplate(template, new Date(), { title: '来自备份甲' }));
  const b = await store.save({ ...(await store.create(documentFromTemplate(template, new Date(), { title: '来自备份乙' }))), title: '来自备份乙二' });
  await backupLibrary(store, path.join(tmp.dir, 'lib.zip'), new Date());
  await store.close();
  archiveBytes = await readFile(path.join(tmp.dir, 'lib.zip'));
  archiveIds = [a.id, b.id];
  archiveDocs = [
    { revision: 1, title: a.title, trashed: false },
    { revision: 2, title: b.title, trashed: false },
  ];
  await tmp.cleanup();
});

/** One seeded workload. Returns what was acknowledged; stops at the first PowerCut. */
async function workload(seed: number, disk: SimDisk): Promise<Outcome> {
  const random = rng(seed);
  const clock = steppingClock();
  const acked = new Map<string, DocState>();
  const pending = new Map<string, DocState | 'absent'>();
  let store: DocumentStore | undefined;
  const step = async (changes: Map<string, DocState | 'absent'>, work: () => Promise<void>) => {
    for (const [id, s] of changes) pending.set(id, s);
    await work();
    for (const [id, s] of changes) {
      if (s === 'absent') acked.delete(id);
      else acked.set(id, s);
    }
    pending.clear();
  };
  try {
    store = await openStore({ dataDir: DATA, clock });
    const s = store;
    let restored = false;
    for (let i = 0; i < 8; i++) {
      const live = [...acked].filter(([, d]) => !d.trashed);
      const trashed = [...acked].filter(([, d]) => d.trashed);
      const r = random();
      if (acked.size === 0 || r < 0.25) {
        const doc = documentFromTemplate(template, clock(), { title: `新建${i}` });
        await step(new Map([[doc.id, { revision: 1, title: doc.title, trashed: false }]]), async () => void (await s.create(doc)));
      } else if (r < 0.6 && live.length) {
        const [id, d] = live[Math.floor(random() * live.length)]!;
        const { doc } = await s.get(id);
        const title = `修改${i}`;
        await step(new Map([[id, { ...d, revision: d.revision + 1, title }]]), async () => void (await s.save({ ...doc, title })));
      } else if (r < 0.75 && live.length) {
        const [id, d] = live[Math.floor(random() * live.length)]!;
        await step(new Map([[id, { ...d, trashed: true }]]), () => s.trash(id));
      } else if (r < 0.9 && trashed.length) {
        const [id, d] = trashed[Math.floor(random() * trashed.length)]!;
        await step(new Map([[id, { ...d, trashed: false }]]), () => s.restore(id));
      } else if (!restored) {
        restored = true;
        // Replace sets every current document aside (gone from the library); merge keeps them.
        const mode = random() < 0.5 ? 'merge' : 'replace';
        const changes = new Map<string, DocState | 'absent'>(mode === 'replace' ? [...acked.keys()].map((id) => [id, 'absent'] as const) : []);
        for (const [k, id] of archiveIds.entries()) changes.set(id, archiveDocs[k]!);
        await step(changes, async () => void (await restoreLibrary(s, ARCHIVE, mode, clock())));
      }
    }
    await store.close();
  } catch (e) {
    // The store may wrap the PowerCut in its own error (unwritable, archiveInvalid): the disk knows.
    if (!(e instanceof PowerCut) && !disk.dead) throw e;
  }
  return { acked, pending };
}

/** After the reboot: every acknowledged document, at exactly its acknowledged (or pending) state. */
async function verify(disk: SimDisk, outcome: Outcome): Promise<string[]> {
  const problems: string[] = [];
  const restoreDisk = useDisk(disk);
  try {
    const store = await openStore({ dataDir: DATA, clock: steppingClock('2027-01-01T00:00:00Z') });
    const rows = new Map([...store.list(), ...store.list({ trashed: true })].map((e) => [e.id, e]));
    const ids = new Set([...outcome.acked.keys(), ...outcome.pending.keys()]);
    for (const id of ids) {
      const allowed: (DocState | 'absent')[] = [outcome.acked.get(id) ?? 'absent', ...(outcome.pending.has(id) ? [outcome.pending.get(id)!] : [])];
      const row = rows.get(id);
      let found: DocState | 'absent' = 'absent';
      if (row) {
        try {
          const { doc } = await store.get(id);
          found = { revision: doc.revision, title: doc.title, trashed: !!row.trashedAt };
        } catch (e) {
          problems.push(`${id}: listed but unreadable (${(e as Error).message})`);
          continue;
        }
      }
      const same = (a: DocState | 'absent', b: DocState | 'absent') => (a === 'absent' || b === 'absent' ? a === b : a.revision === b.revision && a.title === b.title && a.trashed === b.trashed);
      const ok = allowed.some((a) => same(a, found));
      if (!ok) problems.push(`${id}: found ${JSON.stringify(found)}, acknowledged ${JSON.stringify(allowed)}`);
    }
    await store.close();
  } catch (e) {
    problems.push(`reopen failed: ${(e as Error).message}`);
  } finally {
    restoreDisk();
  }
  return problems;
}

function freshDisk(): SimDisk {
  const disk = new SimDisk();
  disk.seedFile(ARCHIVE, archiveBytes);
  return disk;
}

/** One seed: a dry run counts the operations, the real run cuts at a seeded one of them. */
async function runSeed(seed: number): Promise<string[]> {
  const dry = freshDisk();
  let restoreDisk = useDisk(dry);
  try {
    await workload(seed, dry);
  } finally {
    restoreDisk();
  }
  const cutAt = 1 + Math.floor(rng(seed ^ 0x5eed)() * dry.ops);
  const disk = freshDisk();
  disk.failAfter(cutAt);
  restoreDisk = useDisk(disk);
  let outcome: Outcome;
  try {
    outcome = await workload(seed, disk);
  } finally {
    restoreDisk();
  }
  return (await verify(disk.powerCut(), outcome)).map((p) => `seed ${seed} (cut at op ${cutAt} of ${dry.ops}): ${p}`);
}

describe('power cut at any point', () => {
  it('keeps every acknowledged revision (seeded; BRIEFING_POWERCUT_SEED replays one)', async () => {
    const base = Number(FIXED_SEED ?? process.env.BRIEFING_POWERCUT_BASE ?? Math.floor(Math.random() * 2 ** 31));
    const seeds = FIXED_SEED ? [base] : Array.from({ length: RUNS }, (_, i) => (base + i * 7919) >>> 0);
    console.log(`power-cut: ${seeds.length} runs from seed ${base}`);
    const failures: string[] = [];
    for (const seed of seeds) failures.push(...(await runSeed(seed)));
    const failedSeeds = new Set(failures.map((f) => f.split(' ')[1]));
    if (failures.length) console.log(`power-cut: ${failedSeeds.size} of ${seeds.length} cut points lost acknowledged data`);
    expect(failures.slice(0, 5), `${failedSeeds.size} of ${seeds.length} failed`).toEqual([]);
  }, 300_000);

  it('the model itself loses what was not fsynced', async () => {
    const disk = new SimDisk();
    await disk.mkdir('/d', 0o700);
    const h = await disk.open('/d/a', 'wx');
    await h.write('hello');
    await h.sync();
    const root = await disk.open('/', 'r');
    await root.sync();
    const dir = await disk.open('/d', 'r');
    await dir.sync();
    await disk.writeFile('/d/b', 'never synced', 0o600);
    await disk.rename('/d/a', '/d/c');
    const after = disk.powerCut();
    expect(await after.readdir('/d')).toEqual(['a']);
    expect((await after.readFile('/d/a')).toString()).toBe('hello');
  });
});
