import { createHash, randomBytes } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import { disk, readText } from '../disk';
import { fsyncDir, toWriteError } from '../fs-durable';
import { currentBootId, processStartTime } from './process-identity';

/**
 * One writer per data dir. Two processes saving into the same lowdb files would silently lose
 * updates, so the second one is refused with a clear error naming the holder.
 *
 * Taking the lock is atomic: the lock's content is written and fsynced in a temp file and then
 * hard-linked into place (`link` fails if the name exists), so a lock file is never seen empty or
 * half-written. A lock is stale when its holder is gone: a dead pid, a pid now used by a process
 * that started at another time (pid reuse), or a holder from before a reboot (boot id). Taking a
 * stale lock over is atomic too: the taker first claims it by hard-linking it to a name derived
 * from its exact content (only one process can create that name), checks that what it linked is
 * still the lock it judged stale, and only then removes it and races for a fresh link like anyone.
 * `recovered` tells the store to reconcile its index with the files.
 */
export interface DataDirLock {
  recovered: boolean;
  release(): Promise<void>;
}

export interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
  /** Process start time (Linux: /proc/<pid>/stat field 22) to tell a reused pid from the holder. */
  processStart?: string;
  /** Kernel boot id: a lock from before a reboot is stale whatever its pid. */
  bootId?: string;
  /** Makes every lock's content unique, so a claim names exactly one lock. */
  nonce?: string;
}

export const LOCK_NAME = '.briefing.lock';
const CLAIM_PREFIX = `${LOCK_NAME}.claim-`;

/** How long a claim may sit unfinished before it is taken for the leftover of a taker that died. */
const CLAIM_PATIENCE_MS = 2_000;

export async function acquireLock(dataDir: string, now: Date, options: { takeOver?: boolean } = {}): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_NAME);
  const mine: LockInfo = {
    pid: process.pid,
    host: os.hostname(),
    startedAt: now.toISOString(),
    processStart: processStartTime(process.pid),
    bootId: currentBootId(),
    nonce: randomBytes(8).toString('hex'),
  };
  const text = JSON.stringify(mine);
  let recovered = false;
  const started = Date.now();
  for (;;) {
    if (await linkNewLock(dataDir, file, text)) {
      await fsyncDir(dataDir);
      return {
        recovered,
        async release() {
          const current = await readText(file).catch(() => '');
          if (current === text)
            await disk()
              .unlink(file)
              .catch(() => undefined);
        },
      };
    }
    const seen = await readRaw(file);
    if (!seen) continue; // removed between our link and our read: try again
    const holder = parseLock(seen.text);
    if (!options.takeOver && holder && !isStale(holder, mine)) throw lockedError(dataDir, holder, mine);
    const waited = Date.now() - started;
    if (waited > CLAIM_PATIENCE_MS * 3) {
      throw new AppError('locked', `could not take the lock in ${dataDir}`, { pid: holder?.pid ?? '?', host: holder?.host ?? '', path: dataDir, canTakeOver: 1 });
    }
    // A lock we cannot parse was written by an older version that may still be writing it: only
    // after a while is it taken for the leftover of a crash.
    if (!holder && !options.takeOver && Date.now() - seen.mtimeMs < CLAIM_PATIENCE_MS) {
      await pause();
      continue;
    }
    // Stale (or the user chose to take over): claim exactly this lock, then remove it.
    const claimed = await claim(dataDir, file, seen, waited > CLAIM_PATIENCE_MS);
    if (claimed === 'claimed') recovered = true;
    else if (claimed === 'busy') await pause();
  }
}

function pause(): Promise<void> {
  return new Promise((r) => setTimeout(r, 20));
}

/** Writes the lock's content to a temp file, fsyncs it and links it into place. False if taken. */
async function linkNewLock(dataDir: string, file: string, text: string): Promise<boolean> {
  const tmp = path.join(dataDir, `${LOCK_NAME}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await disk().open(tmp, 'wx', 0o600);
    try {
      await handle.write(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await disk().link(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // The holder's open removes leftover temp files, ours included if it was just written: try again.
    if (
      code === 'ENOENT' &&
      (await disk()
        .stat(dataDir)
        .then(
          (st) => st.isDirectory(),
          () => false,
        ))
    )
      return false;
    throw toWriteError(e, dataDir);
  } finally {
    await disk()
      .unlink(tmp)
      .catch(() => undefined);
  }
}

interface RawLock {
  text: string;
  /** Content plus file identity: two locks with equal bytes (an old empty one) still differ. */
  key: string;
  mtimeMs: number;
}

async function readRaw(file: string): Promise<RawLock | undefined> {
  try {
    const stat = await disk().stat(file);
    const text = await readText(file);
    const key = createHash('sha256').update(`${text}\0${stat.ino}\0${stat.mtimeNs}`).digest('hex').slice(0, 24);
    return { text, key, mtimeMs: Number(stat.mtimeNs / 1_000_000n) };
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw toWriteError(e, file);
  }
}

/**
 * Claims the lock `seen` for removal. Only one process can create the claim name; the claimer
 * then checks that the name links the lock it judged (not a fresh one that replaced it meanwhile)
 * and removes the lock. 'busy': another process holds the claim (it will remove the lock, or it
 * died doing so: after a while its claim is cleared).
 */
async function claim(dataDir: string, file: string, seen: RawLock, patienceOver: boolean): Promise<'claimed' | 'busy' | 'changed'> {
  const claimFile = path.join(dataDir, `${CLAIM_PREFIX}${seen.key}`);
  try {
    await disk().link(file, claimFile);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return 'changed';
    if (code !== 'EEXIST') throw toWriteError(e, dataDir);
    const current = await readRaw(file);
    if (patienceOver && current?.key === seen.key) {
      // The lock is unchanged long after it was claimed: the claimer died mid-takeover.
      await disk()
        .unlink(claimFile)
        .catch(() => undefined);
    }
    return 'busy';
  }
  const linked = await readRaw(claimFile);
  if (linked?.key !== seen.key) {
    // Between our read and our link the lock was replaced by a live one: leave it alone.
    await disk()
      .unlink(claimFile)
      .catch(() => undefined);
    return 'changed';
  }
  // We hold the only claim on this exact lock, so nobody else removes it; it is still in place.
  await disk()
    .unlink(file)
    .catch(() => undefined);
  await fsyncDir(dataDir);
  await removeOldClaims(dataDir);
  return 'claimed';
}

/**
 * Claims are links to removed locks; clear them once the takeover is done. Removing another
 * taker's claim is safe: a claim is only acted on after checking that it links the lock judged
 * stale, and that lock is gone now.
 */
async function removeOldClaims(dataDir: string): Promise<void> {
  const names = await disk()
    .readdir(dataDir)
    .catch(() => [] as string[]);
  for (const name of names)
    if (name.startsWith(CLAIM_PREFIX))
      await disk()
        .unlink(path.join(dataDir, name))
        .catch(() => undefined);
}

export function parseLock(text: string): LockInfo | undefined {
  try {
    const parsed = JSON.parse(text) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return parsed as LockInfo;
  } catch {
    /* unreadable */
  }
  return undefined;
}

/**
 * Whether the lock's holder is certainly gone. Same boot (or same host when a boot id is
 * missing) is the same machine: then the pid and its start time decide, whatever the host name
 * says now (macOS renames hosts with the network). Another boot id means a reboot: stale.
 * Another machine (a shared network folder) cannot be checked: not stale, the user may take over.
 */
export function isStale(holder: LockInfo, mine: LockInfo): boolean {
  const sameMachine = holder.bootId && mine.bootId ? holder.bootId === mine.bootId || holder.host === mine.host : holder.host === mine.host;
  if (!sameMachine) return false;
  if (holder.bootId && mine.bootId && holder.bootId !== mine.bootId) return true; // rebooted since
  // Our own pid names no other live process: a lock left by a store of ours that was not closed.
  if (holder.pid === mine.pid) return true;
  if (!isAlive(holder.pid)) return true;
  if (holder.processStart && mine.processStart) return processStartTime(holder.pid) !== holder.processStart; // pid reused
  return false;
}

function lockedError(dataDir: string, holder: LockInfo, mine: LockInfo): AppError {
  const where = holder.host === mine.host ? '' : `${holder.host} `;
  return new AppError('locked', `data dir ${dataDir} is locked by ${where}pid ${holder.pid}`, {
    pid: holder.pid,
    host: holder.host,
    startedAt: holder.startedAt,
    path: dataDir,
    canTakeOver: 1,
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
