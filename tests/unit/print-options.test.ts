import { describe, expect, it } from 'vitest';
import { paperPrintOptions, saveFilters } from '../../electron/main/print-options';

describe('printing on paper from the app (webContents.print options)', () => {
  it('shows the system dialog with duplex along the long edge, A4, backgrounds, the page CSS margins', () => {
    expect(paperPrintOptions()).toEqual({
      silent: false,
      printBackground: true,
      duplexMode: 'longEdge',
      color: true,
      pageSize: 'A4',
      margins: { marginType: 'default' },
    });
  });
  it('filters the save dialog by the export format', () => {
    expect(saveFilters('docx', 'Word')).toEqual([{ name: 'Word', extensions: ['docx'] }]);
  });
});
