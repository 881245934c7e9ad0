import { z } from 'zod';
import { IndexEntry } from '../../../shared/api/channels/core';
import { DurableJsonAdapter, CorruptFileError } from './durable-adapter';
import { disk, readText, type DiskStat } from '../disk';
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

const JournalLine = z.discriminatedUnion('op', [z.object({ op: z.literal('put'), entry: StoredEntry }), z.object({ op: z.literal('del'), id: z.string() })]);

export function fileIdOf(stat: DiskStat): string {
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

  /**
   * Set when a journal append failed after the document itself was written: memory is right, the
   * disk's index is behind until the next compaction (or the next open's deep reconciliation).
   */
  behind = false;

  /**
   * Whether the snapshot on disk may differ from memory: the journal holds lines (replayed at
   * load or appended since), or the index is behind. Closing compacts only then: a session that
   * changed nothing (`briefing list`) rewrites and fsyncs nothing.
   */
  get needsCompaction(): boolean {
    return this.journalHasLines || this.behind;
  }

  private journalHasLines = false;

  /**
   * Loads snapshot + journal. 'missing': no usable snapshot (rebuild). 'behind': the journal is
   * unreadable or an earlier append failed (index.behind marker): the caller reconciles deeply.
   */
  async load(): Promise<'ok' | 'missing' | 'behind'> {
    let snapshot: Snapshot | null = null;
    try {
      snapshot = await this.adapter.read();
    } catch (e) {
      if (!(e instanceof CorruptFileError)) throw e;
    }
    if (!snapshot) return 'missing';
    for (const entry of snapshot.entries) this.entries.set(entry.id, entry);
    const marked = await disk()
      .stat(this.behindMarker)
      .then(
        () => true,
        () => false,
      );
    if (marked) this.behind = true;
    return (await this.replayJournal()) && !marked ? 'ok' : 'behind';
  }

  private get behindMarker(): string {
    return `${this.paths.journal}.behind`;
  }

  /** Replays the journal; false when it cannot be read (it is moved aside and rebuilt). */
  private async replayJournal(): Promise<boolean> {
    let text = '';
    try {
      text = await readText(this.paths.journal);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return true;
      if (!code) throw e;
      // Not a file we can read (a folder in its place, no permission): set it aside so appends work again.
      await disk()
        .rename(this.paths.journal, `${this.paths.journal}.unreadable-${Date.now()}`)
        .catch(() => undefined);
      return false;
    }
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      this.journalHasLines = true; // even a torn line: compaction clears it
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
    return true;
  }

  /**
   * Memory first: the caller has already made the change durable (renamed the document into
   * place), so the list must show it even when the journal line cannot be written. A failed append
   * marks the index as behind (in memory and, if possible, on disk) instead of failing the save.
   */
  async put(entry: StoredEntry): Promise<void> {
    this.entries.set(entry.id, entry);
    await this.append(JSON.stringify({ op: 'put', entry }));
  }

  async delete(id: string): Promise<void> {
    this.entries.delete(id);
    await this.append(JSON.stringify({ op: 'del', id }));
  }

  private async append(line: string): Promise<void> {
    this.journalHasLines = true;
    try {
      await appendLineDurable(this.paths.journal, line);
    } catch {
      this.behind = true;
      await writeFileDurable(this.behindMarker, '').catch(() => undefined);
      return;
    }
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
    this.journalHasLines = false;
    if (this.behind)
      await disk()
        .unlink(this.behindMarker)
        .catch(() => undefined);
    this.behind = false;
  }
}
