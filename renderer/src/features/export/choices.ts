import type { ExportFormat } from '../../../../shared/api/channels/export';
import { exportFileName, type LayoutOptionsInput } from '../../../../shared/layout';

/** The dialog's one "output script" choice, as the layout's two options (script, Traditional variant). */
export const SCRIPT_CHOICES = ['keep', 'hans', 'hantTw', 'hantHk'] as const;
export type ScriptChoice = (typeof SCRIPT_CHOICES)[number];

export function scriptOptions(choice: ScriptChoice): Pick<LayoutOptionsInput, 'script' | 'hantVariant'> {
  switch (choice) {
    case 'keep':
      return { script: 'keep' };
    case 'hans':
      return { script: 'hans' };
    case 'hantTw':
      return { script: 'hant', hantVariant: 'tw' };
    case 'hantHk':
      return { script: 'hant', hantVariant: 'hk' };
  }
}

/** The file name with the format's extension (a name the user typed is made safe again). */
export function fileNameFor(name: string, format: ExportFormat): string {
  return exportFileName(name.replace(/\.(pdf|docx|html?)$/i, ''), '', format);
}

/**
 * Joins a folder and a file name with the folder's own separator (the services run on the same
 * machine as the UI: a Windows data dir has backslashes).
 */
export function joinPath(dir: string, name: string): string {
  if (!dir) return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/** The folder part of a path, or '' (used to keep the folder when the file name changes). */
export function dirOf(p: string): string {
  const at = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
  return at > 0 ? p.slice(0, at) : '';
}
