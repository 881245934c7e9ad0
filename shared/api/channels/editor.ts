import { z } from 'zod';
import { Id } from '../../model';

/**
 * Channels of the editor feature: channel name -> { request (strict zod), response }.
 * Spread into the contract in ../contract.ts.
 */
export const SearchHit = z.object({
  id: Id,
  /** BM25 score with title > meeting > body boosts; 0 for a linear scan. */
  score: z.number(),
  /** About 100 characters of the title, meeting or body around the first match. */
  snippet: z.string(),
  /** Which field the snippet comes from. */
  field: z.enum(['title', 'meeting', 'body']),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const editorChannels = {
  /**
   * Full-text search over title, meeting particulars and body of the documents in the library
   * (not the trash). Results are in relevance order; `phrases` are the normalised query parts
   * the renderer highlights.
   */
  'docs:search': {
    request: z.strictObject({ query: z.string().max(200), limit: z.number().int().min(1).max(500).optional() }),
    response: z.object({
      hits: z.array(SearchHit),
      total: z.number().int(),
      phrases: z.array(z.string()),
      /** Milliseconds the service spent, for the status line and the benchmark. */
      tookMs: z.number(),
    }),
  },
} as const;
