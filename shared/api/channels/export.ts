import { z } from 'zod';
import { Briefing, Id, Status } from '../../model';
import { FONT_ROLES } from '../../layout/fonts';
import { LayoutOptions, LayoutPreset } from '../../layout/options';
import { DialogChoice, FileHandle, FilePath, ONE_TARGET, oneTarget } from './files';

export const EXPORT_FORMATS = ['pdf', 'docx', 'html'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const FontUseSchema = z.object({ role: z.enum(FONT_ROLES), family: z.string(), preferred: z.boolean() });

/** Export the document given (as edited, unsaved changes included) or a stored one by id. */
const ExportRequest = z
  .strictObject({
    doc: Briefing.optional(),
    id: Id.optional(),
    /** 纪要 / 简报 / 报道; the document's kind when absent. */
    layout: LayoutPreset.optional(),
    options: LayoutOptions.optional(),
    /** Absolute path the file is written to (inside the allowed folders): atomically, never half-written. */
    path: FilePath.optional(),
    /** Or the app's save dialog handle (dialog:saveFile); the dialog asked before replacing a file. */
    handle: FileHandle.optional(),
    /** Replace an existing file at `path`; without it an existing file is refused. */
    overwrite: z.boolean().optional(),
  })
  .refine((r) => !!r.doc !== !!r.id, { message: 'validation.docOrId' })
  .refine(oneTarget, ONE_TARGET);

export const ExportResult = z.object({
  /** The path written, or only its file name when the target was a dialog handle (the path stays in main). */
  path: z.string(),
  bytes: z.number().int(),
  /** Pages of a PDF (0 for DOCX and HTML, which paginate where they are opened). */
  pages: z.number().int(),
  /** Which family served each font role (PDF); a role with preferred=false fell back. */
  fonts: z.array(FontUseSchema),
  ms: z.number(),
});
export type ExportResult = z.infer<typeof ExportResult>;

/**
 * The preview beside the editor: the services build the print HTML from the document (never HTML
 * from the renderer) and hold it as a print job; the preview frame loads it from `url`, served
 * under the print CSP (app://print/<id>.html in the app, /print/<id>.html in browser mode).
 */
const PreviewPublishRequest = z.strictObject({
  doc: Briefing,
  layout: LayoutPreset.optional(),
  options: LayoutOptions.optional(),
});
export const PreviewPublishResponse = z.object({ url: z.string(), id: z.string() });

/**
 * Where a file goes, asked in the app with the native save dialog (which also asks before
 * replacing a file). The chosen path stays in main: the answer is a single-use handle for a
 * `save` (see ./files.ts). Implemented by electron/main only; the services refuse it, so browser
 * mode names a path inside the allowed folders instead.
 */
const SaveFileRequest = z.strictObject({
  fileName: z.string().min(1).max(255),
  /** An export format, 'backup' (a whole-library archive, .bdbackup), 'templates' (a template file, .json) or 'xlsx' (the task register). */
  format: z.union([ExportFormat, z.literal('backup'), z.literal('templates'), z.literal('xlsx')]),
});
export const SaveFileResponse = DialogChoice;

/**
 * Which file to read or which folder to write into, asked in the app with the native open dialog:
 * 'backup' (a library archive for library:restore, a handle for `open`) or 'folder' (batch export,
 * a handle for `folder`). Main only, like dialog:saveFile.
 */
const OpenFileRequest = z.strictObject({ kind: z.enum(['backup', 'folder']) });

/**
 * Print the document on a printer (the system print dialog, duplex along the long edge by
 * default). Implemented by electron/main only (webContents.print on the hidden print window);
 * browser mode prints the preview frame instead.
 */
const PrintRequest = z.strictObject({ doc: Briefing, layout: LayoutPreset.optional(), options: LayoutOptions.optional() });
export const PrintResponse = z.object({ printed: z.boolean() });

/**
 * Many documents at once, chosen by id or by status, into one folder: a job the UI polls for
 * progress and may cancel. Files are named from title and date (exportFileName), made unique
 * within the batch; an existing file is an error for that document unless `overwrite`.
 */
const BatchStartRequest = z
  .strictObject({
    ids: z.array(Id).min(1).max(5000).optional(),
    status: Status.optional(),
    format: ExportFormat,
    /** 纪要 / 简报 / 报道 for every document; each document's own kind when absent. */
    layout: LayoutPreset.optional(),
    options: LayoutOptions.optional(),
    /** Absolute folder the files are written to (inside the allowed folders) … */
    dir: FilePath.optional(),
    /** … or the app's folder handle (dialog:openFile kind 'folder'). */
    handle: FileHandle.optional(),
    overwrite: z.boolean().optional(),
  })
  .refine((r) => !!r.ids !== !!r.status, { message: 'validation.idsOrStatus' })
  .refine((r) => (r.dir === undefined) !== (r.handle === undefined), ONE_TARGET);
const BatchJob = z.strictObject({ jobId: z.string().min(1).max(64) });
export const BatchError = z.object({ id: z.string(), title: z.string(), code: z.string(), path: z.string() });
export const BatchStatus = z.object({
  done: z.number().int(),
  total: z.number().int(),
  /** Title of the document being exported now ('' between documents and when finished). */
  current: z.string(),
  errors: z.array(BatchError),
  /** Files written, in order. */
  files: z.array(z.string()),
  finished: z.boolean(),
  cancelled: z.boolean(),
});
export type BatchStatus = z.infer<typeof BatchStatus>;

/** Channels of the export feature. */
export const exportChannels = {
  'preview:publish': { request: PreviewPublishRequest, response: PreviewPublishResponse },
  'dialog:saveFile': { request: SaveFileRequest, response: SaveFileResponse },
  'dialog:openFile': { request: OpenFileRequest, response: SaveFileResponse },
  'print:document': { request: PrintRequest, response: PrintResponse },
  'export:batchStart': { request: BatchStartRequest, response: z.object({ jobId: z.string(), total: z.number().int() }) },
  'export:batchStatus': { request: BatchJob, response: BatchStatus },
  'export:batchCancel': { request: BatchJob, response: BatchStatus },
  'export:pdf': { request: ExportRequest, response: ExportResult },
  'export:docx': { request: ExportRequest, response: ExportResult },
  'export:html': { request: ExportRequest, response: ExportResult },
} as const;
