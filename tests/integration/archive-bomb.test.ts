import { readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createDeflateRaw, deflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { backupLibrary, restoreLibrary } from '../../electron/services/library-archive';
import { openStore, type DocumentStore } from '../../electron/services/store/document-store';
import { steppingClock, tempDir } from '../helpers/tmp';

/**
 * Crafted library archives, built here byte by byte: a small zip whose entry inflates to 256 MB
 * while its header claims 100 bytes, and junk the manifest does not name that claims 3 GiB.
 * Restore must refuse the first with a clear error and change nothing, and never touch the second.
 */
const template = builtinTemplate('builtin-minutes-hans')!;
const clock = steppingClock();
let work: { dir: string; cleanup: () => Promise<void> };
let store: DocumentStore;
let genuine: Record<string, Uint8Array>;

interface RawEntry {
  name: string;
  compressed: Uint8Array;
  /** What the headers claim; a bomb lies here. */
  claimedSize: number;
}

/** A minimal zip writer (deflate, no data descriptors), so the test controls every header field. */
function zip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.compressed.length, 18);
    local.writeUInt32LE(e.claimedSize >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.compressed.length, 20);
    central.writeUInt32LE(e.claimedSize >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(e.compressed));
    centrals.push(central, name);
    offset += 30 + name.length + e.compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Deflates `mb` megabytes of zeros without ever holding them: ~1000:1. */
function zeros(mb: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const d = createDeflateRaw({ level: 9 });
    d.on('data', (c: Buffer) => chunks.push(c));
    d.on('end', () => resolve(Buffer.concat(chunks)));
    d.on('error', reject);
    const mega = Buffer.alloc(1024 * 1024);
    let left = mb;
    const pump = () => {
      while (left > 0) {
        left--;
        if (!d.write(mega)) return void d.once('drain', pump);
      }
      d.end();
    };
    pump();
  });
}

function entry(name: string, data: Uint8Array | string): RawEntry {
  const bytes = typeof data === 'string' ? Buffer.from(data) : data;
  return { name, compressed: deflateRawSync(bytes), claimedSize: bytes.length };
}

beforeAll(async () => {
  work = await tempDir('briefing-bomb-');
  store = await openStore({ dataDir: path.join(work.dir, 'lib'), clock });
  await store.create(documentFromTemplate(template, clock(), { title: '原有文档' }));
  // A genuine archive of a second library: its entries are the base of the crafted ones.
  const other = await openStore({ dataDir: path.join(work.dir, 'other'), clock });
  await other.create(documentFromTemplate(template, clock(), { title: '备份里的文档' }));
  await backupLibrary(other, path.join(work.dir, 'genuine.zip'), clock());
  await other.close();
  genuine = unzipSync(await readFile(path.join(work.dir, 'genuine.zip')));
}, 60_000);
afterAll(async () => {
  await store.close();
  await work.cleanup();
});

describe('restoring a crafted archive', () => {
  it('refuses an entry that inflates past 16 MB, with a clear reason, and changes nothing', async () => {
    const manifest = JSON.parse(Buffer.from(genuine['manifest.json']!).toString());
    const bombId = 'dbomb000001';
    manifest.documents.push({ id: bombId, trashed: false });
    const bomb = await zeros(256);
    const archive = path.join(work.dir, 'bomb.zip');
    await writeFile(
      archive,
      zip([
        entry('manifest.json', JSON.stringify(manifest)),
        ...Object.entries(genuine)
          .filter(([n]) => n !== 'manifest.json')
          .map(([n, d]) => entry(n, d)),
        { name: `documents/${bombId}.json`, compressed: bomb, claimedSize: 100 },
      ]),
    );
    expect((await readFile(archive)).length).toBeLessThan(1024 * 1024);
    const before = store.list();
    for (const mode of ['merge', 'replace'] as const) {
      const e = await restoreLibrary(store, archive, mode, clock()).then(
        () => undefined,
        (x: unknown) => x,
      );
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).code).toBe('archiveInvalid');
      expect((e as AppError).params).toMatchObject({ reason: 'entryTooLarge' });
      expect((e as AppError).message).toContain(`documents/${bombId}.json`);
    }
    expect(store.list()).toEqual(before);
    expect((await readdir(path.join(work.dir, 'lib'))).some((n) => n.startsWith('replaced-'))).toBe(false);
  }, 60_000);

  it('never inflates entries the manifest does not name', async () => {
    const archive = path.join(work.dir, 'junk.zip');
    await writeFile(
      archive,
      zip([
        ...Object.entries(genuine).map(([n, d]) => entry(n, d)),
        // Claims 3 GiB; whatever it holds, it is not part of a library.
        { name: 'junk/huge.bin', compressed: deflateRawSync(Buffer.from('x')), claimedSize: 3 * 1024 ** 3 },
      ]),
    );
    const report = await restoreLibrary(store, archive, 'merge', clock());
    expect(report.added).toBe(1);
  });
});
