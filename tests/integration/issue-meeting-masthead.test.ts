import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { exportIssueToFile } from '../../electron/services/export/issue-export';
import { DOCX_FONTS, FALLBACK_FONTS, FONT_ROLES } from '../../shared/layout/fonts';
import { GRID, normalise, readPdf, type MeasuredPage } from '../helpers/pdf-measure';
import { threeReportIssue } from '../helpers/issue-fixture';

/**
 * 会议简报 (briefing-issue-spec §1, §2): the meeting's name in red over the word 简报, the two inside
 * the name band L2–L4, the 期号 still on L5, the byline on L6 and the body from L8, measured on the
 * PDF (Chromium) and on the DOCX through LibreOffice, like the ordinary 报头 in issue-export.test.ts.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const slotOf = (base: number) => Math.ceil((base - GRID.top) / GRID.pitchY);

function meetingIssue() {
  const input = threeReportIssue();
  input.series = { ...input.series, name: '简报', meeting: '全县经济工作会议' };
  input.issue = { ...input.issue, number: 3, totalNumber: null };
  return input;
}

function expectMeetingMasthead(p1: MeasuredPage) {
  const line = (text: string) => p1.lines.find((l) => normalise(l.text).startsWith(text));
  const meeting = line('全县经济工作会议')!;
  const name = p1.lines.find((l) => normalise(l.text) === '简报' && l.size > 30)!;
  expect(meeting, JSON.stringify(p1.lines.slice(0, 8).map((l) => l.text))).toBeDefined();
  expect(name).toBeDefined();
  // 2号 over 初号, both red-band lines inside L2–L4, the meeting above the name
  expect(Math.abs(meeting.size - 22)).toBeLessThanOrEqual(1);
  expect(meeting.base).toBeLessThan(name.base);
  for (const l of [meeting, name]) expect([2, 3, 4]).toContain(slotOf(l.base));
  expect(slotOf(line('第3期')!.base)).toBe(5);
  expect(slotOf(line('某市人民政府办公室')!.base)).toBe(6);
  expect(slotOf(line('本期要目')!.base)).toBe(8);
}

describe('会议简报 masthead', () => {
  let dir: string;
  let pdf: MeasuredPage[];

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'issue-meeting-'));
    const input = meetingIssue();
    const printer = new ChromiumPrinter();
    try {
      await exportIssueToFile({ input, format: 'pdf', path: path.join(dir, 'issue.pdf'), printer: async () => printer });
    } finally {
      await printer.close();
    }
    await exportIssueToFile({ input, format: 'docx', path: path.join(dir, 'issue.docx') });
    pdf = await readPdf(readFileSync(path.join(dir, 'issue.pdf')));
  }, 120_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('PDF: the meeting name over 简报 in the band L2–L4; 期号 L5, byline L6, body from L8', () => {
    expectMeetingMasthead(pdf[0]!);
  });

  it.skipIf(!hasSoffice)(
    'DOCX through LibreOffice: the same lines',
    async () => {
      const aliases = FONT_ROLES.map((role) => `<alias binding="same"><family>${DOCX_FONTS[role]}</family><prefer><family>${FALLBACK_FONTS[role][0]}</family></prefer></alias>`);
      const conf = path.join(dir, 'fonts.conf');
      writeFileSync(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases.join('')}</fontconfig>\n`,
      );
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), path.join(dir, 'issue.docx')], {
        stdio: 'pipe',
        env: { ...process.env, FONTCONFIG_FILE: conf },
        timeout: 120_000,
      });
      const pages = await readPdf(readFileSync(path.join(dir, 'lo', 'issue.pdf')));
      expectMeetingMasthead(pages[0]!);
    },
    150_000,
  );
});
