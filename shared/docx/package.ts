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

export function addMirrorMargins(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const settings = files['word/settings.xml'];
  if (!settings) return docx;
  files['word/settings.xml'] = strToU8(insertMirrorMargins(strFromU8(settings)));
  return zipSync(files, { level: 6 });
}
