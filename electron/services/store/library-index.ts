import { promises as fs } from 'node:fs';
import type { BigIntStats } from 'node:fs';
import { z } from 'zod';
import { IndexEntry } from '../../../shared/api';
import { DurableJsonAdapter, CorruptFileError } from './durable-adapter';
import { appendLineDurable, writeFileDurable } from '../fs-durable';
import type { StorePaths } from './paths';

/**
 * An index row plus the identity of the file it was read from (inode, size, mtime), so a
 * recovery pass can spot rows older than their file. The inode is what makes it reliable: every
 * save renames a new file over the old one, while mtime alone has the kernel's coarse clock
 * granularity and two saves in one tick look the same.
 */
export const StoredEntry = IndexEntry.extend({ fileId: z.string().default('') });
export type StoredEntry = z.infer<typeof StoredEntry>;

const Snapshot = z.object({ format: z.literal('briefing-desk/index'), entries: z.array(StoredEntry) });
type Snapshot = z.infer<typeof Snapshot>;

const JournalLine = z.discriminatedUnion('op', [
  z.object({ op: z.literal('put'), entry: StoredEntry }),
  z.object({ op: z.literal('del'), id: z.string() }),
]);

export function fileIdOf(stat: BigIntStats): string {
  return `${stat.ino}:${stat.size}:${stat.mtimeNs}`;
}

/** Compact the journal into the snapshot after this many lines (and at every open). */
const COMPACT_AFTER = 1_000;

/**
 * The library index: a lowdb snapshot (index.json) plus an append-only journal (index.journal).
 * Rewriting a 5,000-row index on every save would make saves grow with the library; appending one
 * fsynced line keeps a save flat. The index is a cache: it can always be rebuilt from documents/.
 */
export class LibraryIndex {
  readonly entries = new Map<string, StoredEntry>();
  private journalLines = 0;
  private readonly adapter: DurableJsonAdapter<typeof Snapshot>;

  constructor(private readonly paths: StorePaths) {
    this.adapter = new DurableJsonAdapter(paths.index, Snapshot);
  }

  /** Loads snapshot + journal. Returns false when the snapshot is missing or unreadable (rebuild). */
  async load(): Promise<boolean> {
    let snapshot: Snapshot | null = null;
    try {
      snapshot = await this.adapter.read();
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e;
    }
    if (!snapshot) return false;
    for (const entry of snapshot.entries) this.entries.set(entry.id, entry);
    await this.replayJournal();
    return true;
  }

  private async replayJournal(): Promise<void> {
    let text = '';
    try {
      text = await fs.readFile(this.paths.journal, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      let parsed;
      try {
        parsed = JournalLine.safeParse(JSON.parse(line));
      } catch {
        continue; // a torn last line from a crash mid-append: the document file is the truth
      }
      if (!parsed.success) continue;
      if (parsed.data.op === 'put') this.entries.set(parsed.data.entry.id, parsed.data.entry);
      else this.entries.delete(parsed.data.id);
      this.journalLines++;
    }
  }

  async put(entry: StoredEntry): Promise<void> {
    await appendLineDurable(this.paths.journal, JSON.stringify({ op: 'put', entry }));
    this.entries.set(entry.id, entry);
    await this.maybeCompact();
  }

  async delete(id: string): Promise<void> {
    await appendLineDurable(this.paths.journal, JSON.stringify({ op: 'del', id }));
    this.entries.delete(id);
    await this.maybeCompact();
  }

  private async maybeCompact(): Promise<void> {
    this.journalLines++;
    if (this.journalLines >= COMPACT_AFTER) await this.compact();
  }

  /** Snapshot first, then empty the journal: a crash between the two only replays idempotent lines. */
  async compact(): Promise<void> {
    await this.adapter.write({ format: 'briefing-desk/index', entries: [...this.entries.values()] });
    await writeFileDurable(this.paths.journal, '');
    this.journalLines = 0;
  }
}
