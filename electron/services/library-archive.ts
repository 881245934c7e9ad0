import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { z } from 'zod';
import { AppError, type RestoreReport } from '../../shared/api';
import { Settings, Template, newId } from '../../shared/model';
import { parseEntry } from './archive-parse';
import { MAX_ARCHIVE_BYTES, listEntries, readEntries } from './archive-reader';
import { disk } from './disk';
import { toWriteError, writeFileDurable } from './fs-durable';
import { IssuesManifest, collectIssues, issueEntryNames, parseIssues, restoreIssues } from './library-archive-issues';
import { collectTasks, parseTasks, restoreTasks, taskEntryNames } from './library-archive-tasks';
import { DocumentFile } from './store/document-file';
import type { DocumentStore } from './store/document-store';

/**
 * The whole library in one file (a zip: manifest, documents with their history, templates,
 * settings; since version 2 also series, the address book, issues, the 期号 register and the 督办
 * register with its progress notes), for moving to another PC by USB stick. Restoring merges
 * (newer revision wins; equal revisions with different text keep both; registers take the union)
 * or replaces (the old library is set aside, not deleted). Version 1 archives still restore: they
 * say nothing about issues or tasks, so those are left as they are.
 */
const V1 = z.object({
  format: z.literal('briefing-desk/library'),
  version: z.literal(1),
  createdAt: z.string(),
  documents: z.array(z.object({ id: z.string(), trashed: z.boolean() })),
});
const MANIFEST = z.union([
  V1,
  V1.extend({
    version: z.literal(2),
    /** Ids of the issues under issues/items/ (series, address book and register always travel). */
    issues: IssuesManifest,
    /** Whether tasks.json is in the archive (absent when the library never opened the register). */
    tasks: z.boolean(),
  }),
]);

export async function backupLibrary(store: DocumentStore, target: string, now: Date): Promise<{ path: string; documents: number }> {
  const files: Record<string, Uint8Array> = {};
  const listed = [...store.list(), ...store.list({ trashed: true })].filter((e) => !e.newerSchema);
  const documents: { id: string; trashed: boolean }[] = [];
  for (const entry of listed) {
    const { file, trashed } = await store.exportFile(entry.id);
    files[`documents/${entry.id}.json`] = strToU8(JSON.stringify(file));
    documents.push({ id: entry.id, trashed });
  }
  files['templates.json'] = strToU8(JSON.stringify(store.userTemplates()));
  files['settings.json'] = strToU8(JSON.stringify(store.settings()));
  const dataDir = store.paths.root;
  const issues = await collectIssues(dataDir, files);
  const tasks = await collectTasks(dataDir, files);
  files['manifest.json'] = strToU8(JSON.stringify({ format: 'briefing-desk/library', version: 2, createdAt: now.toISOString(), documents, issues, tasks }));
  const zipped = zipSync(files, { level: 6 });
  const absolute = path.resolve(target);
  // The usual target is a fresh folder (the data dir's backups/, a folder on a USB stick): create
  // it rather than fail; a parent that cannot be created is `unwritable`, like any failed write.
  await fs.mkdir(path.dirname(absolute), { recursive: true }).catch((e: unknown) => {
    throw toWriteError(e, absolute);
  });
  await writeFileDurable(absolute, zipped);
  return { path: absolute, documents: documents.length };
}

/** Reads the archive file, refusing one too large to be a library before reading it. */
async function readArchiveFile(source: string): Promise<Uint8Array> {
  try {
    const stat = await disk().stat(source);
    if (stat.size > BigInt(MAX_ARCHIVE_BYTES)) {
      throw new AppError('archiveInvalid', `${source}: larger than ${MAX_ARCHIVE_BYTES / 1024 / 1024} MB`, { detail: source, reason: 'tooLarge' });
    }
    return await disk().readFile(source);
  } catch (e) {
    if (e instanceof AppError) throw e;
    // `reason` lets the UI say "no such file" rather than "damaged" for a mistyped path.
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new AppError('archiveInvalid', `${source}: ${code}`, { detail: source, reason: code });
  }
}

export async function restoreLibrary(store: DocumentStore, source: string, mode: 'merge' | 'replace', now: Date): Promise<RestoreReport> {
  const bytes = await readArchiveFile(source);
  const entries = listEntries(bytes);
  const manifest = parseEntry(await readEntries(bytes, (n) => n === 'manifest.json', entries), 'manifest.json', MANIFEST);
  // Only what the manifest names is inflated; anything else in the zip is never touched.
  const v2 = manifest.version === 2 ? manifest : undefined;
  const wanted = new Set([
    'templates.json',
    'settings.json',
    ...manifest.documents.map((d) => `documents/${d.id}.json`),
    ...(v2 ? issueEntryNames(v2.issues) : []),
    ...(v2?.tasks ? taskEntryNames() : []),
  ]);
  const files = await readEntries(bytes, (n) => wanted.has(n), entries);
  // Validate everything before touching the library: a bad archive changes nothing.
  const incoming = manifest.documents.map((d) => ({ ...d, file: parseEntry(files, `documents/${d.id}.json`, DocumentFile) }));
  const templates = parseEntry(files, 'templates.json', z.array(Template));
  const settings = parseEntry(files, 'settings.json', Settings);
  const issuesPart = v2 ? parseIssues(files, v2.issues) : undefined;
  const tasksPart = v2?.tasks ? parseTasks(files) : undefined;

  const report: RestoreReport = { added: 0, updated: 0, keptLocal: 0, keptBoth: 0, templates: 0, previousLibrary: '', issues: 0, series: 0, tasks: 0, numbers: 0 };
  const aside = path.join(store.paths.root, `replaced-${now.toISOString().replace(/[:.]/g, '-')}`);
  if (mode === 'replace') {
    report.previousLibrary = aside;
    await store.setAsideAll(report.previousLibrary);
    await store.updateSettings(settings);
  }
  const localIds = new Set([...store.list(), ...store.list({ trashed: true })].map((e) => e.id));
  for (const item of incoming) {
    const id = item.file.doc.id;
    if (!localIds.has(id)) {
      await store.importFile(item.file);
      if (item.trashed) await store.trash(id);
      report.added++;
      continue;
    }
    const local = (await store.exportFile(id)).file.doc;
    if (item.file.doc.revision > local.revision) {
      await store.importFile(item.file);
      report.updated++;
    } else if (item.file.doc.revision === local.revision && JSON.stringify(local) !== JSON.stringify(item.file.doc)) {
      // Edited on both machines to the same revision number: keep both, the incoming one as a copy.
      const copy = { ...item.file.doc, id: newId('d') };
      await store.importFile({ ...item.file, doc: copy, history: item.file.history.map((h) => ({ ...h, id: copy.id })) });
      report.keptBoth++;
    } else {
      report.keptLocal++;
    }
  }
  const existing = new Set(store.userTemplates().map((t) => t.id));
  for (const t of templates) {
    if (mode === 'merge' && existing.has(t.id)) continue;
    await store.saveTemplate(t);
    report.templates++;
  }
  // After the documents: the task register re-reads them on its next look.
  if (issuesPart) {
    const r = await restoreIssues(store.paths.root, issuesPart, mode, aside);
    Object.assign(report, { issues: r.issues, series: r.series, numbers: r.registerLines });
  }
  if (tasksPart) report.tasks = await restoreTasks(store.paths.root, tasksPart, mode, aside, now);
  return report;
}
