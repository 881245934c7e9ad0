import { z } from 'zod';
import { withParagraphIds } from './paragraph-ids';
import { LIMITS, clockTime, isoDate, text } from './text';

/** Bumped whenever the stored document shape changes; see migrations.ts. 2: paragraph ids. */
export const SCHEMA_VERSION = 2;

export const DOCUMENT_KINDS = ['minutes', 'briefing', 'report'] as const;
export const SECTION_KINDS = ['topic', 'directive', 'requirement', 'action-list', 'decision', 'text'] as const;
export const STATUSES = ['draft', 'review', 'approved', 'issued'] as const;
export const SCRIPTS = ['hans', 'hant'] as const;
export const ACTION_STATUSES = ['open', 'in-progress', 'done'] as const;
/** How an action list is laid out on paper: 一是……二是……, （一）（二）paragraphs, or a 督办 table. */
export const ACTION_STYLES = ['inline', 'numbered', 'table'] as const;

export const DocumentKind = z.enum(DOCUMENT_KINDS);
export const SectionKind = z.enum(SECTION_KINDS);
export const Status = z.enum(STATUSES);
export const Script = z.enum(SCRIPTS);

export const Id = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/, { message: 'validation.id' });

export const Person = z.object({
  name: text(LIMITS.line),
  title: text(LIMITS.line).default(''),
  unit: text(LIMITS.line).default(''),
});

export const Meeting = z.object({
  name: text(LIMITS.line).default(''),
  date: isoDate.default(''),
  time: clockTime.default(''),
  location: text(LIMITS.line).default(''),
  chair: z.object({ name: text(LIMITS.line).default(''), title: text(LIMITS.line).default('') }).default({ name: '', title: '' }),
  attendees: z.array(Person).max(LIMITS.peoplePerList).default([]),
  absentees: z.array(Person).max(LIMITS.peoplePerList).default([]),
  observers: z.array(Person).max(LIMITS.peoplePerList).default([]),
  recorder: text(LIMITS.line).default(''),
});

export const ActionItem = z.object({
  id: Id,
  text: text(LIMITS.paragraph),
  owner: text(LIMITS.line).default(''),
  due: text(LIMITS.line).default(''),
  status: z.enum(ACTION_STATUSES).default('open'),
});

export const Section = z
  .object({
    id: Id,
    kind: SectionKind,
    /** The lead phrase as written: 会议指出 / 會議強調 / 会议决定 … (without the trailing comma). */
    lead: text(LIMITS.line).default(''),
    /** Heading of a topic (议题) or an optional heading of any other section. */
    heading: text(LIMITS.line).default(''),
    paragraphs: z.array(text(LIMITS.paragraph)).max(LIMITS.paragraphsPerSection).default([]),
    /**
     * One stable id per paragraph, parallel to `paragraphs` (see paragraph-ids.ts). Optional in the
     * type so code that builds sections need not know about it; parsing always fills it in.
     */
    paragraphIds: z.array(Id).max(LIMITS.paragraphsPerSection).optional(),
    items: z.array(ActionItem).max(LIMITS.itemsPerSection).default([]),
    actionStyle: z.enum(ACTION_STYLES).default('inline'),
  })
  .transform((s) => withParagraphIds(s));

export const Masthead = z.object({
  issuer: text(LIMITS.line).default(''),
  issueNo: text(LIMITS.line).default(''),
  year: text(16).default(''),
  docNumber: text(LIMITS.line).default(''),
  classification: text(LIMITS.line).default(''),
  urgency: text(LIMITS.line).default(''),
});

export const Distribution = z.object({
  to: text(LIMITS.line * 4).default(''),
  cc: text(LIMITS.line * 4).default(''),
  printedBy: text(LIMITS.line).default(''),
  printedOn: isoDate.default(''),
  copies: z.number().int().min(0).max(1_000_000).default(0),
});

export const Briefing = z.object({
  /**
   * A schema-1 document differs only by lacking paragraph ids, which parsing fills in, so it is
   * accepted and lifted (stored files also go through migrations.ts before this).
   */
  schemaVersion: z.union([z.literal(1), z.literal(SCHEMA_VERSION)]).transform((): typeof SCHEMA_VERSION => SCHEMA_VERSION),
  id: Id,
  kind: DocumentKind,
  title: text(LIMITS.title),
  script: Script,
  status: Status,
  meeting: Meeting,
  sections: z.array(Section).max(LIMITS.sectionsPerDocument),
  masthead: Masthead,
  distribution: Distribution,
  templateId: z.string().max(64).default(''),
  createdAt: z.string().datetime(),
  updatedAt: z.string().datetime(),
  revision: z.number().int().min(0),
});

export type DocumentKind = z.infer<typeof DocumentKind>;
export type SectionKind = z.infer<typeof SectionKind>;
export type Status = z.infer<typeof Status>;
export type Script = z.infer<typeof Script>;
export type Person = z.infer<typeof Person>;
export type Meeting = z.infer<typeof Meeting>;
export type ActionItem = z.infer<typeof ActionItem>;
export type Section = z.infer<typeof Section>;
export type Masthead = z.infer<typeof Masthead>;
export type Distribution = z.infer<typeof Distribution>;
export type Briefing = z.infer<typeof Briefing>;
