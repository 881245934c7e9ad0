/**
 * Where a string value of a JSON text sits in that text, so a diagnostic on a document field can
 * be reported as line and column of the file (what an editor or CI log points at). A small
 * scanner rather than JSON.parse: parse throws away positions.
 */
export type JsonPath = readonly (string | number)[];

interface StringValue {
  path: string;
  /** Index of the opening quote in the raw text. */
  start: number;
}

export function indexStrings(raw: string): Map<string, StringValue> {
  const out = new Map<string, StringValue>();
  let i = 0;
  const ws = () => {
    while (i < raw.length && /\s/.test(raw[i]!)) i++;
  };
  const readString = (): string => {
    const start = i;
    i++;
    while (i < raw.length && raw[i] !== '"') i += raw[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(raw.slice(start, i)) as string;
  };
  const value = (path: (string | number)[]): void => {
    ws();
    const ch = raw[i];
    if (ch === '"') {
      const start = i;
      readString();
      out.set(key(path), { path: key(path), start });
    } else if (ch === '{') {
      i++;
      ws();
      while (i < raw.length && raw[i] !== '}') {
        ws();
        const name = readString();
        ws();
        i++; // :
        value([...path, name]);
        ws();
        if (raw[i] === ',') i++;
        ws();
      }
      i++;
    } else if (ch === '[') {
      i++;
      let n = 0;
      ws();
      while (i < raw.length && raw[i] !== ']') {
        value([...path, n++]);
        ws();
        if (raw[i] === ',') i++;
        ws();
      }
      i++;
    } else {
      while (i < raw.length && !/[,}\]\s]/.test(raw[i]!)) i++;
    }
  };
  value([]);
  return out;
}

export function key(path: JsonPath): string {
  return path.join('\u0000');
}

/** Raw index of the decoded offset `offset` inside the string literal starting at `quote`. */
export function rawOffset(raw: string, quote: number, offset: number): number {
  let i = quote + 1;
  let decoded = 0;
  while (i < raw.length && decoded < offset && raw[i] !== '"') {
    if (raw[i] === '\\') {
      if (raw[i + 1] === 'u') {
        i += 6;
      } else i += 2;
    } else i += 1;
    decoded++;
  }
  return i;
}

/** 1-based line and column, counted in code points. */
export function lineColumn(text: string, index: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: [...text.slice(lineStart, index)].length + 1 };
}
