import { randomUUID } from 'node:crypto';
import { mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Api } from '../../../shared/api';
import type { BatchStatus, ExportFormat } from '../../../shared/api/channels/export';
import { exportFileName, type LayoutOptionsInput, type LayoutPreset } from '../../../shared/layout';
import type { Status } from '../../../shared/model';
import type { PdfPrinter } from '../ports/pdf-printer';
import type { DocumentStore } from '../store/document-store';
import type { FileAccess } from '../files/file-access';
import { exportToFile } from './export-file';

export interface BatchRequest {
  ids?: string[];
  status?: Status;
  format: ExportFormat;
  layout?: LayoutPreset;
  options?: LayoutOptionsInput;
  dir: string;
  overwrite?: boolean;
}

interface Job {
  status: BatchStatus;
  abort: AbortController;
  /** The running loop: settled once the job is finished (its last file whole or not begun). */
  done?: Promise<void>;
}

/** Finished jobs kept for a late status call (the UI polls); older ones are forgotten. */
const KEEP_FINISHED = 16;

/**
 * Batch export: one document after another through the one warm printer, each file written
 * atomically, so a cancelled or failed batch leaves whole files and no partial one. Cancel aborts
 * the document in hand (the printer checks the signal; a PDF rendered after the cancel is not
 * written) and stops the batch.
 */
export class BatchExports {
  private readonly jobs = new Map<string, Job>();

  constructor(
    private readonly store: DocumentStore,
    private readonly printer: () => Promise<PdfPrinter>,
    /** The data dir's exports/ folder: the default destination, made on first use. */
    private readonly exportsDir = '',
  ) {}

  async start(req: BatchRequest): Promise<{ jobId: string; total: number }> {
    if (!path.isAbsolute(req.dir)) throw new AppError('validation', `not an absolute path: ${req.dir}`, { path: 'dir', reason: 'absolute' });
    if (this.exportsDir && path.resolve(req.dir) === this.exportsDir) await mkdir(this.exportsDir, { recursive: true });
    const info = await stat(req.dir).catch(() => null);
    if (!info?.isDirectory()) throw new AppError('unwritable', `no such folder: ${req.dir}`, { path: req.dir });
    const live = this.store.list();
    const ids = req.ids ?? live.filter((e) => e.status === req.status).map((e) => e.id);
    const jobId = randomUUID();
    const job: Job = {
      status: { done: 0, total: ids.length, current: '', errors: [], files: [], finished: false, cancelled: false },
      abort: new AbortController(),
    };
    this.jobs.set(jobId, job);
    this.forgetOld();
    job.done = this.run(job, ids, req);
    return { jobId, total: ids.length };
  }

  status(jobId: string): BatchStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('notFound', `no batch ${jobId}`, { id: jobId });
    return structuredClone(job.status);
  }

  cancel(jobId: string): BatchStatus {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('notFound', `no batch ${jobId}`, { id: jobId });
    if (!job.status.finished) {
      job.status.cancelled = true;
      job.abort.abort();
    }
    return structuredClone(job.status);
  }

  /**
   * Services closing: cancels every running batch and waits until each has stopped, so no file is
   * being written (and no render holds the printer) once this resolves.
   */
  async dispose(): Promise<void> {
    const running = [...this.jobs.values()].filter((j) => !j.status.finished);
    for (const job of running) {
      job.status.cancelled = true;
      job.abort.abort();
    }
    await Promise.allSettled(running.map((j) => j.done));
  }

  private async run(job: Job, ids: string[], req: BatchRequest): Promise<void> {
    const used = new Set<string>();
    const signal = job.abort.signal;
    for (const id of ids) {
      if (signal.aborted) break;
      let title = id;
      let target = '';
      try {
        const { doc } = await this.store.get(id);
        title = doc.title || id;
        job.status.current = title;
        target = path.join(req.dir, uniqueName(exportFileName(doc.title, doc.meeting.date, req.format), used));
        if (signal.aborted) break;
        await exportToFile({
          doc,
          format: req.format,
          path: target,
          layout: req.layout,
          options: req.options,
          overwrite: req.overwrite ?? false,
          printer: this.printer,
          signal,
        });
        job.status.files.push(target);
      } catch (e) {
        if (signal.aborted) break;
        const code = e instanceof AppError ? e.code : 'internal';
        job.status.errors.push({ id, title, code, path: target });
      }
      job.status.done++;
    }
    job.status.current = '';
    job.status.cancelled = signal.aborted;
    job.status.finished = true;
  }

  private forgetOld(): void {
    const finished = [...this.jobs].filter(([, j]) => j.status.finished);
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.jobs.delete(id);
  }
}

/** A file name not yet used in this batch: 纪要_2024-02-19.pdf, then 纪要_2024-02-19 (2).pdf … */
export function uniqueName(name: string, used: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let candidate = name;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${ext}`;
  used.add(candidate.toLowerCase());
  return candidate;
}

export function batchFeature(batches: BatchExports, files: FileAccess): Pick<Api, 'export:batchStart' | 'export:batchStatus' | 'export:batchCancel'> {
  // Jobs into a folder chosen with the native dialog report file names only: that path stays in main.
  const viaHandle = new Set<string>();
  const shown = (jobId: string, s: BatchStatus): BatchStatus =>
    viaHandle.has(jobId) ? { ...s, files: s.files.map((f) => path.basename(f)), errors: s.errors.map((e) => ({ ...e, path: e.path && path.basename(e.path) })) } : s;
  return {
    'export:batchStart': async ({ handle, dir, ...req }) => {
      const target = await files.folder({ handle, path: dir });
      const r = await batches.start({ ...req, dir: target.path });
      if (target.viaHandle) viaHandle.add(r.jobId);
      return r;
    },
    'export:batchStatus': async ({ jobId }) => shown(jobId, batches.status(jobId)),
    'export:batchCancel': async ({ jobId }) => shown(jobId, batches.cancel(jobId)),
  };
}
