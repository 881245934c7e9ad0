import { promises as fs } from 'node:fs';

/**
 * The one narrow seam through which the store, the durable writer and the library archive touch
 * the disk. Production uses Node's fs; the power-cut tests swap in a model of a disk that drops
 * what was not fsynced (tests/helpers/sim-disk.ts). Keeping every call here, at the level of the
 * system calls (open, write, fsync, rename, link), is what makes that model faithful: removing an
 * fsync from fs-durable.ts is visible to it.
 */
export interface DiskHandle {
  /** Writes all of `data` at the end of what this handle wrote (or of the file, in 'a' mode). */
  write(data: string | Uint8Array): Promise<unknown>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export interface DiskStat {
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  mode: number;
  isFile(): boolean;
  isDirectory(): boolean;
}

export interface Disk {
  /** 'wx' exclusive create, 'a' append (create), 'r' read-only (directories too, for fsync). */
  open(file: string, flags: 'wx' | 'a' | 'r', mode?: number): Promise<DiskHandle>;
  readFile(file: string): Promise<Buffer>;
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<DiskStat>;
  mkdir(dir: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  link(existing: string, name: string): Promise<void>;
  unlink(file: string): Promise<void>;
  /** Recursive removal; a missing path is not an error. */
  rmTree(target: string): Promise<void>;
  chmod(target: string, mode: number): Promise<void>;
  /** Plain (not durable) write: backups, which the fsynced document already covers. */
  writeFile(file: string, data: string | Uint8Array, mode: number): Promise<void>;
}

const nodeDisk: Disk = {
  open: async (file, flags, mode) => {
    const h = await fs.open(file, flags, mode);
    // writeFile loops until every byte is written (write() may write less); appends in 'a' mode.
    return { write: (data) => h.writeFile(data), sync: () => h.sync(), close: () => h.close() };
  },
  readFile: (file) => fs.readFile(file),
  readdir: (dir) => fs.readdir(dir),
  stat: (file) =>
    fs.stat(file, { bigint: true }).then((s) => ({
      ino: s.ino,
      size: s.size,
      mtimeNs: s.mtimeNs,
      mode: Number(s.mode),
      isFile: () => s.isFile(),
      isDirectory: () => s.isDirectory(),
    })),
  mkdir: async (dir, mode) => {
    await fs.mkdir(dir, { recursive: true, mode });
  },
  rename: (from, to) => fs.rename(from, to),
  link: (existing, name) => fs.link(existing, name),
  unlink: (file) => fs.unlink(file),
  rmTree: (target) => fs.rm(target, { recursive: true, force: true }),
  writeFile: (file, data, mode) => fs.writeFile(file, data, { mode }),
  chmod: (target, mode) => fs.chmod(target, mode),
};

let current: Disk = nodeDisk;

export function disk(): Disk {
  return current;
}

/** Test hook: routes every store file operation through `replacement`; returns the undo. */
export function useDisk(replacement: Disk): () => void {
  const previous = current;
  current = replacement;
  return () => {
    current = previous;
  };
}

export async function readText(file: string): Promise<string> {
  return (await disk().readFile(file)).toString('utf8');
}

/** Whether a path exists (through the injectable disk, so tests of failing disks see it too). */
export async function pathExists(file: string): Promise<boolean> {
  return disk()
    .stat(file)
    .then(
      () => true,
      () => false,
    );
}
