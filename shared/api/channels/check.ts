import { z } from 'zod';
import { Briefing, Id } from '../../model';
import { TermsListSchema } from '../../check/terms';
import { AcceptedWords } from '../../check/accepted';

/** A dismissal key is a rule id and the text it flagged; a document keeps at most this many. */
export const MAX_DISMISS_KEY = 300;
export const MAX_DISMISSED = 2000;

export const DiagnosticSchema = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  location: z.object({
    field: z.enum(['title', 'lead', 'heading', 'paragraph', 'item', 'text']),
    sectionId: z.string(),
    paragraph: z.number().int(),
    itemId: z.string(),
    offset: z.number().int(),
    length: z.number().int(),
  }),
  fix: z.object({ replacement: z.string() }).optional(),
});

/**
 * Channels of the check feature: proofread a document (with the stored terms list), and read or
 * replace the terms list (规范表述) that administrators maintain.
 */
export const checkChannels = {
  'check:run': {
    request: z.strictObject({ doc: Briefing, disabled: z.array(z.string().max(32)).max(100).optional() }),
    /** wordsPending: the word layer was still loading; ask again shortly for its findings. */
    response: z.object({ diagnostics: z.array(DiagnosticSchema), wordsPending: z.boolean().optional() }),
  },
  /**
   * Findings the user dismissed in one document, as keys `rule|text` (see the problems panel):
   * kept beside the library, not in the document, so dismissing never makes a revision.
   */
  'check:dismissed:get': {
    request: z.strictObject({ docId: Id }),
    response: z.object({ keys: z.array(z.string()) }),
  },
  'check:dismissed:set': {
    request: z.strictObject({ docId: Id, keys: z.array(z.string().max(MAX_DISMISS_KEY)).max(MAX_DISMISSED) }),
    response: z.object({ keys: z.array(z.string()) }),
  },
  'check:terms:get': {
    request: z.strictObject({}),
    response: z.object({ terms: TermsListSchema }),
  },
  'check:terms:set': {
    request: z.strictObject({ terms: TermsListSchema }),
    response: z.object({ terms: TermsListSchema }),
  },
  /** The office's accepted words: the word layer (WRD-xx) never flags them, in any document. */
  'check:accepted:get': {
    request: z.strictObject({}),
    response: z.object({ words: AcceptedWords }),
  },
  'check:accepted:set': {
    request: z.strictObject({ words: AcceptedWords }),
    response: z.object({ words: AcceptedWords }),
  },
} as const;
