import { newId, type IssueItem, type Section } from '../../../../shared/model';

/** An item's sections as the text the composer shows: one paragraph a line, headings on their own. */
export function bodyText(sections: readonly Section[]): string {
  return sections
    .flatMap((s) => [s.heading.trim(), ...s.paragraphs.map((p, i) => (i === 0 && s.lead.trim() ? `${s.lead.trim()}，${p}` : p)), ...s.items.map((i) => i.text)])
    .filter((l) => l.trim() !== '')
    .join('\n');
}

/** The shortened text back as the item's own sections (one text section); the source is untouched. */
export function withBodyText(item: IssueItem, text: string): IssueItem {
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  return { ...item, sections: [{ id: newId('s'), kind: 'text', lead: '', heading: '', paragraphs, items: [], actionStyle: 'inline' }] };
}

/** Moves one element of a list to another index (drag, Alt+arrows, the buttons). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return [...list];
  const out = [...list];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x!);
  return out;
}

/** The issue's contents list: titles in order, grouped under consecutive column headings. */
export function contentsGroups(items: readonly Pick<IssueItem, 'column' | 'title'>[]): { column: string; titles: string[] }[] {
  const out: { column: string; titles: string[] }[] = [];
  for (const it of items) {
    const last = out.at(-1);
    if (last && last.column === it.column) last.titles.push(it.title);
    else out.push({ column: it.column, titles: [it.title] });
  }
  return out;
}
