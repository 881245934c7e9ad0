import { promises as fs, statSync } from 'node:fs';
import type { IndexEntry } from '../../../shared/api';
import type { SearchHit } from '../../../shared/api/channels/editor';
import { normalizeText, parseQuery, searchFields, snippetAround } from '../../../shared/editor';
import type { Briefing } from '../../../shared/model';

/**
 * The library's full-text search.
 *
 * Design, decided by measurement (bench/search.ts, 5,000 realistic documents, 2 cores; figures in
 * docs/BENCHMARKS.md). The first version was a MiniSearch index over overlapping Han bigrams plus
 * Intl.Segmenter words, with an exact phrase check on its candidates. It answered rare phrases in
 * under 1 ms, but the words clerks actually type first (会议, 工作, 新质生产力) occur in thousands
 * of documents, and scoring thousands of postings per bigram took 30-50 ms at the median and up
 * to 200 ms at p95, with an index build of 16 s and ~95 MB of heap. A plain scan of the
 * normalised text of every document with String.prototype.includes costs ~10 ms for any query at
 * 5,000 documents (about 20 M characters), is exact (a phrase matches as a substring, whatever
 * the word boundaries: 科技局党组 is found in 市科技局党组书记, which a word index misses), needs
 * no tokeniser for Chinese at all, and builds as fast as the files can be read. So the "index" is
 * the normalised text of each document kept in memory, and ranking is by where the phrases occur
 * (title > meeting particulars > body, then how often in the body), ties by last change.
 *
 * The texts are a cache of the document files, like the library index: built in the background
 * after the data dir opens (files read directly, in batches that yield to the event loop, so
 * opening the app and saving never wait), and brought up to date lazily: a query first compares
 * the store's rows with the revisions it holds and re-reads only what changed, so a save, a
 * duplicate, a restore or a library restore is searchable on the next keystroke.
 */
interface Indexed {
  revision: number;
  updatedAt: string;
  /** title \n meeting \n body, as written. */
  plain: string;
  /** normalizeText(plain), kept only where it differs from plain. */
  norm?: string;
  /** Offsets: the title is [0, titleEnd), the meeting particulars [titleEnd + 1, meetingEnd). */
  titleEnd: number;
  meetingEnd: number;
}

export interface SearchIndexSource {
  /** Live (not trashed) index rows: id and revision. */
  list(): readonly Pick<IndexEntry, 'id' | 'revision' | 'updatedAt'>[];
  /** The stored document's file path. */
  file(id: string): string;
  /**
   * Files the store rewrites or appends to on every change of the library (its index snapshot and
   * journal). While their size and mtime stand still nothing changed, and a query skips the
   * comparison with the store's rows (a sort of 5,000 rows, about 5 ms).
   */
  changeSignals?: readonly string[];
}

const BATCH = 32;
const BODY_OCCURRENCES_COUNTED = 20;

export class SearchIndex {
  private readonly docs = new Map<string, Indexed>();
  private syncing: Promise<void> | null = null;
  private again = false;
  private lastSignal = '';

  constructor(private readonly source: SearchIndexSource) {}

  get size(): number {
    return this.docs.size;
  }

  /** Brings the texts up to date with the store; concurrent callers share one pass. */
  sync(): Promise<void> {
    if (!this.syncing && this.lastSignal && this.lastSignal === this.signal()) return Promise.resolve();
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      try {
        do {
          this.again = false;
          const signal = this.signal();
          await this.pass();
          this.lastSignal = signal;
        } while (this.again);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  /** Settles when no pass is running (services closing). */
  async idle(): Promise<void> {
    await this.syncing?.catch(() => undefined);
  }

  private signal(): string {
    const files = this.source.changeSignals;
    if (!files) return '';
    return files
      .map((f) => {
        try {
          const st = statSync(f);
          return `${st.size}:${st.mtimeMs}`;
        } catch {
          return '-';
        }
      })
      .join('|');
  }

  private async pass(): Promise<void> {
    const rows = this.source.list();
    const live = new Set<string>();
    const changed: string[] = [];
    for (const row of rows) {
      live.add(row.id);
      if (this.docs.get(row.id)?.revision !== row.revision) changed.push(row.id);
    }
    for (const id of [...this.docs.keys()]) if (!live.has(id)) this.docs.delete(id);
    for (let i = 0; i < changed.length; i += BATCH) {
      const batch = changed.slice(i, i + BATCH);
      const docs = await Promise.all(batch.map((id) => this.read(id)));
      docs.forEach((doc, k) => (doc ? this.put(doc) : this.docs.delete(batch[k]!)));
      if (i + BATCH < changed.length) await new Promise((r) => setImmediate(r));
    }
  }

  /** Reads a document file without the store's validation and cache: a damaged file is the store's to report. */
  private async read(id: string): Promise<Briefing | undefined> {
    try {
      const raw = JSON.parse(await fs.readFile(this.source.file(id), 'utf8')) as { doc?: Briefing };
      return raw.doc && raw.doc.id === id && Array.isArray(raw.doc.sections) ? raw.doc : undefined;
    } catch {
      return undefined;
    }
  }

  put(doc: Briefing): void {
    let f: { title: string; meeting: string; body: string };
    try {
      f = searchFields(doc);
    } catch {
      return;
    }
    const plain = `${f.title}\n${f.meeting}\n${f.body}`;
    const norm = normalizeText(plain);
    this.docs.set(doc.id, {
      revision: doc.revision,
      updatedAt: doc.updatedAt,
      plain,
      ...(norm === plain ? {} : { norm }),
      titleEnd: f.title.length,
      meetingEnd: f.title.length + 1 + f.meeting.length,
    });
  }

  remove(id: string): void {
    this.docs.delete(id);
  }

  /** Searches what is held now (call sync() first for fresh results). Every phrase must occur. */
  search(query: string, limit = 50): { hits: SearchHit[]; total: number; phrases: string[] } {
    const { phrases } = parseQuery(query);
    if (phrases.length === 0) return { hits: [], total: 0, phrases: [] };
    const ranked: { id: string; score: number; at: string; d: Indexed }[] = [];
    for (const [id, d] of this.docs) {
      const text = d.norm ?? d.plain;
      let score = 0;
      for (const p of phrases) {
        let at = text.indexOf(p);
        if (at < 0) {
          score = -1;
          break;
        }
        if (at < d.titleEnd) score += 100;
        else if (at < d.meetingEnd || text.lastIndexOf(p, d.meetingEnd) > d.titleEnd) score += 10;
        let n = 0;
        at = text.indexOf(p, Math.max(at, d.meetingEnd));
        while (at >= 0 && n < BODY_OCCURRENCES_COUNTED) {
          n++;
          at = text.indexOf(p, at + p.length);
        }
        score += n;
      }
      if (score >= 0) ranked.push({ id, score, at: d.updatedAt, d });
    }
    ranked.sort((a, b) => b.score - a.score || (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
    const hits = ranked.slice(0, limit).map(({ id, score, d }): SearchHit => {
      const text = d.norm ?? d.plain;
      const first = Math.min(...phrases.map((p) => text.indexOf(p)));
      // The snippet shows the body where it matches, else the meeting line; a title-only hit shows the body's start.
      const bodyAt = Math.min(...phrases.map((p) => text.indexOf(p, d.meetingEnd)).filter((x) => x >= 0), Infinity);
      const field: SearchHit['field'] = first < d.titleEnd ? 'title' : first < d.meetingEnd ? 'meeting' : 'body';
      const source = Number.isFinite(bodyAt) || field === 'title' ? d.plain.slice(d.meetingEnd + 1) : d.plain.slice(d.titleEnd + 1, d.meetingEnd);
      return { id, score, field, snippet: snippetAround(source.replace(/\n/g, ' '), phrases) };
    });
    return { hits, total: ranked.length, phrases };
  }
}
