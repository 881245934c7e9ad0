import { z } from 'zod';
import { Briefing } from '../../model';
import { TermsListSchema } from '../../check/terms';

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
    response: z.object({ diagnostics: z.array(DiagnosticSchema) }),
  },
  'check:terms:get': {
    request: z.strictObject({}),
    response: z.object({ terms: TermsListSchema }),
  },
  'check:terms:set': {
    request: z.strictObject({ terms: TermsListSchema }),
    response: z.object({ terms: TermsListSchema }),
  },
} as const;
