import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IRunOptions } from 'docx';
import { DOCX_FONTS, type FontRole } from '../layout/fonts';
import { BODY_PT, CELL_PT, LINE_PITCH_PT, SMALL_PT, TITLE_PT } from '../layout/grid';

/** Word units: half-points for sizes, twips (1/20 pt) for lengths. */
export const half = (pt: number) => Math.round(pt * 2);
export const twip = (pt: number) => Math.round(pt * 20);

/**
 * 22 lines in 225 mm: Word puts floor(12756 / pitch) lines on a page, so the pitch must stay at
 * or under 579.8 twips; 579 (28.95 pt) is what 公文 templates use (spec A.11).
 */
export const LINE_TWIP = 579;
/** One grid cell, 15.79 pt. */
export const CELL_TWIP = twip(CELL_PT);
/** One 4号 character: page-number and 版记 insets. */
export const SMALL_CHAR_TWIP = twip(SMALL_PT);
void LINE_PITCH_PT;

/** East Asian font on every slot of a run: Word, WPS and LibreOffice each read a different one. */
export function font(role: FontRole): NonNullable<IRunOptions['font']> {
  const name = DOCX_FONTS[role];
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name };
}

const exact = { line: LINE_TWIP, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

/** Style ids and the names officials see in Word's style pane. */
export const STYLE = {
  body: 'Normal',
  title: 'GwTitle',
  h1: 'GwHeading1',
  h2: 'GwHeading2',
  h3: 'GwHeading3',
  h4: 'GwHeading4',
  mark: 'GwMark',
  masthead: 'GwMastheadLine',
  classification: 'GwClassification',
  people: 'GwPeople',
  table: 'GwTable',
  imprint: 'GwImprint',
} as const;

export function paragraphStyles(): IParagraphStyleOptions[] {
  const heading = (id: string, name: string, role: FontRole, level: number): IParagraphStyleOptions => ({
    id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
    run: { font: font(role), size: half(BODY_PT) },
    paragraph: { outlineLevel: level, keepNext: false },
  });
  return [
    normalStyle(),
    {
      id: STYLE.title, name: '标题', basedOn: STYLE.body, next: STYLE.body, quickFormat: true,
      run: { font: font('xbs'), size: half(TITLE_PT) },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact, outlineLevel: 0 },
    },
    heading(STYLE.h1, '一级标题', 'hei', 0),
    heading(STYLE.h2, '二级标题', 'kai', 1),
    heading(STYLE.h3, '三级标题', 'fs', 2),
    heading(STYLE.h4, '四级标题', 'fs', 3),
    {
      id: STYLE.mark, name: '版头标志', basedOn: STYLE.body, quickFormat: true,
      run: { font: font('xbs'), color: 'FF0000' },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.masthead, name: '版头', basedOn: STYLE.body, quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.classification, name: '密级', basedOn: STYLE.body, quickFormat: true,
      run: { font: font('hei') },
      paragraph: { indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.people, name: '出席列席', basedOn: STYLE.body, quickFormat: true,
      paragraph: { indent: { left: CELL_TWIP * 5, hanging: CELL_TWIP * 3 } },
    },
    {
      id: STYLE.table, name: '表格文字', basedOn: STYLE.body, quickFormat: true,
      paragraph: { indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.imprint, name: '版记', basedOn: STYLE.body, quickFormat: true,
      run: { size: half(SMALL_PT) },
      paragraph: { indent: { left: SMALL_CHAR_TWIP, right: SMALL_CHAR_TWIP, firstLine: 0, firstLineChars: 0 } },
    },
  ];
}

/** Normal (正文 in a Chinese Word): 3号仿宋, fixed 28.95 pt lines, first line in two cells. */
export function normalStyle(): IParagraphStyleOptions {
  return {
    id: STYLE.body, name: 'Normal', quickFormat: true,
    run: { font: font('fs'), size: half(BODY_PT) },
    paragraph: {
      spacing: exact,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: CELL_TWIP * 2, firstLineChars: 200 },
    },
  };
}

export function documentDefaults() {
  return { document: { run: { font: font('fs'), size: half(BODY_PT) }, paragraph: { spacing: exact } } };
}
