import type { Change, ChangeKind } from './types';

/** One replacement in the current text's coordinates. */
export interface Edit {
  start: number;
  end: number;
  replacement: string;
  kind: ChangeKind;
}

/**
 * The text being cleaned plus, for every current character, the source offset it came from.
 * Each cleanup step works on plain current-text offsets; `apply` records its edits as `Change`s in
 * source coordinates, which is what the import view needs to show (and undo) them on the original.
 */
export class TrackedText {
  readonly source: string;
  readonly changes: Change[] = [];
  private current: string;
  /** map[i] = source offset of current char i; map[length] = source length. */
  private map: Int32Array;

  constructor(source: string) {
    this.source = source;
    this.current = source;
    this.map = new Int32Array(source.length + 1);
    for (let i = 0; i <= source.length; i++) this.map[i] = i;
  }

  get text(): string {
    return this.current;
  }

  /** Source range of the current range [start, end). */
  toSource(start: number, end: number): { start: number; end: number } {
    const s = this.map[start] ?? this.source.length;
    const e = end > start ? (this.map[end - 1] ?? s) + 1 : s;
    return { start: s, end: Math.max(s, e) };
  }

  /** Applies non-overlapping edits (overlaps are dropped, first wins) and records them. */
  apply(edits: readonly Edit[]): void {
    if (edits.length === 0) return;
    const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
    const parts: string[] = [];
    // Filled in place, copied to its length at the end: a number[] pushed one offset per character of
    // the whole text on every step, then converted, cost more than the edits (round 44).
    const newMap = new Int32Array(this.current.length + 1 + edits.reduce((n, e) => n + e.replacement.length, 0));
    let n = 0;
    let pos = 0;
    for (const edit of sorted) {
      if (edit.start < pos || edit.end < edit.start || edit.end > this.current.length) continue;
      if (edit.end === edit.start && edit.replacement === '') continue;
      if (this.current.slice(edit.start, edit.end) === edit.replacement) continue;
      parts.push(this.current.slice(pos, edit.start));
      newMap.set(this.map.subarray(pos, edit.start), n);
      n += edit.start - pos;
      const src = this.toSource(edit.start, edit.end);
      this.changes.push({
        kind: edit.kind,
        original: this.source.slice(src.start, src.end),
        replacement: edit.replacement,
        start: src.start,
        end: src.end,
      });
      parts.push(edit.replacement);
      const span = edit.end - edit.start;
      // Replacement characters point at the source character they stand for (1:1 punctuation),
      // or at the start of the replaced span.
      for (let i = 0; i < edit.replacement.length; i++) newMap[n++] = this.map[edit.start + Math.min(i, Math.max(span - 1, 0))]!;
      pos = edit.end;
    }
    parts.push(this.current.slice(pos));
    newMap.set(this.map.subarray(pos, this.current.length + 1), n);
    n += this.current.length + 1 - pos;
    this.current = parts.join('');
    this.map = newMap.slice(0, n);
  }

  /**
   * Rewrites the whole text without recording changes (script conversion is one user choice, not
   * a list of edits). Positions stay exact when the length is kept, which OpenCC's character
   * conversions do; otherwise every line maps to its start.
   */
  transform(fn: (text: string) => string): void {
    const next = fn(this.current);
    if (next.length === this.current.length) {
      this.current = next;
      return;
    }
    const oldLines = this.current.split('\n');
    const newLines = next.split('\n');
    if (oldLines.length !== newLines.length) {
      this.map = Int32Array.from({ length: next.length + 1 }, (_, i) => (i === next.length ? this.source.length : 0));
      this.current = next;
      return;
    }
    const map: number[] = [];
    let oldPos = 0;
    newLines.forEach((line, k) => {
      const oldLen = oldLines[k]!.length;
      for (let i = 0; i < line.length; i++) map.push(this.map[oldPos + Math.min(i, Math.max(oldLen - 1, 0))]!);
      oldPos += oldLen;
      if (k < newLines.length - 1) map.push(this.map[oldPos]!);
      oldPos += 1;
    });
    map.push(this.source.length);
    this.map = Int32Array.from(map);
    this.current = next;
  }
}
