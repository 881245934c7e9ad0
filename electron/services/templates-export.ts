import { mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError, type Request, type Response } from '../../shared/api';
import type { Template } from '../../shared/model';
import { builtinTemplate, templateFileText } from '../../shared/templates';
import { writeFileAtomic } from './export/atomic-write';
import { uniqueName } from './export/batch';
import { EXPORTS_DIR, type FileAccess } from './files/file-access';
import type { DocumentStore } from './store/document-store';

/**
 * templates:export: the template file is written here, not downloaded by the page (the app
 * cancels every download). The app names the file with the save dialog (a handle; the dialog
 * asked before replacing); browser mode writes into the data dir's exports/ under a name not yet
 * taken there, so nothing is ever overwritten without the user's say.
 */
export async function templatesExport(req: Request<'templates:export'>, deps: { store: DocumentStore; files: FileAccess }): Promise<Response<'templates:export'>> {
  const templates: Template[] = req.ids.map((id) => {
    const t = builtinTemplate(id) ?? deps.store.userTemplates().find((u) => u.id === id);
    if (!t) throw new AppError('notFound', `template ${id}`, { id });
    return t;
  });
  let ref: { handle: string } | { path: string };
  if (req.handle !== undefined) ref = { handle: req.handle };
  else {
    const dir = path.join(deps.store.paths.root, EXPORTS_DIR);
    // a plain name, never '.' or '..' (the schema already refuses separators)
    if (/^\.*$/.test(req.fileName!)) throw new AppError('validation', `not a file name: ${req.fileName}`, { path: 'fileName', reason: 'invalid' });
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const taken = new Set((await readdir(dir).catch(() => [] as string[])).map((n) => n.toLowerCase()));
    ref = { path: path.join(dir, uniqueName(req.fileName!, taken)) };
  }
  const target = await deps.files.write(ref);
  await writeFileAtomic(target.path, templateFileText(templates), { overwrite: target.viaHandle });
  return { path: target.display, count: templates.length };
}
