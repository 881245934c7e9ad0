import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { Template } from '../../../shared/model';
import { TEMPLATE_FILE_FORMAT } from '../../../shared/templates/file';

/** A shared folder is not a library: at most this many files and bytes per file are read. */
const MAX_FILES = 200;
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/**
 * The templates in the policy's shared, read-only templates folder (a network share): every
 * `*.json` template file there (the format templates:export writes). They are listed as built-in
 * (builtIn: true), so the editor offers them but nobody edits or deletes them from the app. A file
 * that is unreadable, not a template file, or a template zod refuses is skipped: one colleague's
 * broken file must not hide the office's other templates. An unreachable share lists none.
 */
export async function loadSharedTemplates(dir: string): Promise<Template[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const out: Template[] = [];
  for (const name of names
    .filter((n) => n.toLowerCase().endsWith('.json'))
    .sort()
    .slice(0, MAX_FILES)) {
    try {
      const bytes = await readFile(path.join(dir, name));
      if (bytes.length > MAX_FILE_BYTES) continue;
      const file = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, '')) as { format?: unknown; templates?: unknown };
      if (file.format !== TEMPLATE_FILE_FORMAT || !Array.isArray(file.templates)) continue;
      for (const raw of file.templates) {
        const parsed = Template.safeParse({ ...(raw as object), builtIn: true });
        if (parsed.success && !out.some((t) => t.id === parsed.data.id)) out.push(parsed.data);
      }
    } catch {
      /* skipped: see above */
    }
  }
  return out;
}
