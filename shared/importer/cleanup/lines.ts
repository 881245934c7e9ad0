/** A line of the current text with its offsets; `end` excludes the newline. */
export interface Line {
  text: string;
  start: number;
  end: number;
  index: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ text: text.slice(start, end), start, end, index: index++ });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/** The range removing a whole line and its line break. */
export function lineRange(line: Line, textLength: number): { start: number; end: number } {
  return { start: line.start, end: Math.min(line.end + 1, textLength) };
}
