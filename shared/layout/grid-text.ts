import { escapeHtml as e } from './escape';

/**
 * Body text on the grid: every character takes one cell, half-width ones included (a digit in
 * its own cell-wide box, as Word's character grid places it), so a full line holds 28 characters
 * whatever its mix. A run of them never breaks inside (2024 stays whole).
 */
export function gridText(text: string): string {
  return text.replace(/[\u0021-\u007e\u00a1-\u00ff]+|[^\u0021-\u007e\u00a1-\u00ff]+/g, (run) =>
    /^[\u0021-\u007e\u00a1-\u00ff]/.test(run) ? `<span class="hw">${[...run].map((c) => `<span>${e(c)}</span>`).join('')}</span>` : e(run),
  );
}
