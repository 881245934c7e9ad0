import { AlignmentType, LineRuleType, type IParagraphOptions, type IParagraphStyleOptions, type IRunOptions } from 'docx';
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

/**
 * 28 characters a line come from character spacing on the body runs, not from the document
 * grid's character pitch. A 3号 character is 16 pt and a cell 15.79 pt: -0.2 pt (-4) still leaves
 * 28 x 15.8 = 442.4 pt > 442.2 pt, so 27 would fit; -0.25 pt (-5) sets 28 in 441 pt and
 * justification spreads the last 1.2 pt. Word, WPS and LibreOffice all honour w:spacing on a run.
 * (LibreOffice 7.4 puts a 16 pt character that is wider than a 15.75 pt grid cell into two cells,
 * so a linesAndChars grid gives it 14 characters a line and twice the pages: see docs/export.)
 */
export const CHAR_SPACING_TWIP = Math.floor((CELL_PT - BODY_PT) * 20);
/** A half-width character (half an em, 8 pt) widened to a whole cell of 16 pt + CHAR_SPACING_TWIP. */
export const HALF_WIDTH_SPACING_TWIP = twip(BODY_PT / 2) + CHAR_SPACING_TWIP;

/**
 * East Asian font on every slot of a run: Word, WPS and LibreOffice each read a different one.
 * hint eastAsia: characters Unicode leaves to the font (“ ” ‘ ’ — … ·) take the East Asian face
 * and its full-width advance, as in the PDF, not the Latin fallback's half width.
 */
export function font(role: FontRole): NonNullable<IRunOptions['font']> {
  const name = DOCX_FONTS[role];
  return { ascii: name, eastAsia: name, hAnsi: name, cs: name, hint: 'eastAsia' };
}

/** zh-CN for East Asian text: LibreOffice picks its substitute for a missing 仿宋 by language. */
export const LANGUAGE = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** Exact line spacing = the grid pitch, nothing before or after: 22 lines in Word and LibreOffice. */
export const exact = { line: LINE_TWIP, lineRule: LineRuleType.EXACT, before: 0, after: 0 } as const;

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
  /** The last blank line above a 版记 at the foot of the page: off the grid (package.ts). */
  footSpacer: 'GwFootSpacer',
  // 简报 issues (shared/docx/issue.ts)
  issueName: 'GwIssueName',
  itemTitle: 'GwItemTitle',
  contentsHead: 'GwContentsHead',
  contents: 'GwContents',
  contentsColumn: 'GwContentsColumn',
  contributor: 'GwContributor',
  itemRule: 'GwItemRule',
} as const;

export function paragraphStyles(): IParagraphStyleOptions[] {
  const heading = (id: string, name: string, role: FontRole, level: number): IParagraphStyleOptions => ({
    id,
    name,
    basedOn: STYLE.body,
    next: STYLE.body,
    quickFormat: true,
    run: { font: font(role), size: half(BODY_PT) },
    paragraph: { outlineLevel: level, keepNext: false },
  });
  return [
    normalStyle(),
    {
      id: STYLE.title,
      name: '标题',
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font('xbs'), size: half(TITLE_PT) },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 }, spacing: exact, outlineLevel: 0 },
    },
    heading(STYLE.h1, '一级标题', 'hei', 0),
    heading(STYLE.h2, '二级标题', 'kai', 1),
    heading(STYLE.h3, '三级标题', 'fs', 2),
    heading(STYLE.h4, '四级标题', 'fs', 3),
    {
      id: STYLE.mark,
      name: '版头标志',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: font('xbs'), color: 'FF0000' },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.masthead,
      name: '版头',
      basedOn: STYLE.body,
      quickFormat: true,
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.classification,
      name: '密级',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: font('hei') },
      paragraph: { indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.people,
      name: '出席列席',
      basedOn: STYLE.body,
      quickFormat: true,
      paragraph: { indent: { left: CELL_TWIP * 5, hanging: CELL_TWIP * 3 } },
    },
    {
      id: STYLE.table,
      name: '表格文字',
      basedOn: STYLE.body,
      quickFormat: true,
      paragraph: { indent: { firstLine: 0, firstLineChars: 0 } },
    },
    {
      id: STYLE.imprint,
      name: '版记',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { size: half(SMALL_PT) },
      paragraph: { indent: { left: SMALL_CHAR_TWIP, right: SMALL_CHAR_TWIP, firstLine: 0, firstLineChars: 0 } },
    },
    { id: STYLE.footSpacer, name: '版记前空行', basedOn: STYLE.body },
    ...issueStyles(),
  ];
}

/** The styles an issue adds, named as an editor knows the parts (简报名称, 条目标题, 本期要目 …). */
function issueStyles(): IParagraphStyleOptions[] {
  const noIndent = { firstLine: 0, firstLineChars: 0 };
  return [
    {
      id: STYLE.issueName,
      name: '简报名称',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: font('xbs'), color: 'FF0000' },
      paragraph: { alignment: AlignmentType.CENTER, indent: noIndent },
    },
    {
      id: STYLE.itemTitle,
      name: '条目标题',
      basedOn: STYLE.body,
      next: STYLE.body,
      quickFormat: true,
      run: { font: font('xbs'), size: half(TITLE_PT) },
      // kept with the item's first lines: a title never ends a page
      paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, outlineLevel: 0, keepNext: true, keepLines: true },
    },
    {
      id: STYLE.contentsHead,
      name: '本期要目',
      basedOn: STYLE.body,
      next: STYLE.contents,
      quickFormat: true,
      run: { font: font('hei') },
      paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
    },
    {
      id: STYLE.contents,
      name: '要目条目',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: font('kai') },
      paragraph: { indent: { left: CELL_TWIP * 4, hanging: CELL_TWIP * 2 } },
    },
    { id: STYLE.contentsColumn, name: '要目栏目', basedOn: STYLE.body, quickFormat: true, run: { font: font('hei') } },
    {
      id: STYLE.contributor,
      name: '供稿单位',
      basedOn: STYLE.body,
      quickFormat: true,
      run: { font: font('kai') },
      paragraph: { alignment: AlignmentType.CENTER, indent: noIndent, keepNext: true },
    },
    { id: STYLE.itemRule, name: '条目分隔线', basedOn: STYLE.body, paragraph: { indent: noIndent } },
  ];
}

/**
 * w:widowControl w:val="false". docx 9 types leave it out of style paragraph options, but styles
 * are written by the same ParagraphProperties as paragraphs, which writes it (tests/unit/docx).
 */
const NO_WIDOW_CONTROL: Pick<IParagraphOptions, 'widowControl'> = { widowControl: false };

/**
 * Normal (正文 in a Chinese Word): 3号仿宋 at -0.25 pt (28 a line), fixed 28.95 pt lines with
 * nothing before or after (22 a page), first line in two cells. No widow/orphan control: the PDF
 * fills every page to line 22 (widows: 1; orphans: 1), and LibreOffice would otherwise move
 * two-line paragraph ends to the next page.
 */
export function normalStyle(): IParagraphStyleOptions {
  return {
    id: STYLE.body,
    name: 'Normal',
    quickFormat: true,
    run: { font: font('fs'), size: half(BODY_PT), characterSpacing: CHAR_SPACING_TWIP, language: LANGUAGE },
    paragraph: {
      spacing: exact,
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: CELL_TWIP * 2, firstLineChars: 200 },
      ...NO_WIDOW_CONTROL,
    },
  };
}

export function documentDefaults() {
  return { document: { run: { font: font('fs'), size: half(BODY_PT), language: LANGUAGE }, paragraph: { spacing: exact } } };
}
