import { fontStack } from './fonts';
import { ADVANCE_PT, BODY_PT, LETTER_SPACING_PT, LINE_PITCH_PT, PAGE, SMALL_PT, TITLE_PT, cells, mmToPt } from './grid';

/** Red of the masthead: sRGB #FF0000, what Word templates use (spec A.2). */
export const MASTHEAD_RED = '#ff0000';
/** 2号 title line spacing (Zheng's template: 22 pt + 7/8 of 16 pt). */
export const TITLE_LINE_PT = 36;

const pageNumber = (side: 'left' | 'right') => `
    @bottom-${side} {
      content: "— " counter(page) " —"; white-space: pre;
      font-family: ${fontStack('song')}; font-size: ${SMALL_PT}pt; line-height: 1; letter-spacing: 0;
      vertical-align: top; text-align: ${side};
      /* GB/T 9704 §7.5: 7 mm under the type area, one 4号 character in from its edge */
      padding-top: 7mm; padding-${side}: ${SMALL_PT}pt;
    }`;

/**
 * The print CSS. @page carries the geometry (odd pages bind on the left, even pages on the right
 * for duplex registration, spec A.2) and the page numbers as margin boxes (Chromium >= 131). Every
 * block's height is a whole number of 28.98 pt lines, so body lines stay on the 22-line grid.
 * The @media screen part turns the same document into the on-screen preview: one fixed-height
 * column per page, which breaks lines and pages as the printer does.
 */
export function printCss(): string {
  const pitch = `${LINE_PITCH_PT}pt`;
  const indent = `${cells(2)}pt`;
  return `
@page {
  size: A4;
  margin: ${PAGE.topMm}mm ${PAGE.outerMm}mm ${PAGE.bottomMm}mm ${PAGE.bindingMm}mm;${pageNumber('right')}
}
@page :left {
  margin: ${PAGE.topMm}mm ${PAGE.bindingMm}mm ${PAGE.bottomMm}mm ${PAGE.outerMm}mm;
  @bottom-right { content: none; }${pageNumber('left')}
}
:root { --pitch: ${pitch}; --cell: ${ADVANCE_PT}pt; }
html, body { margin: 0; padding: 0; background: #fff; }
body {
  color: #000;
  font-family: ${fontStack('fs')}; font-size: ${BODY_PT}pt; line-height: ${pitch};
  font-weight: normal; font-kerning: none; font-synthesis: none;
  letter-spacing: ${LETTER_SPACING_PT}pt;       /* 28 cells of 15.79 pt fill 156 mm */
  text-spacing-trim: space-all;                /* every mark keeps its full cell */
  text-autospace: no-autospace;                /* no 1/8 em gaps around digits (Chromium 140+) */
  line-break: strict; overflow-wrap: anywhere;
  widows: 1; orphans: 1;                       /* a page ends on line 22, as in Word's grid */
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
.flow > * { margin: 0; padding: 0; }
.flow h1, .flow h2, .flow h3, .flow h4, .flow h5 { font-size: ${BODY_PT}pt; font-weight: normal; }
.role-xbs { font-family: ${fontStack('xbs')}; }
.role-fs { font-family: ${fontStack('fs')}; }
.role-hei { font-family: ${fontStack('hei')}; }
.role-kai { font-family: ${fontStack('kai')}; }
.role-song { font-family: ${fontStack('song')}; }
/* an inline run in another face must not grow its line box: keep it inside the strut */
span.role-hei, span.role-kai, span.role-fs, span.role-song { line-height: 1; }

.classification { font-family: ${fontStack('hei')}; height: ${pitch}; }
.p { text-indent: ${indent}; text-align: justify; }
.h { text-indent: ${indent}; text-align: justify; }
.h1 { font-family: ${fontStack('hei')}; }
.h2 { font-family: ${fontStack('kai')}; }
.blank { height: ${pitch}; }
.hw { white-space: nowrap; }
.hw > span { display: inline-block; width: ${ADVANCE_PT}pt; text-align: center; text-indent: 0; }
.people { text-align: justify; }
.people .label { font-family: ${fontStack('hei')}; }

.title {
  font-family: ${fontStack('xbs')}; font-size: ${TITLE_PT}pt; line-height: ${TITLE_LINE_PT}pt; letter-spacing: 0;
  display: flex; flex-direction: column; justify-content: center; text-align: center;
}
.flow .title { font-size: ${TITLE_PT}pt; }

.masthead { position: relative; break-inside: avoid; }
.masthead > * { position: absolute; left: 0; right: 0; margin: 0; white-space: nowrap; }
.masthead .mark { font-family: ${fontStack('xbs')}; color: ${MASTHEAD_RED}; text-align: center; letter-spacing: 0; white-space: normal; }
.masthead .issue { text-align: center; line-height: ${pitch}; }
.masthead .byline { display: flex; justify-content: space-between; padding: 0 ${cells(1)}pt; line-height: ${pitch}; }
.masthead .redline { height: 0; border-top: 0.5mm solid ${MASTHEAD_RED}; }
.masthead.briefing .redline { border-top-width: 0.75mm; }

table.duban { width: 100%; border-collapse: collapse; table-layout: fixed; line-height: ${pitch}; }
table.duban th, table.duban td {
  padding: 0 ${(ADVANCE_PT / 4).toFixed(3)}pt; vertical-align: top; /* every cell line on a grid line */ text-indent: 0; font-weight: normal;
  /* outlines take no layout space: ruled cells keep every row a whole number of lines */
  outline: 0.5pt solid #000; outline-offset: -0.25pt;
}
table.duban th { font-family: ${fontStack('hei')}; text-align: center; }
table.duban td { text-align: left; }
table.duban td.n, table.duban td.due { text-align: center; }
/* Chromium repeats <thead> on each printed page but not in the multi-column preview, so once the
   settle script has run it repeats the header in the DOM itself (see settle.ts) and the native
   repeat is switched off; a document printed without scripts still repeats it natively. */
table.duban thead { display: table-header-group; }
html[data-layout] table.duban thead { display: table-row-group; }
table.duban tr { break-inside: auto; }

.masthead.issue-head .redline { border-top-width: 0.5mm; }
.masthead .l1 { display: flex; justify-content: space-between; line-height: ${pitch}; font-family: ${fontStack('hei')}; }
.contents > * { margin: 0; padding: 0; font-size: ${BODY_PT}pt; font-weight: normal; }
.contents .contents-head { font-family: ${fontStack('hei')}; text-align: center; }
.contents .cc { font-family: ${fontStack('hei')}; text-indent: ${indent}; }
.contents .ce { font-family: ${fontStack('kai')}; text-align: justify; }
/* a title never splits across pages (a split flex box would also measure a page tall when snapped) and stays with its text */
.item-title { break-inside: avoid; break-after: avoid; }
.flow .title.small { font-size: ${BODY_PT}pt; line-height: ${pitch}; }
.contributor { font-family: ${fontStack('kai')}; text-align: center; }
/* the thin rule between items: one grid line with the rule across its middle */
.rule { height: ${pitch}; position: relative; }
.rule::before { content: ''; position: absolute; left: 0; right: 0; top: 50%; border-top: 0.25mm solid #000; }

.imprint {
  position: relative; break-inside: avoid;
  font-size: ${SMALL_PT}pt; line-height: ${pitch}; letter-spacing: 0;
}
.imprint .row { position: relative; display: flex; padding: 0 ${SMALL_PT}pt; }
.imprint .row .text { flex: 1; text-align: justify; }
.imprint .row .right { margin-left: auto; padding-left: ${SMALL_PT}pt; white-space: nowrap; }
.imprint .row::before, .imprint::after { content: ''; position: absolute; left: 0; right: 0; border-top: 0 solid #000; }
.imprint .row::before { top: 0; }
.imprint .row.rule-thick::before { border-top-width: 0.35mm; }
.imprint .row.rule-thin::before { border-top-width: 0.25mm; }
/* GB/T 9704 §7.4.1: the last rule lies on the bottom edge of the type area */
.imprint::after { bottom: 0; border-top-width: 0.35mm; }

.watermark {
  position: fixed; left: 50%; top: 50%; transform: translate(-50%, -50%) rotate(-35deg);
  font-family: ${fontStack('hei')}; font-size: 64pt; line-height: 1; letter-spacing: 0.2em;
  color: rgba(0, 0, 0, 0.09); white-space: nowrap; pointer-events: none; z-index: 10;
}
.preview-marks { display: none; }

@media screen {
  html { background: #8a8f98; }
  body {
    position: relative; box-sizing: content-box; min-height: ${PAGE.areaHeightMm}mm; width: var(--preview-width, ${PAGE.areaWidthMm}mm);
    padding: ${PAGE.topMm}mm ${PAGE.outerMm}mm ${PAGE.bottomMm}mm ${PAGE.bindingMm}mm;
    /* one white sheet per ${PAGE.widthMm} mm column period */
    background: repeating-linear-gradient(to right, #fff 0 ${PAGE.widthMm - 1.5}mm, transparent ${PAGE.widthMm - 1.5}mm ${PAGE.widthMm}mm);
  }
  .flow {
    width: ${PAGE.areaWidthMm}mm; height: calc(${PAGE.areaHeightMm}mm + 1px);
    column-width: ${PAGE.areaWidthMm}mm; column-gap: ${PAGE.widthMm - PAGE.areaWidthMm}mm; column-fill: auto;
  }
  .watermark { display: none; }
  .preview-marks { display: block; }
  .preview-marks > .pn {
    position: absolute; top: ${PAGE.topMm + PAGE.areaHeightMm + 7}mm; width: ${PAGE.areaWidthMm}mm; box-sizing: border-box;
    font-family: ${fontStack('song')}; font-size: ${SMALL_PT}pt; line-height: 1; letter-spacing: 0; white-space: pre;
  }
  .preview-marks > .pn.odd { text-align: right; padding-right: ${SMALL_PT}pt; }
  .preview-marks > .pn.even { text-align: left; padding-left: ${SMALL_PT}pt; }
  .preview-marks > .wm {
    position: absolute; width: ${PAGE.widthMm}mm; top: ${PAGE.heightMm / 2}mm; text-align: center; transform: rotate(-35deg);
    font-family: ${fontStack('hei')}; font-size: 64pt; line-height: 1; letter-spacing: 0.2em; color: rgba(0, 0, 0, 0.09); white-space: nowrap;
  }
  html[data-grid="on"] .flow {
    background: repeating-linear-gradient(to bottom, transparent 0 calc(var(--pitch) - 0.5px), rgba(0, 120, 255, 0.35) calc(var(--pitch) - 0.5px) var(--pitch));
  }
}
@media print { .preview-marks { display: none !important; } }
`;
}

export const MASTHEAD_TOP_PT = mmToPt(35);
