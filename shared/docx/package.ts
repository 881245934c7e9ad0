import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * The docx library has no switch for mirrored margins, so w:mirrorMargins is added to
 * word/settings.xml after packing. CT_Settings is a sequence: it must come before any of the
 * elements listed here, or Word reports the file as damaged.
 */
const AFTER_MIRROR = [
  'alignBordersAndEdges', 'bordersDoNotSurroundHeader', 'bordersDoNotSurroundFooter', 'gutterAtTop', 'hideSpellingErrors',
  'hideGrammaticalErrors', 'activeWritingStyle', 'proofState', 'formsDesign', 'attachedTemplate', 'linkStyles',
  'stylePaneFormatFilter', 'stylePaneSortMethod', 'documentType', 'mailMerge', 'revisionView', 'trackRevisions',
  'doNotTrackMoves', 'doNotTrackFormatting', 'documentProtection', 'autoFormatOverride', 'styleLockTheme',
  'styleLockQFSet', 'defaultTabStop', 'autoHyphenation', 'consecutiveHyphenLimit', 'hyphenationZone',
  'doNotHyphenateCaps', 'showEnvelope', 'summaryLength', 'clickAndTypeStyle', 'defaultTableStyle', 'evenAndOddHeaders',
  'bookFoldRevPrinting', 'bookFoldPrinting', 'bookFoldPrintingSheets', 'drawingGridHorizontalSpacing',
  'drawingGridVerticalSpacing', 'displayHorizontalDrawingGridEvery', 'displayVerticalDrawingGridEvery',
  'doNotUseMarginsForDrawingGridOrigin', 'drawingGridHorizontalOrigin', 'drawingGridVerticalOrigin',
  'doNotShadeFormData', 'noPunctuationKerning', 'characterSpacingControl', 'printTwoOnOne', 'strictFirstAndLastChars',
  'noLineBreaksAfter', 'noLineBreaksBefore', 'savePreviewPicture', 'doNotValidateAgainstSchema', 'saveInvalidXml',
  'ignoreMixedContent', 'alwaysShowPlaceholderText', 'doNotDemarcateInvalidXml', 'saveXmlDataOnly', 'useXSLTWhenSaving',
  'saveThroughXslt', 'showXMLTags', 'alwaysMergeEmptyNamespace', 'updateFields', 'hdrShapeDefaults', 'footnotePr',
  'endnotePr', 'compat', 'docVars', 'rsids', 'mathPr', 'attachedSchema', 'themeFontLang', 'clrSchemeMapping',
  'doNotIncludeSubdocsInStats', 'doNotAutoCompressPictures', 'forceUpgrade', 'captions', 'readModeInkLockDown',
  'smartTagType', 'schemaLibrary', 'shapeDefaults', 'doNotEmbedSmartTags', 'decimalSymbol', 'listSeparator',
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

/**
 * No automatic space between East Asian text and Latin letters (autoSpaceDE) or digits
 * (autoSpaceDN) in Normal, which every body style is based on: Word and LibreOffice add a quarter
 * em there by default, the PDF does not (text-autospace: no-autospace), and the gap pushes
 * characters to the next line. The docx library writes neither on a style, so they are added to
 * Normal's w:pPr after packing, before w:spacing as CT_PPrBase's sequence wants.
 */
export function insertNoAutospace(stylesXml: string): string {
  const start = stylesXml.search(/<w:style [^>]*w:styleId="Normal"/);
  if (start < 0) return stylesXml;
  const end = stylesXml.indexOf('</w:style>', start);
  const style = stylesXml.slice(start, end);
  if (style.includes('<w:autoSpaceDE')) return stylesXml;
  const flags = '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>';
  let patched: string;
  const ppr = style.indexOf('<w:pPr>');
  if (ppr < 0) patched = style.replace(/(<w:rPr>|$)/, `<w:pPr>${flags}</w:pPr>$1`);
  else {
    const after = ['bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc']
      .map((n) => style.indexOf(`<w:${n}`, ppr)).filter((i) => i >= 0);
    const at = after.length ? Math.min(...after) : style.indexOf('</w:pPr>', ppr);
    patched = `${style.slice(0, at)}${flags}${style.slice(at)}`;
  }
  return stylesXml.slice(0, start) + patched + stylesXml.slice(end);
}

/** The packed DOCX with what the docx library cannot write: mirrored margins, no autospace. */
export function finishDocx(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const settings = files['word/settings.xml'];
  if (settings) files['word/settings.xml'] = strToU8(insertMirrorMargins(strFromU8(settings)));
  const styles = files['word/styles.xml'];
  if (styles) files['word/styles.xml'] = strToU8(insertNoAutospace(strFromU8(styles)));
  return zipSync(files, { level: 6 });
}
