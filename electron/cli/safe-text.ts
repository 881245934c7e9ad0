/**
 * Text the CLI prints may carry pieces of its input (file names, JSON parse errors quote the
 * file). Terminal control sequences in them (ESC, BEL, C1 codes) would be obeyed by the user's
 * terminal: retitle it, recolour it, or worse. Every control character except newline and tab is
 * shown as a visible \u escape instead.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An error message as one line: inner line breaks become spaces, controls are escaped. */
export function oneLine(text: string): string {
  const body = text.replace(/\n+$/, '');
  return `${escapeControls(body.replace(/\s*\n\s*/g, ' '))}\n`;
}
