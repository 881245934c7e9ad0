import { newId } from './ids';

/**
 * Stable paragraph ids (schema 2): beside `paragraphs: string[]` each section keeps a parallel
 * `paragraphIds: string[]` of the same length, so comments, suggestions and version comparison can
 * point at a paragraph that moves. The text array stays as it was, so code that builds sections
 * (the importer, the factory, templates) keeps working without knowing about ids: parsing and
 * loading fill in what is missing, and the editing operations keep the two arrays aligned.
 */
export function newParagraphId(): string {
  return newId('p');
}

interface WithParagraphs {
  paragraphs: string[];
  paragraphIds?: string[] | undefined;
}

/** `ids` cut or filled to `length`; a repeated id (a copied section, a hand-edited file) is replaced. */
export function alignParagraphIds(ids: readonly string[] | undefined, length: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < length; i++) {
    const id = ids?.[i];
    const fresh = id && !seen.has(id) ? id : newParagraphId();
    seen.add(fresh);
    out.push(fresh);
  }
  return out;
}

function aligned(s: WithParagraphs): boolean {
  const ids = s.paragraphIds;
  return !!ids && ids.length === s.paragraphs.length && new Set(ids).size === ids.length;
}

/** The section with its paragraph ids aligned to its paragraphs (the same object when they already are). */
export function withParagraphIds<S extends WithParagraphs>(s: S): S {
  return aligned(s) ? s : { ...s, paragraphIds: alignParagraphIds(s.paragraphIds, s.paragraphs.length) };
}

/** The document with every section's paragraph ids aligned (the same object when they already are). */
export function normaliseParagraphIds<D extends { sections: WithParagraphs[] }>(doc: D): D {
  const sections = doc.sections.map((s) => withParagraphIds(s));
  return sections.every((s, i) => s === doc.sections[i]) ? doc : { ...doc, sections };
}

/** The ids of a section's paragraphs, even for a section built without them. */
export function paragraphIdsOf(s: WithParagraphs): string[] {
  return aligned(s) ? s.paragraphIds! : alignParagraphIds(s.paragraphIds, s.paragraphs.length);
}
