import path from 'node:path';
import { AppError } from '../../../shared/api';
import type { ExportFormat, ExportResult } from '../../../shared/api/channels/export';
import type { LayoutOptionsInput, LayoutPreset } from '../../../shared/layout';
import type { Briefing } from '../../../shared/model';
import type { PdfPrinter } from '../ports/pdf-printer';
import { writeFileAtomic } from './atomic-write';
import { renderExport, type Rendered } from './render';

export interface ExportToFile {
  doc: Briefing;
  format: ExportFormat;
  path: string;
  layout?: LayoutPreset;
  options?: LayoutOptionsInput;
  overwrite?: boolean;
  printer?: () => Promise<PdfPrinter>;
  signal?: AbortSignal;
}

/** Renders and writes one export: PATH holds the whole file or is left as it was. */
export async function exportToFile(req: ExportToFile): Promise<ExportResult> {
  return writeExport(req, () => renderExport(req));
}

/**
 * The one way an export reaches disk (a document here, an issue in issue-export.ts): the path must
 * be absolute, nothing is written when cancelled while rendering, and the file is written atomically.
 */
export async function writeExport(req: { path: string; overwrite?: boolean; signal?: AbortSignal }, render: () => Promise<Rendered>): Promise<ExportResult> {
  if (!path.isAbsolute(req.path)) throw new AppError('validation', `not an absolute path: ${req.path}`, { path: 'path', reason: 'absolute' });
  const started = performance.now();
  const rendered = await render();
  // cancelled while rendering (a batch): write nothing, not even a whole file the user no longer wants
  if (req.signal?.aborted) throw Object.assign(new Error('export cancelled'), { name: 'AbortError' });
  await writeFileAtomic(req.path, rendered.bytes, { overwrite: req.overwrite ?? false });
  return { path: req.path, bytes: rendered.bytes.length, pages: rendered.pages, fonts: rendered.fonts, ms: Math.round(performance.now() - started) };
}
