import { AppError } from '../../../shared/api';
import { RegisterEntry } from '../../../shared/api/channels/issues';
import { disk } from '../disk';
import { appendLineDurable, writeFileDurable } from '../fs-durable';

/**
 * The 期号 register: one append-only file of JSON lines, each fsynced before the issue it numbers
 * is written as issued. It is the truth about numbers; the issue files follow it. So:
 * - a SIGKILL after the append and before the issue file is written leaves a line whose issue is
 *   still a draft: `pendingRollForward` finds it and the feature finishes the job on open (no gap);
 * - a SIGKILL during the append leaves a torn last line with no newline: it was never acknowledged
 *   and no issue carries it, so `load` cuts it off (durably) before anything else is appended;
 * - a number is never taken twice because the next number is computed from the register, not the
 *   issue files, and one process holds the data dir (the store's lock) and serialises allocations.
 * Gaps and reuses are lines of their own (action 'gap' / 'reuse', with a reason): never silent.
 */
export type Sequence = RegisterEntry['sequence'];

export interface SequenceKey {
  seriesId: string;
  sequence: Sequence;
  year: string;
}

export class NumberRegister {
  private entries: RegisterEntry[] = [];

  private constructor(readonly file: string) {}

  static async open(file: string): Promise<NumberRegister> {
    const reg = new NumberRegister(file);
    await reg.load();
    return reg;
  }

  private async load(): Promise<void> {
    const text = await readRegisterText(this.file);
    if (text === undefined) return;
    const { entries, lines, torn } = parseRegister(text, this.file);
    this.entries = entries;
    // a torn tail (killed mid-append): never acknowledged; cut it so the next line starts clean
    if (torn) await writeFileDurable(this.file, lines.map((l) => `${l}\n`).join(''));
  }

  /**
   * The lines of a register file, read only (a backup reads it while the feature may append):
   * a torn tail is left out, not cut. Absent file: no lines.
   */
  static async read(file: string): Promise<RegisterEntry[]> {
    const text = await readRegisterText(file);
    return text === undefined ? [] : parseRegister(text, file).entries;
  }

  all(): readonly RegisterEntry[] {
    return this.entries;
  }

  forSeries(seriesId: string): RegisterEntry[] {
    return this.entries.filter((e) => e.seriesId === seriesId);
  }

  private inKey(k: SequenceKey): RegisterEntry[] {
    return this.entries.filter((e) => e.seriesId === k.seriesId && e.sequence === k.sequence && e.year === k.year);
  }

  /** The number the next issue of a sequence gets: one past every number the register names. */
  next(k: SequenceKey): number {
    return this.inKey(k).reduce((max, e) => Math.max(max, e.number), 0) + 1;
  }

  /** 总第N期: one past the highest total of the series' regular issues (supplements do not advance it). */
  nextTotal(seriesId: string): number {
    return this.entries.filter((e) => e.seriesId === seriesId && e.sequence === 'regular').reduce((max, e) => Math.max(max, e.total), 0) + 1;
  }

  /**
   * Who holds a number now: the issue of its latest allocate/reuse line, and whether a void line
   * came after it (a voided number is free only for an explicit reuse).
   */
  holder(k: SequenceKey, n: number): { issueId: string; voided: boolean } | undefined {
    let holder: { issueId: string; voided: boolean } | undefined;
    for (const e of this.inKey(k)) {
      if (e.number !== n) continue;
      if (e.action === 'allocate' || e.action === 'reuse') holder = { issueId: e.issueId, voided: false };
      else if (e.action === 'void' && holder && holder.issueId === e.issueId) holder.voided = true;
    }
    return holder;
  }

  /** Was the number skipped by an explicit gap line (and never allocated since)? */
  skipped(k: SequenceKey, n: number): boolean {
    return this.inKey(k).some((e) => e.number === n && e.action === 'gap') && !this.holder(k, n);
  }

  /** Appends one line, durably, before the caller acts on it. */
  async append(entry: Omit<RegisterEntry, 'seq'>): Promise<RegisterEntry> {
    const full = RegisterEntry.parse({ ...entry, seq: (this.entries.at(-1)?.seq ?? 0) + 1 });
    await appendLineDurable(this.file, JSON.stringify(full));
    this.entries.push(full);
    return full;
  }

  /** The latest allocate/reuse line of each issue: what its file must say (roll forward after a crash). */
  allocations(): Map<string, RegisterEntry> {
    const out = new Map<string, RegisterEntry>();
    for (const e of this.entries) if (e.action === 'allocate' || e.action === 'reuse') out.set(e.issueId, e);
    return out;
  }

  /**
   * Lines of another register (a backup being restored) that this one lacks, by content. A
   * restore never makes the register forget a number: restored lines are appended, and the
   * current ones stay, so an older backup cannot bring a taken number back.
   */
  async mergeFrom(other: readonly RegisterEntry[]): Promise<number> {
    const key = (e: RegisterEntry) => `${e.action}|${e.seriesId}|${e.sequence}|${e.year}|${e.number}|${e.issueId}`;
    const have = new Set(this.entries.map(key));
    let added = 0;
    for (const e of other) {
      if (have.has(key(e))) continue;
      const { seq: _seq, ...rest } = e;
      await this.append(rest);
      have.add(key(e));
      added++;
    }
    return added;
  }
}

async function readRegisterText(file: string): Promise<string | undefined> {
  try {
    return (await disk().readFile(file)).toString('utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Register text to entries. Only lines ended by a newline were acknowledged; the last piece
 * without one is a torn append. A damaged line before it is not a torn write: refuse to guess
 * numbers from a register we cannot read.
 */
export function parseRegister(text: string, file: string): { entries: RegisterEntry[]; lines: string[]; torn: boolean } {
  const lines = text.split('\n');
  const torn = (lines.pop() ?? '') !== '';
  const entries: RegisterEntry[] = [];
  for (const [i, raw] of lines.entries()) {
    if (raw.trim() === '') continue;
    const parsed = RegisterEntry.safeParse(safeJson(raw));
    if (!parsed.success) throw new AppError('corrupt', `number register line ${i + 1} unreadable: ${file}`, { path: file, line: i + 1 });
    entries.push(parsed.data);
  }
  return { entries, lines, torn };
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
