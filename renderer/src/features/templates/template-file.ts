import { z } from 'zod';
import { Template, newId, type Briefing } from '../../../../shared/model';
import { TEMPLATE_FILE_FORMAT } from '../../../../shared/templates/file';

/**
 * Reads a template file (written by templates:export, shared/templates/file.ts). On import ids are
 * made fresh (never a built-in's) so nothing is overwritten.
 */

const TemplateFile = z.object({ format: z.literal(TEMPLATE_FILE_FORMAT), templates: z.array(z.unknown()).min(1).max(200) });

export function userTemplateId(): string {
  return `user-${newId()}`.toLowerCase().slice(0, 64);
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
