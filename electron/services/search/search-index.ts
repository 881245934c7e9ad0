import { promises as fs } from 'node:fs';
import MiniSearch from 'minisearch';
import type { IndexEntry } from '../../../shared/api';
import type { SearchHit } from '../../../shared/api/channels/editor';
import { containsAll, normalizeText, parseQuery, searchFields, snippetAround, tokenize } from '../../../shared/editor';
import type { Briefing } from '../../../shared/model';

/**
 * The library's full-text index.
 *
 * Design (measured by bench/search.ts; see docs/BENCHMARKS.md):
 * - MiniSearch (BM25, in memory) over three fields, title (boost 4) > meeting (2) > body (1),
 *   tokenised by shared/editor `tokenize`: overlapping Han bigrams plus Intl.Segmenter words for
 *   other text. A Han query phrase is looked up as AND over its bigrams, then checked exactly
 *   against the document's text, so a hit always contains what was typed.
 * - The searchable text of each document is kept (one string per document) for that check and
 *   for snippets. A one-character query has no bigram to look up and is a linear scan of these
 *   strings (about 15 M characters at 5,000 documents: a few ms).
 * - The index is a cache of the document files, like the library index: it is built in the
 *   background after the data dir opens (reading the files directly, in small batches that yield
 *   to the event loop, so opening the app and saving never wait for it) and brought up to date
 *   lazily: before each query the store's index rows are compared with the revisions indexed, and
 *   only changed, new or deleted documents are re-read. So a save, a duplicate, a restore or a
 *   library restore is searchable on the next keystroke without a hook into the store.
 */
interface Indexed {
  revision: number;
  title: string;
  meeting: string;
  body: string;
  /** normalizeText(title + meeting + body), kept only where it differs from the plain join. */
  norm?: string;
}

export interface SearchIndexSource {
  /** Live (not trashed) index rows: id and revision. */
  list(): readonly Pick<IndexEntry, 'id' | 'revision' | 'updatedAt'>[];
  /** The stored document's file path. */
  file(id: string): string;
}

const BATCH = 32;

export class SearchIndex {
  private readonly mini = new MiniSearch<{ id: string; title: string; meeting: string; body: string }>({
    fields: ['title', 'meeting', 'body'],
    storeFields: [],
    tokenize,
    processTerm: (t) => t,
    searchOptions: { boost: { title: 4, meeting: 2 }, tokenize: (t) => [t], processTerm: (t) => t },
  });
  private readonly docs = new Map<string, Indexed>();
  private syncing: Promise<void> | null = null;
  private again = false;

  constructor(private readonly source: SearchIndexSource) {}

  get size(): number {
    return this.docs.size;
  }

  /** Brings the index up to date with the store; concurrent callers share one pass. */
  sync(): Promise<void> {
    if (this.syncing) {
      this.again = true;
      return this.syncing;
    }
    this.syncing = (async () => {
      try {
        do {
          this.again = false;
          await this.pass();
        } while (this.again);
      } finally {
        this.syncing = null;
      }
    })();
    return this.syncing;
  }

  private stale(): { changed: string[]; gone: string[] } {
    const rows = this.source.list();
    const live = new Set<string>();
    const changed: string[] = [];
    for (const row of rows) {
      live.add(row.id);
      if (this.docs.get(row.id)?.revision !== row.revision) changed.push(row.id);
    }
    const gone: string[] = [];
    if (live.size !== this.docs.size || changed.length > 0) for (const id of this.docs.keys()) if (!live.has(id)) gone.push(id);
    return { changed, gone };
  }

  private async pass(): Promise<void> {
    const { changed, gone } = this.stale();
    for (const id of gone) this.remove(id);
    for (let i = 0; i < changed.length; i += BATCH) {
      const batch = changed.slice(i, i + BATCH);
      const docs = await Promise.all(batch.map((id) => this.read(id)));
      docs.forEach((doc, k) => (doc ? this.put(doc) : this.remove(batch[k]!)));
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
    let fields: { title: string; meeting: string; body: string };
    try {
      fields = searchFields(doc);
    } catch {
      return;
    }
    this.remove(doc.id);
    this.mini.add({ id: doc.id, ...fields });
    const plain = `${fields.title}\n${fields.meeting}\n${fields.body}`;
    const norm = normalizeText(plain);
    this.docs.set(doc.id, { revision: doc.revision, ...fields, ...(norm === plain ? {} : { norm }) });
  }

  remove(id: string): void {
    if (!this.docs.has(id)) return;
    this.mini.discard(id);
    this.docs.delete(id);
  }

  /** Searches what is indexed now (call sync() first for fresh results). */
  search(query: string, limit = 50): { hits: SearchHit[]; total: number; phrases: string[] } {
    const q = parseQuery(query);
    if (q.phrases.length === 0) return { hits: [], total: 0, phrases: [] };
    const matches = (d: Indexed) => containsAll(d.norm ?? `${d.title}\n${d.meeting}\n${d.body}`, q.phrases);
    let ranked: { id: string; score: number }[];
    if (q.terms.length > 0) {
      ranked = this.mini
        .search({ combineWith: 'AND', queries: q.terms })
        .filter((r) => matches(this.docs.get(r.id as string)!))
        .map((r) => ({ id: r.id as string, score: r.score }));
    } else {
      ranked = [];
      for (const [id, d] of this.docs) if (matches(d)) ranked.push({ id, score: 0 });
      // Without terms there is no relevance; the title matches first.
      ranked.sort((a, b) => Number(containsAll(normalizeText(this.docs.get(b.id)!.title), q.phrases)) - Number(containsAll(normalizeText(this.docs.get(a.id)!.title), q.phrases)));
    }
    const hits = ranked.slice(0, limit).map(({ id, score }) => {
      const d = this.docs.get(id)!;
      const field = (['title', 'meeting', 'body'] as const).find((f) => containsAll(normalizeText(d[f]), q.phrases))
        ?? (['body', 'meeting', 'title'] as const).find((f) => q.phrases.some((p) => normalizeText(d[f]).includes(p)))
        ?? 'body';
      const snippetField = field === 'title' && d.body ? 'body' : field;
      return { id, score, field, snippet: snippetAround(d[snippetField].replace(/\n/g, ' '), q.phrases) };
    });
    return { hits, total: ranked.length, phrases: q.phrases };
  }
}
