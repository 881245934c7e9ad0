import type { Edit, TrackedText } from '../tracked-text';
import { lineRange, splitLines } from './lines';

/**
 * A paragraph a page printed twice in a row (a template that renders the article body's last
 * block again, a capture that copied a cell twice). A report never says the same long sentence
 * twice running, so the second copy is the page's: it would otherwise make a section of its own.
 * Only whole lines of 20 characters or more with a sentence mark, identical after trimming, with at
 * most blank lines between them.
 */
const MIN_LENGTH = 20;
const SENTENCE = /[。！？；，,;!?]/u;

export function removeRepeatedParagraphs(t: TrackedText): void {
  const edits: Edit[] = [];
  let prev = '';
  for (const line of splitLines(t.text)) {
    const text = line.text.trim();
    if (!text) continue;
    if (text === prev && text.length >= MIN_LENGTH && SENTENCE.test(text)) edits.push({ ...lineRange(line, t.text.length), replacement: '', kind: 'furniture' });
    prev = text;
  }
  if (edits.length) t.apply(edits);
}
