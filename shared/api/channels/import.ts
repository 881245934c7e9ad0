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

/** Base64 of the largest picked file that fits one request (MAX_PAYLOAD_CHARS): about 5.8 MB of bytes. */
export const MAX_FILE_BASE64 = 7_800_000;
/** More undone changes than this is not a review any more; the user can paste the source again. */
export const MAX_KEEP = 5000;

export const KeepRange = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(0) }).refine((r) => r.end > r.start, { message: 'validation.invalid' });

/**
 * Channels of the import feature. `import:parse` takes exactly one source: pasted text, clipboard
 * HTML or a picked file's bytes (decoded in Node: .txt in UTF-8/GB18030/Big5/UTF-16, .html,
 * .docx). No path: the file's bytes travel, so the renderer never names a file to read (the CLI
 * reads its files itself).
 * The draft is not saved: the user accepts it in the import view, which then calls docs:save.
 */
export const importChannels = {
  'import:parse': {
    request: z
      .strictObject({
        text: z.string().max(1_000_000).optional(),
        html: z.string().max(4_000_000).optional(),
        /** A file's bytes (base64) with its name, from the file picker; decoded like a file on disk. */
        file: z
          .strictObject({
            name: z.string().min(1).max(255),
            base64: z
              .string()
              .max(MAX_FILE_BASE64)
              .regex(/^[A-Za-z0-9+/]*={0,2}$/),
          })
          .optional(),
        convert: z.enum(CONVERSIONS).optional(),
        /**
         * Cleanup changes the user undid, as [start, end) ranges of `source` (a previous response's):
         * those stretches are kept exactly as written. Only with `text` (the previous source).
         */
        keep: z.array(KeepRange).max(MAX_KEEP).optional(),
      })
      .refine((r) => [r.text, r.html, r.file].filter((v) => v !== undefined).length === 1, { message: 'validation.invalid' })
      .refine((r) => r.keep === undefined || r.text !== undefined, { message: 'validation.invalid' }),
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
