import { removeFurniture, removeInlineFurniture } from './cleanup/furniture';
import { normalisePunctuation, normaliseWhitespace, removeControlChars } from './cleanup/punctuation';
import { removeRuby } from './cleanup/ruby';
import { buildDraft, guessKind } from './build';
import { flagDamage } from './damage';
import { htmlToText, looksLikeHtml } from './html';
import { recognise } from './recognise';
import { convertScript, detectScript } from './script';
import { findPublishedDate } from './structure/dates';
import { emptyLabelled, readLabelledLine } from './structure/labels';
import { findTitleLine } from './structure/title';
import { TrackedText, type Edit } from './tracked-text';
import { ImportInputError, MAX_IMPORT_CHARS, type ImportOptions, type ImportResult, type ImportWarning } from './types';

export * from './types';
export { htmlToText, looksLikeHtml } from './html';
export { detectScript, convertScript, scriptCounts } from './script';
export { findDamage } from './damage';
export { isFurnitureLine } from './cleanup/furniture';
export { parsePerson, parsePeopleList } from './structure/people';
export { findItems, ownerAndDue } from './structure/items';
export { TrackedText } from './tracked-text';

/**
 * Pasted or decoded text -> a structured draft. The pipeline: refuse what cannot be a report,
 * reduce HTML to text, clean (each change recorded in source coordinates), flag damage, detect
 * and optionally convert the script, take out the title line, recognise the structure, build a
 * schema-valid Briefing.
 */
export function importText(input: string, options: ImportOptions = {}): ImportResult {
  if (input.length > MAX_IMPORT_CHARS) throw new ImportInputError('tooLarge', `${input.length} characters > ${MAX_IMPORT_CHARS}`);
  const isHtml = options.format === 'html' || (options.format === undefined && looksLikeHtml(input));
  const source = (isHtml ? htmlToText(input) : input).replace(/\r\n?/g, '\n');
  refuseUnusable(source);
  const now = options.now ?? new Date();

  const t = new TrackedText(source);
  removeControlChars(t);
  removeFurniture(t);
  removeRuby(t);
  removeInlineFurniture(t);
  normalisePunctuation(t);
  normaliseWhitespace(t);
  const warnings: ImportWarning[] = flagDamage(t);

  const detected = detectScript(t.text);
  const convert = options.convert ?? 'none';
  const converted = convertScript('', detected, convert);
  if (convert !== 'none' && converted.script !== detected) warnings.push(docWarning('converted', { from: detected, to: convert }));
  if (convert !== 'none') t.transform((text) => convertScript(text, detected, convert).text);
  const script = converted.script;

  const title = takeTitle(t);
  const published = findPublishedDate(t.changes.filter((c) => c.kind === 'furniture').map((c) => c.original).join('\n'));
  const paragraphs = t.text.split('\n').map((p) => p.trim()).filter(Boolean);
  const hasLabels = paragraphs.some((p) => readLabelledLine(p, emptyLabelled()));
  const r = recognise(paragraphs, { published, now, script, title });
  warnings.push(...r.warnings.map((w) => docWarning(w.code, w.params)));
  if (!title) warnings.push(docWarning('noTitle', {}));

  return {
    source,
    text: t.text,
    draft: buildDraft(r, title, script, guessKind(title, hasLabels), now),
    removed: t.changes,
    warnings,
    recognized: { dateText: r.dateText, publishedDate: published, detectedScript: detected },
  };
}

function docWarning(code: ImportWarning['code'], params: Record<string, string | number>): ImportWarning {
  return { code, start: 0, end: 0, excerpt: '', params };
}

/** Empty and binary input are refused with a reason, before any work. */
function refuseUnusable(source: string): void {
  if (!source.trim()) throw new ImportInputError('empty', 'no text');
  const sample = source.slice(0, 8192);
  // eslint-disable-next-line no-control-regex
  const control = sample.match(/[\u0000-\u0008\u000E-\u001F]/g)?.length ?? 0;
  if (sample.includes('\u0000') || control > sample.length * 0.05) throw new ImportInputError('binary', 'control characters: not text');
}

/** Moves the title line out of the body (recorded as a 'title' change). */
function takeTitle(t: TrackedText): string {
  const lines: { text: string; start: number; end: number }[] = [];
  let pos = 0;
  for (const raw of t.text.split('\n')) {
    if (raw.trim()) lines.push({ text: raw.trim(), start: pos, end: pos + raw.length });
    pos += raw.length + 1;
  }
  const index = findTitleLine(lines.map((l) => l.text));
  if (index < 0) return '';
  const line = lines[index]!;
  const edit: Edit = { start: line.start, end: Math.min(line.end + 1, t.text.length), replacement: '', kind: 'title' };
  t.apply([edit]);
  return line.text.replace(/\s+/g, ' ');
}
