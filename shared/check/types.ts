import type { Script } from '../model';

export type Severity = 'error' | 'warning' | 'info';

/** Which field of the document a unit of text is. `text` is a line of a plain .txt. */
export type Field = 'title' | 'lead' | 'heading' | 'paragraph' | 'item' | 'text';

export interface Location {
  field: Field;
  /** '' for the title and for plain text. */
  sectionId: string;
  /** Paragraph index in the section (or line index in plain text); -1 where not applicable. */
  paragraph: number;
  itemId: string;
  /** UTF-16 offset and length within the field's text. */
  offset: number;
  length: number;
}

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** i18n key in the `check` namespace: rules.<rule id> (or terms.<…>), with params. */
  message: string;
  params: Record<string, string | number>;
  location: Location;
  /** A safe fix: replace [offset, offset + length) with this text. */
  fix?: { replacement: string };
}

/** One field's text plus where it lives; rules look at units one by one. */
export interface Unit {
  text: string;
  field: Field;
  sectionId: string;
  paragraph: number;
  itemId: string;
}

/** What a rule reports inside one unit. */
export interface Finding {
  offset: number;
  length: number;
  params?: Record<string, string | number>;
  replacement?: string;
}

export interface CheckContext {
  script: Script;
  terms: TermsList;
  /** With the word layer: whether the span is read across a word boundary (WordLayer.straddles). */
  straddles?: (text: string, offset: number, length: number) => boolean;
}

export interface Rule {
  id: string;
  severity: Severity;
  /** Fields the rule applies to; all when absent. */
  fields?: readonly Field[];
  check(unit: Unit, ctx: CheckContext): Finding[];
}

/** A rule that needs several units at once (sequences across paragraphs). */
export interface GroupRule {
  id: string;
  severity: Severity;
  check(units: readonly Unit[], ctx: CheckContext): { unit: Unit; finding: Finding }[];
}

export interface Term {
  preferred: string;
  variants: string[];
  note?: string;
}

export interface TermsList {
  version: 1;
  terms: Term[];
}
