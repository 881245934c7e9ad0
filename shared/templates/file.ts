import type { Template } from '../model';

/**
 * User templates travel between offices as JSON files. The file names its format so a stray JSON
 * is refused clearly on import (renderer/src/library/template-file.ts reads it back). Written by
 * the services (templates:export) so that the app's file goes through the save dialog and main.
 */
export const TEMPLATE_FILE_FORMAT = 'briefing-desk/templates';

export function templateFileText(templates: readonly Template[]): string {
  return JSON.stringify({ format: TEMPLATE_FILE_FORMAT, templates }, null, 2);
}
