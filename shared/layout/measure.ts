/**
 * Width estimates for blocks whose height must be known before Chromium lays them out (the
 * masthead's fixed box, the title's grid-snapped box). CJK and full-width marks take one em;
 * ASCII takes about half. The settle script re-snaps from real measurements when it runs.
 */
export function emWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c < 0x2e80 && !(c >= 0x2000 && c <= 0x206f) ? 0.5 : 1;
  }
  return w;
}

/** Lines a centred text of `sizePt` needs in a measure of `measurePt` (at least one). */
export function estimateLines(text: string, sizePt: number, measurePt: number): number {
  const perLine = Math.max(1, Math.floor(measurePt / sizePt + 1e-6));
  return Math.max(1, Math.ceil(emWidth(text) / perLine - 1e-6));
}

/** The size of a red mark: as large as `maxPt` while its text fits one line of `measurePt`, never under 2号 (22 pt). */
export function fitMarkSize(text: string, maxPt: number, measurePt: number): number {
  const fit = Math.floor(measurePt / Math.max(1, emWidth(text)));
  return Math.max(22, Math.min(maxPt, fit));
}
