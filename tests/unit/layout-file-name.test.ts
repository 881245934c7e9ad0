import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../shared/layout';

describe('export file names', () => {
  it('comes from the title and date, safe on Windows', () => {
    expect(exportFileName('专题会议纪要', '2024-02-19', 'pdf')).toBe('专题会议纪要_2024-02-19.pdf');
    expect(exportFileName('关于"A/B"的:纪要?*<>|', '', 'docx')).toBe('关于_A_B_的_纪要_____.docx');
    expect(exportFileName('纪要. ', '', 'pdf')).toBe('纪要.pdf');
    expect(exportFileName('CON', '', 'pdf')).toBe('_CON.pdf');
    expect(exportFileName('', '', 'html')).toBe('_document.html');
    expect([...exportFileName('字'.repeat(300), '', 'pdf')].length).toBe(124);
  });
});
