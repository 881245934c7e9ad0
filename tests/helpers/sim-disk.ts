import path from 'node:path';
import type { Disk, DiskHandle, DiskStat } from '../../electron/services/disk';

/**
 * A model of a disk with a page cache, for power-cut tests. Every file has the bytes the program
 * sees (volatile) and the bytes that reached the platter (durable: set by fsync of that file).
 * Every folder has the names the program sees and the names that are on disk (set by fsync of the
 * folder): a create, rename, link or unlink is only durable once its folder is fsynced, as POSIX
 * promises and as ext4/APFS behave at worst. `powerCut()` returns the disk as it boots after the
 * cut: only durable names, only durable bytes (a file never fsynced comes back empty).
 *
 * `failAfter(n)` makes the n-th next operation, and everything after it, fail as a dead disk
 * would: that is the cut point. Operations are counted, so a seeded test can pick cut points.
 */
interface FileNode {
  kind: 'file';
  ino: bigint;
  data: Buffer;
  durable: Buffer;
  mtimeNs: bigint;
  mode: number;
}
interface DirNode {
  kind: 'dir';
  ino: bigint;
  entries: Map<string, Node>;
  durable: Map<string, Node>;
  mtimeNs: bigint;
  mode: number;
}
type Node = FileNode | DirNode;

export class PowerCut extends Error {
  constructor() {
    super('simulated power cut');
    this.name = 'PowerCut';
  }
}

function fsError(code: string, op: string, file: string): NodeJS.ErrnoException {
  const e = new Error(`${code}: ${op} '${file}'`) as NodeJS.ErrnoException;
  e.code = code;
  return e;
}

export class SimDisk implements Disk {
  private nextIno = 100n;
  private clock = 1_000_000_000_000n;
  private remaining = Infinity;
  /** Operations performed so far (reads too: any of them can be where the power goes). */
  ops = 0;
  readonly root: DirNode;

  constructor(root?: DirNode) {
    this.root = root ?? this.newDir(0o755);
  }

  /** True once the power is gone (callers may have wrapped the PowerCut in their own errors). */
  get dead(): boolean {
    return this.remaining <= 0;
  }

  /** The n-th operation from now and all later ones fail: the power is gone. */
  failAfter(n: number): void {
    this.remaining = n;
  }

  private tick(): void {
    this.ops++;
    if (this.remaining <= 0) throw new PowerCut();
    this.remaining--;
    if (this.remaining <= 0) throw new PowerCut();
  }

  private newDir(mode: number): DirNode {
    return { kind: 'dir', ino: this.nextIno++, entries: new Map(), durable: new Map(), mtimeNs: (this.clock += 1000n), mode };
  }

  private newFile(mode: number): FileNode {
    return { kind: 'file', ino: this.nextIno++, data: Buffer.alloc(0), durable: Buffer.alloc(0), mtimeNs: (this.clock += 1000n), mode };
  }

  private parts(file: string): string[] {
    return path.resolve(file).split(path.sep).filter(Boolean);
  }

  private lookup(file: string): Node | undefined {
    let node: Node = this.root;
    for (const part of this.parts(file)) {
      if (node.kind !== 'dir') return undefined;
      const next: Node | undefined = node.entries.get(part);
      if (!next) return undefined;
      node = next;
    }
    return node;
  }

  private parentOf(file: string, op: string): { dir: DirNode; name: string } {
    const parts = this.parts(file);
    const name = parts.pop()!;
    const dir = this.lookup(path.sep + parts.join(path.sep));
    if (!dir) throw fsError('ENOENT', op, file);
    if (dir.kind !== 'dir') throw fsError('ENOTDIR', op, file);
    return { dir, name };
  }

  /** Puts a file in place, durable, without counting: the test's fixtures. */
  seedFile(file: string, data: Uint8Array): void {
    const parts = this.parts(file);
    let dir = this.root;
    for (const part of parts.slice(0, -1)) {
      let next = dir.entries.get(part);
      if (!next) {
        next = this.newDir(0o755);
        dir.entries.set(part, next);
        dir.durable.set(part, next);
      }
      if (next.kind !== 'dir') throw new Error('not a dir');
      dir = next;
    }
    const node = this.newFile(0o644);
    node.data = Buffer.from(data);
    node.durable = node.data;
    dir.entries.set(parts.at(-1)!, node);
    dir.durable.set(parts.at(-1)!, node);
  }

  async open(file: string, flags: 'wx' | 'a' | 'r', mode = 0o666): Promise<DiskHandle> {
    this.tick();
    let node = this.lookup(file);
    if (flags === 'wx' && node) throw fsError('EEXIST', 'open', file);
    if (flags === 'r' && !node) throw fsError('ENOENT', 'open', file);
    if (flags !== 'r' && node?.kind === 'dir') throw fsError('EISDIR', 'open', file);
    if (!node) {
      const { dir, name } = this.parentOf(file, 'open');
      node = this.newFile(mode);
      dir.entries.set(name, node);
    }
    const target = node;
    return {
      write: async (data) => {
        this.tick();
        if (target.kind !== 'file' || flags === 'r') throw fsError('EBADF', 'write', file);
        target.data = Buffer.concat([target.data, Buffer.from(data)]);
        target.mtimeNs = this.clock += 1000n;
      },
      sync: async () => {
        this.tick();
        if (target.kind === 'file') target.durable = Buffer.from(target.data);
        else target.durable = new Map(target.entries);
      },
      close: async () => undefined,
    };
  }

  async readFile(file: string): Promise<Buffer> {
    this.tick();
    const node = this.lookup(file);
    if (!node) throw fsError('ENOENT', 'open', file);
    if (node.kind === 'dir') throw fsError('EISDIR', 'read', file);
    return Buffer.from(node.data);
  }

  async readdir(dir: string): Promise<string[]> {
    this.tick();
    const node = this.lookup(dir);
    if (!node) throw fsError('ENOENT', 'scandir', dir);
    if (node.kind !== 'dir') throw fsError('ENOTDIR', 'scandir', dir);
    return [...node.entries.keys()].sort();
  }

  async stat(file: string): Promise<DiskStat> {
    this.tick();
    const node = this.lookup(file);
    if (!node) throw fsError('ENOENT', 'stat', file);
    const size = node.kind === 'file' ? BigInt(node.data.length) : 4096n;
    return { ino: node.ino, size, mtimeNs: node.mtimeNs, mode: node.mode | (node.kind === 'dir' ? 0o040000 : 0o100000), isFile: () => node.kind === 'file', isDirectory: () => node.kind === 'dir' };
  }

  async mkdir(dir: string, mode: number): Promise<void> {
    this.tick();
    let node: DirNode = this.root;
    for (const part of this.parts(dir)) {
      let next = node.entries.get(part);
      if (!next) {
        next = this.newDir(mode);
        node.entries.set(part, next);
      }
      if (next.kind !== 'dir') throw fsError('ENOTDIR', 'mkdir', dir);
      node = next;
    }
  }

  async rename(from: string, to: string): Promise<void> {
    this.tick();
    const source = this.parentOf(from, 'rename');
    const node = source.dir.entries.get(source.name);
    if (!node) throw fsError('ENOENT', 'rename', from);
    const target = this.parentOf(to, 'rename');
    const existing = target.dir.entries.get(target.name);
    if (existing?.kind === 'dir' && node.kind === 'file') throw fsError('EISDIR', 'rename', to);
    if (existing?.kind === 'dir' && existing.entries.size > 0) throw fsError('ENOTEMPTY', 'rename', to);
    source.dir.entries.delete(source.name);
    target.dir.entries.set(target.name, node);
  }

  async link(existing: string, name: string): Promise<void> {
    this.tick();
    const node = this.lookup(existing);
    if (!node) throw fsError('ENOENT', 'link', existing);
    const target = this.parentOf(name, 'link');
    if (target.dir.entries.has(target.name)) throw fsError('EEXIST', 'link', name);
    target.dir.entries.set(target.name, node);
  }

  async unlink(file: string): Promise<void> {
    this.tick();
    const { dir, name } = this.parentOf(file, 'unlink');
    const node = dir.entries.get(name);
    if (!node) throw fsError('ENOENT', 'unlink', file);
    if (node.kind === 'dir') throw fsError('EISDIR', 'unlink', file);
    dir.entries.delete(name);
  }

  async rmTree(target: string): Promise<void> {
    this.tick();
    const parent = this.lookup(path.dirname(target));
    if (parent?.kind === 'dir') parent.entries.delete(path.basename(target));
  }

  async writeFile(file: string, data: string | Uint8Array, mode: number): Promise<void> {
    this.tick();
    let node = this.lookup(file);
    if (node?.kind === 'dir') throw fsError('EISDIR', 'open', file);
    if (!node) {
      const { dir, name } = this.parentOf(file, 'open');
      node = this.newFile(mode);
      dir.entries.set(name, node);
    }
    node.data = Buffer.from(data);
    node.mtimeNs = this.clock += 1000n;
  }

  async chmod(target: string, mode: number): Promise<void> {
    this.tick();
    const node = this.lookup(target);
    if (!node) throw fsError('ENOENT', 'chmod', target);
    node.mode = mode;
  }

  /** The disk as it comes back after the power cut: durable names and durable bytes only. */
  powerCut(): SimDisk {
    const copies = new Map<Node, Node>();
    const copy = (node: Node): Node => {
      const done = copies.get(node);
      if (done) return done; // hard links stay one inode
      if (node.kind === 'file') {
        const f: FileNode = { ...node, data: Buffer.from(node.durable), durable: Buffer.from(node.durable) };
        copies.set(node, f);
        return f;
      }
      const d: DirNode = { ...node, entries: new Map(), durable: new Map() };
      copies.set(node, d);
      for (const [name, child] of node.durable) d.entries.set(name, copy(child));
      d.durable = new Map(d.entries);
      return d;
    };
    const rebooted = new SimDisk(copy(this.root) as DirNode);
    rebooted.nextIno = this.nextIno;
    rebooted.clock = this.clock;
    return rebooted;
  }
}
