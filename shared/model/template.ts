import { z } from 'zod';
import { Briefing, DocumentKind, Script, Section } from './briefing';
import { LIMITS, text } from './text';

/** The part of a document a template fixes; ids are regenerated on use. */
export const TemplateBody = Briefing.pick({ title: true, meeting: true, masthead: true, distribution: true }).extend({
  sections: z.array(Section).max(LIMITS.sectionsPerDocument),
});

export const Template = z.object({
  id: z.string().regex(/^[a-z0-9-]{3,64}$/, { message: 'validation.id' }),
  name: text(LIMITS.line).min(1, { message: 'validation.required' }),
  description: text(2_000).default(''),
  kind: DocumentKind,
  script: Script,
  builtIn: z.boolean().default(false),
  body: TemplateBody,
});

export type TemplateBody = z.infer<typeof TemplateBody>;
export type Template = z.infer<typeof Template>;
