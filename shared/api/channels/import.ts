import { z } from 'zod';
import { Briefing, Script } from '../../model';
import { CHANGE_KINDS, CONVERSIONS, WARNING_CODES } from '../../importer/types';

export const ChangeSchema = z.object({
  kind: z.enum(CHANGE_KINDS),
  original: z.string(),
  replacement: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});

export const ImportWarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  start: z.number().int(),
  end: z.number().int(),
  excerpt: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

/**
 * Channels of the import feature. `import:parse` takes exactly one source: pasted text, clipboard
 * HTML, or a file path (read and decoded in Node: .txt in UTF-8/GB18030/Big5/UTF-16, .html, .docx).
 * The draft is not saved: the user accepts it in the import view, which then calls docs:save.
 */
export const importChannels = {
  'import:parse': {
    request: z
      .strictObject({
        text: z.string().max(1_000_000).optional(),
        html: z.string().max(4_000_000).optional(),
        path: z.string().min(1).max(4096).optional(),
        convert: z.enum(CONVERSIONS).optional(),
      })
      .refine((r) => [r.text, r.html, r.path].filter((v) => v !== undefined).length === 1, { message: 'validation.invalid' }),
    response: z.object({
      draft: Briefing,
      source: z.string(),
      removed: z.array(ChangeSchema),
      warnings: z.array(ImportWarningSchema),
      detectedScript: Script,
      dateText: z.string(),
      /** For a file: the encoding it was decoded from (utf-8, gb18030, big5, utf-16le, docx …). */
      encoding: z.string(),
    }),
  },
} as const;
