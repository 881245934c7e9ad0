import type { Script } from '../../../shared/model';
import type { WordFinding } from '../../../shared/check/words';

/** Messages between the check service and the word worker (structured-clone plain data only). */

/** Main -> worker: check these unit texts, written in this script. */
export interface WordsRequest {
  id: number;
  texts: string[];
  script: Script;
  /** The terms list's variants (TERM-01): the worker says which of their matches are read across a word boundary. */
  variants: string[];
}

/** Worker -> main. */
export type WordsMessage =
  /** The word layer is built; what it cost, measured inside the worker. */
  | { type: 'ready'; loadMs: number; heapUsed: number; rss: number }
  /** The warm-up after 'ready' is done (words-warmup.ts): how long it took, in the worker. */
  | { type: 'warm'; ms: number; paragraphs: number }
  /** Loading failed: the word layer stays off in this process. */
  | { type: 'failed'; message: string }
  /** The findings of one request, one list per text, in order. */
  | { type: 'result'; id: number; findings: WordFinding[][]; across: number[][] }
  | { type: 'error'; id: number; message: string };
