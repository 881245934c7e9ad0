import type { Change, ImportWarning } from '../../../../shared/importer';

/** A change as the view knows it: its key (source range) and whether the user undid it. */
export interface ViewChange extends Change {
  key: string;
  undone: boolean;
}

/** A run of source text: plain, removed (struck through), kept (undone change), or an inserted replacement. */
export type Piece =
  { type: 'text'; text: string; flagged: boolean } | { type: 'removed' | 'kept'; text: string; flagged: boolean; change: string } | { type: 'inserted'; text: string; change: string };

export const changeKey = (c: { start: number; end: number }): string => `${c.start}:${c.end}`;

/**
 * Cuts the source into pieces at every change and warning boundary, so the source pane can strike
 * through what cleanup removed, show what replaced it, and mark damage, all as plain text nodes.
 * Changes never overlap (the importer records each stretch once); warnings may cross changes.
 */
export function sourcePieces(source: string, changes: readonly ViewChange[], warnings: readonly ImportWarning[]): Piece[] {
  const ranged = changes.filter((c) => c.end > c.start).sort((a, b) => a.start - b.start);
  const points = changes.filter((c) => c.end === c.start && c.replacement && !c.undone);
  const flags = warnings.filter((w) => w.end > w.start);
  const cuts = new Set<number>([0, source.length]);
  for (const c of changes) cuts.add(c.start).add(c.end);
  for (const w of flags) cuts.add(Math.min(w.start, source.length)).add(Math.min(w.end, source.length));
  const sortedCuts = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  const insertAt = (pos: number) => {
    for (const c of points) if (c.start === pos) pieces.push({ type: 'inserted', text: c.replacement, change: c.key });
  };
  let ci = 0;
  for (let i = 0; i + 1 < sortedCuts.length; i++) {
    const a = sortedCuts[i]!;
    const b = sortedCuts[i + 1]!;
    insertAt(a);
    while (ci < ranged.length && ranged[ci]!.end <= a) ci++;
    const c = ranged[ci];
    const flagged = flags.some((w) => w.start < b && w.end > a);
    const text = source.slice(a, b);
    if (c && c.start <= a && c.end >= b) {
      pieces.push({ type: c.undone ? 'kept' : 'removed', text, flagged, change: c.key });
      if (b === c.end && c.replacement && !c.undone) pieces.push({ type: 'inserted', text: c.replacement, change: c.key });
    } else pieces.push({ type: 'text', text, flagged });
  }
  insertAt(source.length);
  return pieces;
}
