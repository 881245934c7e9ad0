import { CONTROL_CHARS, LIMITS } from '../model';

export interface CleanPaste {
  /** The pasted text as paragraphs: the first joins the text before the caret, the last the text after. */
  pieces: string[];
  /** How many control characters were removed (shown to the user, never silent). */
  removedControls: number;
  /** How many over-long paragraphs had to be cut to fit the paragraph limit. */
  cutParagraphs: number;
  /** Characters pasted after cleaning. */
  chars: number;
}

/**
 * Cleans a paste into a paragraph: strips control characters (counted, so the UI can say so),
 * makes each line a paragraph (Enter makes a paragraph in this editor, so a pasted line break
 * must too), drops blank lines and the leading full-width indentation that the layout adds itself,
 * and cuts a paragraph longer than the model allows at a sentence end near the limit.
 */
export function cleanPaste(raw: string, limit: number = LIMITS.paragraph): CleanPaste {
  const removedControls = (raw.match(CONTROL_CHARS) ?? []).length;
  const text = raw.replace(CONTROL_CHARS, '').replace(/\r\n?/g, '\n');
  let lines = text.split('\n');
  if (lines.length > 1) lines = lines.map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')).filter((l) => l !== '');
  if (lines.length === 0) lines = [''];
  const pieces: string[] = [];
  let cutParagraphs = 0;
  for (const line of lines) {
    if (line.length <= limit) {
      pieces.push(line);
      continue;
    }
    cutParagraphs++;
    let rest = line;
    while (rest.length > limit) {
      const window = rest.slice(0, limit);
      const end = Math.max(window.lastIndexOf('。'), window.lastIndexOf('；'), window.lastIndexOf('. '));
      const cut = end > limit / 2 ? end + 1 : limit;
      pieces.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    if (rest) pieces.push(rest);
  }
  return { pieces, removedControls, cutParagraphs, chars: pieces.reduce((n, p) => n + p.length, 0) };
}
