import { z } from 'zod';
import { Template, newId, type Briefing } from '../../../shared/model';

/**
 * User templates travel between offices as JSON files. The file names its format so a stray JSON
 * is refused clearly; on import ids are made fresh (never a built-in's) so nothing is overwritten.
 */
export const TEMPLATE_FILE_FORMAT = 'briefing-desk/templates';

const TemplateFile = z.object({ format: z.literal(TEMPLATE_FILE_FORMAT), templates: z.array(z.unknown()).min(1).max(200) });

export function userTemplateId(): string {
  return `user-${newId()}`.toLowerCase().slice(0, 64);
}

export function templateFileText(templates: readonly Template[]): string {
  return JSON.stringify({ format: TEMPLATE_FILE_FORMAT, templates }, null, 2);
}

/** Parses a template file; throws an Error whose message is an i18n key of the library namespace. */
export function parseTemplateFile(text: string): Template[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new Error('templates.importNotJson');
  }
  const file = TemplateFile.safeParse(raw);
  if (!file.success) throw new Error('templates.importWrongFormat');
  return file.data.templates.map((t) => {
    const parsed = Template.safeParse(t);
    if (!parsed.success) throw new Error('templates.importInvalid');
    return { ...parsed.data, id: userTemplateId(), builtIn: false };
  });
}

/** A user template capturing a document's structure and fixed particulars (not its date). */
export function templateFromDocument(doc: Briefing, name: string, description: string): Template {
  return Template.parse({
    id: userTemplateId(),
    name,
    description,
    kind: doc.kind,
    script: doc.script,
    builtIn: false,
    body: {
      title: doc.title,
      meeting: { ...doc.meeting, date: '', time: '' },
      masthead: doc.masthead,
      distribution: { ...doc.distribution, printedOn: '' },
      sections: doc.sections,
    },
  });
}

/** Saves text as a file through the browser (Electron shows its save dialog for downloads). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
