import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { addWatermark } from './watermark';

/**
 * The docx library has no switch for mirrored margins, so w:mirrorMargins is added to
 * word/settings.xml after packing. CT_Settings is a sequence: it must come before any of the
 * elements listed here, or Word reports the file as damaged.
 */
const AFTER_MIRROR = [
  'alignBordersAndEdges',
  'bordersDoNotSurroundHeader',
  'bordersDoNotSurroundFooter',
  'gutterAtTop',
  'hideSpellingErrors',
  'hideGrammaticalErrors',
  'activeWritingStyle',
  'proofState',
  'formsDesign',
  'attachedTemplate',
  'linkStyles',
  'stylePaneFormatFilter',
  'stylePaneSortMethod',
  'documentType',
  'mailMerge',
  'revisionView',
  'trackRevisions',
  'doNotTrackMoves',
  'doNotTrackFormatting',
  'documentProtection',
  'autoFormatOverride',
  'styleLockTheme',
  'styleLockQFSet',
  'defaultTabStop',
  'autoHyphenation',
  'consecutiveHyphenLimit',
  'hyphenationZone',
  'doNotHyphenateCaps',
  'showEnvelope',
  'summaryLength',
  'clickAndTypeStyle',
  'defaultTableStyle',
  'evenAndOddHeaders',
  'bookFoldRevPrinting',
  'bookFoldPrinting',
  'bookFoldPrintingSheets',
  'drawingGridHorizontalSpacing',
  'drawingGridVerticalSpacing',
  'displayHorizontalDrawingGridEvery',
  'displayVerticalDrawingGridEvery',
  'doNotUseMarginsForDrawingGridOrigin',
  'drawingGridHorizontalOrigin',
  'drawingGridVerticalOrigin',
  'doNotShadeFormData',
  'noPunctuationKerning',
  'characterSpacingControl',
  'printTwoOnOne',
  'strictFirstAndLastChars',
  'noLineBreaksAfter',
  'noLineBreaksBefore',
  'savePreviewPicture',
  'doNotValidateAgainstSchema',
  'saveInvalidXml',
  'ignoreMixedContent',
  'alwaysShowPlaceholderText',
  'doNotDemarcateInvalidXml',
  'saveXmlDataOnly',
  'useXSLTWhenSaving',
  'saveThroughXslt',
  'showXMLTags',
  'alwaysMergeEmptyNamespace',
  'updateFields',
  'hdrShapeDefaults',
  'footnotePr',
  'endnotePr',
  'compat',
  'docVars',
  'rsids',
  'mathPr',
  'attachedSchema',
  'themeFontLang',
  'clrSchemeMapping',
  'doNotIncludeSubdocsInStats',
  'doNotAutoCompressPictures',
  'forceUpgrade',
  'captions',
  'readModeInkLockDown',
  'smartTagType',
  'schemaLibrary',
  'shapeDefaults',
  'doNotEmbedSmartTags',
  'decimalSymbol',
  'listSeparator',
];

export function insertMirrorMargins(settingsXml: string): string {
  if (settingsXml.includes('<w:mirrorMargins')) return settingsXml;
  let at = -1;
  for (const name of AFTER_MIRROR) {
    const i = settingsXml.search(new RegExp(`<w:${name}[\\s/>]`));
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = settingsXml.lastIndexOf('</w:settings>');
  return `${settingsXml.slice(0, at)}<w:mirrorMargins/>${settingsXml.slice(at)}`;
}

/** CT_PPrBase elements that come after autoSpaceDE/autoSpaceDN/snapToGrid in the sequence. */
const AFTER_SNAP = ['spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr'];

/** Adds `flags` to the w:pPr of the paragraph style `styleId`, where CT_PPrBase's sequence wants them. */
export function insertStylePPr(stylesXml: string, styleId: string, flags: string): string {
  const start = stylesXml.search(new RegExp(`<w:style [^>]*w:styleId="${styleId}"`));
  if (start < 0) return stylesXml;
  const end = stylesXml.indexOf('</w:style>', start);
  const style = stylesXml.slice(start, end);
  const name = /<w:(\w+)/.exec(flags)![1]!;
  if (style.includes(`<w:${name}`)) return stylesXml;
  let patched: string;
  const ppr = style.indexOf('<w:pPr>');
  if (ppr < 0) patched = style.replace(/(<w:rPr>|$)/, `<w:pPr>${flags}</w:pPr>$1`);
  else {
    const pprEnd = style.indexOf('</w:pPr>', ppr);
    const after = AFTER_SNAP.map((n) => style.indexOf(`<w:${n}`, ppr)).filter((i) => i >= 0 && i < pprEnd);
    const at = after.length ? Math.min(...after) : pprEnd;
    patched = `${style.slice(0, at)}${flags}${style.slice(at)}`;
  }
  return stylesXml.slice(0, start) + patched + stylesXml.slice(end);
}

/** CT_RPr elements that come after w:spacing in the sequence. */
const AFTER_RSPACING = ['w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath'];

/** Sets w:spacing (character spacing, twips) in the w:rPr of the style `styleId`. */
export function setStyleCharSpacing(stylesXml: string, styleId: string, twips: number): string {
  const start = stylesXml.search(new RegExp(`<w:style [^>]*w:styleId="${styleId}"`));
  if (start < 0) return stylesXml;
  const end = stylesXml.indexOf('</w:style>', start);
  const style = stylesXml.slice(start, end);
  const rpr = style.indexOf('<w:rPr>');
  const flag = `<w:spacing w:val="${twips}"/>`;
  let patched: string;
  if (rpr < 0) patched = `${style}<w:rPr>${flag}</w:rPr>`;
  else {
    const rprEnd = style.indexOf('</w:rPr>', rpr);
    const existing = /<w:spacing w:val="-?\d+"\/>/.exec(style.slice(rpr, rprEnd));
    if (existing) patched = style.slice(0, rpr) + style.slice(rpr, rprEnd).replace(existing[0], flag) + style.slice(rprEnd);
    else {
      const after = AFTER_RSPACING.map((n) => style.slice(0, rprEnd).indexOf(`<w:${n}`, rpr)).filter((i) => i >= 0);
      const at = after.length ? Math.min(...after) : rprEnd;
      patched = `${style.slice(0, at)}${flag}${style.slice(at)}`;
    }
  }
  return stylesXml.slice(0, start) + patched + stylesXml.slice(end);
}

/**
 * What the docx library cannot write on a style:
 * - Normal: no automatic space between East Asian text and Latin letters (autoSpaceDE) or digits
 *   (autoSpaceDN): Word and LibreOffice add a quarter em there by default, the PDF does not
 *   (text-autospace: no-autospace), and the gap pushes characters to the next line.
 * - Title, masthead mark and 版记: character spacing 0 (the PDF's letter-spacing: 0), not
 *   the body's -0.25 pt they would inherit from Normal; the docx library omits a spacing of 0.
 * - Title: not snapped to the line grid. LibreOffice lays a grid-snapped line in as many grid
 *   lines as its font's height needs and ignores its exact spacing (a 22 pt title line takes one
 *   grid line in AR PL UMing, two in WenQuanYi Zen Hei); unsnapped, Word and LibreOffice both
 *   keep the exact 36 pt lines and the padding that makes the block whole grid lines, as in the
 *   PDF. (The masthead mark stays snapped: its before-spacing is computed in grid lines.)
 */
export function patchStyles(stylesXml: string, ids: { body: string; unsnapped: readonly string[]; unspaced: readonly string[] }): string {
  let out = insertStylePPr(stylesXml, ids.body, '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>');
  for (const id of ids.unsnapped) out = insertStylePPr(out, id, '<w:snapToGrid w:val="0"/>');
  for (const id of ids.unspaced) out = setStyleCharSpacing(out, id, 0);
  return out;
}

export interface FinishOptions {
  /** Diagonal watermark text, put into every header part (buildDocx writes headers only then). */
  watermark?: { text: string; fontFamily: string };
}

/** The header parts in a stable order (header1.xml, header2.xml …), so the shape ids are too. */
const headerParts = (files: Record<string, Uint8Array>) =>
  Object.keys(files)
    .filter((p) => /^word\/header\d*\.xml$/.test(p))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

/**
 * The packed DOCX with what the docx library cannot write: mirrored margins, the style flags
 * above, and the watermark's VML shape in the headers.
 */
export function finishDocx(docx: Uint8Array, options: FinishOptions = {}): Uint8Array {
  const files = unzipSync(docx);
  const settings = files['word/settings.xml'];
  if (settings) files['word/settings.xml'] = strToU8(insertMirrorMargins(strFromU8(settings)));
  const styles = files['word/styles.xml'];
  if (styles)
    files['word/styles.xml'] = strToU8(
      patchStyles(strFromU8(styles), {
        body: 'Normal',
        unsnapped: ['GwTitle', 'GwFootSpacer', 'GwIssueName', 'GwItemTitle', 'GwItemRule'],
        unspaced: ['GwTitle', 'GwMark', 'GwImprint', 'GwIssueName', 'GwItemTitle'],
      }),
    );
  const { watermark } = options;
  if (watermark) {
    headerParts(files).forEach((part, i) => {
      files[part] = strToU8(addWatermark(strFromU8(files[part]!), watermark.text, i + 1, watermark.fontFamily));
    });
  }
  return zipSync(files, { level: 6 });
}
