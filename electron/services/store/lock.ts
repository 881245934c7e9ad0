import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '../../../shared/api';
import { fsyncDir, toWriteError } from '../fs-durable';

/**
 * One writer per data dir. Two processes saving into the same lowdb files would silently lose
 * updates, so the second one is refused with a clear error naming the holder. A lock left by a
 * process that died (SIGKILL, power cut) is detected by its pid and taken over; `recovered`
 * tells the store to reconcile its index with the files.
 */
export interface DataDirLock {
  recovered: boolean;
  release(): Promise<void>;
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

export const LOCK_NAME = '.briefing.lock';

export async function acquireLock(dataDir: string, now: Date): Promise<DataDirLock> {
  const file = path.join(dataDir, LOCK_NAME);
  const info: LockInfo = { pid: process.pid, host: os.hostname(), startedAt: now.toISOString() };
  let recovered = false;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const handle = await fs.open(file, 'wx', 0o600);
      try {
        await handle.writeFile(JSON.stringify(info));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fsyncDir(dataDir);
      return {
        recovered,
        async release() {
          const current = await readLock(file);
          if (current?.pid === process.pid) await fs.rm(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw toWriteError(e, dataDir);
      const holder = await readLock(file);
      if (holder && holder.host === info.host && holder.pid !== process.pid && isAlive(holder.pid)) {
        throw new AppError('locked', `data dir ${dataDir} is locked by pid ${holder.pid}`, { pid: holder.pid, path: dataDir });
      }
      if (holder && holder.host !== info.host) {
        // Another machine (a shared network folder): we cannot tell whether it lives, so refuse.
        throw new AppError('locked', `data dir ${dataDir} is locked by ${holder.host} pid ${holder.pid}`, { pid: `${holder.host}:${holder.pid}`, path: dataDir });
      }
      // Stale (dead holder, or an unreadable half-written lock): take it over.
      recovered = true;
      await fs.rm(file, { force: true });
    }
  }
  throw new AppError('locked', `could not take the lock in ${dataDir}`, { pid: '?', path: dataDir });
}

async function readLock(file: string): Promise<LockInfo | undefined> {
  try {
    const parsed = JSON.parse(await fs.readFile(file, 'utf8')) as Partial<LockInfo>;
    if (typeof parsed.pid === 'number' && typeof parsed.host === 'string') return parsed as LockInfo;
  } catch {
    /* unreadable: treated as stale */
  }
  return undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
