/**
 * A file name for an export, from the title and the meeting date, that every OS accepts:
 * no \ / : * ? " < > | or control characters, no trailing dot or space, no reserved DOS
 * device name (CON, PRN, AUX, NUL, COM1…, LPT1…), at most 120 characters before the extension.
 */
export function exportFileName(title: string, date: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  let base = `${title.trim()}${date ? `_${date}` : ''}`.replace(/[\\/:*?"<>|\u0000-\u001f\u007f]/g, '_').replace(/\s+/g, ' ');
  base = [...base]
    .slice(0, 120)
    .join('')
    .replace(/[. ]+$/, '');
  if (!base || /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(base)) base = `_${base || 'document'}`;
  return `${base}.${extension}`;
}
