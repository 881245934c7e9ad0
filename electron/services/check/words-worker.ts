import { parentPort } from 'node:worker_threads';
import type { WordLayer } from '../../../shared/check/words';
import { wordLayer } from './segmenter';
import { warmUp } from './words-warmup';
import type { WordsMessage, WordsRequest } from './words-protocol';

/**
 * The word worker: a worker_threads thread that owns jieba-wasm, its 349k-word dictionary and the
 * word layer. Building them takes seconds (9–17 s measured under load) of synchronous work, which
 * on the main process's thread would stall every IPC call; here it stalls nothing. Plain Node, no
 * Electron: the same file runs in Electron's main process, the browser host and the tests.
 *
 * It builds the layer as soon as it starts, says 'ready' (or 'failed'), then answers requests in
 * order. The layer's per-text cache lives here, so a re-check after an edit costs only the
 * paragraphs that changed.
 */
const port = parentPort;
if (!port) throw new Error('words-worker.ts runs as a worker thread');

const post = (m: WordsMessage): void => port.postMessage(m);
let layer: WordLayer | null = null;

const started = performance.now();
try {
  layer = wordLayer();
  // One sentence through every rule, so the first real check does not pay pinyin-pro's start-up.
  layer.check('会议要求认真的研究落实。', 'hans');
  const mem = process.memoryUsage();
  post({ type: 'ready', loadMs: Math.round(performance.now() - started), heapUsed: mem.heapUsed, rss: mem.rss });
  // Then more text, in turns between requests: the first real document runs at the warm speed.
  const warmStarted = performance.now();
  warmUp(layer, (paragraphs) => post({ type: 'warm', ms: Math.round(performance.now() - warmStarted), paragraphs }));
} catch (e) {
  post({ type: 'failed', message: e instanceof Error ? e.message : String(e) });
}

port.on('message', (req: WordsRequest) => {
  if (!layer) {
    post({ type: 'error', id: req.id, message: 'word layer not loaded' });
    return;
  }
  try {
    const l = layer;
    const across = req.texts.map((t) => variantsAcrossWords(l, t, req));
    post({ type: 'result', id: req.id, findings: req.texts.map((t) => l.check(t, req.script)), across });
  } catch (e) {
    post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
  }
});

/** Offsets in `text` where a terms-list variant matches across a word boundary (记要 in 书记/要求). */
function variantsAcrossWords(l: WordLayer, text: string, req: WordsRequest): number[] {
  const out: number[] = [];
  for (const v of req.variants) {
    for (let i = text.indexOf(v); i !== -1; i = text.indexOf(v, i + 1)) if (l.straddles(text, req.script, i, v.length)) out.push(i);
  }
  return out;
}
