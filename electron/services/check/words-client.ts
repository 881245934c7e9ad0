import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { WordFinding, WordLayer } from '../../../shared/check/words';
import type { Script } from '../../../shared/model';
import type { WordsMessage, WordsRequest } from './words-protocol';

/**
 * The check service's side of the word worker (words-worker.ts). The worker starts on the first
 * check; until it says 'ready', `layerFor` answers 'pending' at once and the check goes out with
 * the character rules only (wordsPending), so nothing waits for jieba. Once ready, a check sends
 * its unit texts over and gets the word findings back (milliseconds), wrapped as the synchronous
 * WordLayer runChecks takes. If the worker cannot load or dies, the word layer is 'off' for the
 * rest of the process: checks still answer, with the character rules.
 */
export type WordsState = 'idle' | 'loading' | 'ready' | 'off';

export interface WordsLoad {
  loadMs: number;
  heapUsed: number;
  rss: number;
}

export interface WordsClient {
  state(): WordsState;
  /** Starts the worker if it is not running yet. */
  start(): void;
  /** A word layer holding these texts' findings; 'pending' while the worker loads; 'off' if it cannot. */
  layerFor(texts: readonly string[], script: Script, variants?: readonly string[]): Promise<WordLayer | 'pending' | 'off'>;
  /** Resolves when the worker is ready (with its load figures) or null when it failed. Starts it. */
  ready(): Promise<WordsLoad | null>;
  /** Resolves with the warm-up's duration once the worker has warmed (after 'ready'), null if it stops first. */
  warmed(): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * Where the worker's code is. Built: check-words-worker.js beside the bundle that holds this code
 * (out/main/index.js: an entry of the same electron-vite build; dist/cli/briefing.mjs: written by
 * tools/build-cli.mjs). From source (tests, the
 * browser host under tsx): words-worker.ts beside this file, through words-worker-tsx.mjs, which
 * registers tsx's loader in the worker thread first.
 */
function workerScript(): URL {
  const built = new URL('./check-words-worker.js', import.meta.url);
  return existsSync(fileURLToPath(built)) ? built : new URL('./words-worker-tsx.mjs', import.meta.url);
}

export function createWordsClient(): WordsClient {
  let worker: Worker | null = null;
  let state: WordsState = 'idle';
  let load: WordsLoad | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve(r: { findings: WordFinding[][]; across: number[][] }): void; reject(e: Error): void }>();
  const waiting: ((l: WordsLoad | null) => void)[] = [];
  let warmMs: number | null | undefined;
  const warmWaiting: ((ms: number | null) => void)[] = [];
  const warmedWith = (ms: number | null): void => {
    warmMs ??= ms;
    for (const w of warmWaiting.splice(0)) w(warmMs);
  };

  const settle = (l: WordsLoad | null): void => {
    for (const w of waiting.splice(0)) w(l);
  };
  const goOff = (why: string): void => {
    if (state === 'off') return;
    state = 'off';
    for (const p of pending.values()) p.reject(new Error(why));
    pending.clear();
    settle(null);
    warmedWith(null);
    void worker?.terminate();
    worker = null;
  };

  const start = (): void => {
    if (state !== 'idle') return;
    state = 'loading';
    let w: Worker;
    try {
      w = new Worker(workerScript());
    } catch (e) {
      // A worker that cannot even start (a broken install): checks go on with the character rules.
      goOff(e instanceof Error ? e.message : String(e));
      return;
    }
    worker = w;
    // The worker must never keep a CLI or test process alive on its own.
    w.unref();
    w.on('message', (m: WordsMessage) => {
      if (m.type === 'ready') {
        state = 'ready';
        load = { loadMs: m.loadMs, heapUsed: m.heapUsed, rss: m.rss };
        settle(load);
      } else if (m.type === 'warm') {
        warmedWith(m.ms);
      } else if (m.type === 'failed') {
        goOff(`word layer failed to load: ${m.message}`);
      } else {
        const p = pending.get(m.id);
        pending.delete(m.id);
        if (m.type === 'result') p?.resolve(m);
        else p?.reject(new Error(m.message));
      }
    });
    w.on('error', (e) => goOff(e.message));
    w.on('exit', () => goOff('word worker exited'));
  };

  return {
    state: () => state,
    start,
    async layerFor(texts, script, variants = []) {
      start();
      if (state === 'loading') return 'pending';
      if (state !== 'ready' || !worker) return 'off';
      const unique = [...new Set(texts.filter((t) => t))];
      const id = nextId++;
      const req: WordsRequest = { id, texts: unique, script, variants: [...variants] };
      try {
        const { findings, across } = await new Promise<{ findings: WordFinding[][]; across: number[][] }>((resolve, reject) => {
          pending.set(id, { resolve, reject });
          worker!.postMessage(req);
        });
        const byText = new Map(unique.map((t, i) => [t, findings[i] ?? []]));
        const acrossByText = new Map(unique.map((t, i) => [t, new Set(across[i] ?? [])]));
        // Only the terms' variants were asked about; any other span is taken as read within words.
        return { check: (text) => byText.get(text) ?? [], straddles: (text, _script, at) => !!acrossByText.get(text)?.has(at) };
      } catch {
        return 'off';
      }
    },
    ready() {
      start();
      if (state === 'ready') return Promise.resolve(load);
      if (state === 'off') return Promise.resolve(null);
      return new Promise((resolve) => waiting.push(resolve));
    },
    warmed() {
      if (warmMs !== undefined) return Promise.resolve(warmMs);
      if (state === 'off') return Promise.resolve(null);
      return new Promise((resolve) => warmWaiting.push(resolve));
    },
    async close() {
      const w = worker;
      worker = null;
      state = 'off';
      for (const p of pending.values()) p.reject(new Error('closed'));
      pending.clear();
      settle(null);
      warmedWith(null);
      if (w) await w.terminate();
    },
  };
}
