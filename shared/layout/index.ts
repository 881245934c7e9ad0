import type { Briefing } from '../model';
import { buildBlocks, type Block } from './blocks';
import { renderHtml } from './html';
import { layoutOptions, type LayoutOptionsInput, type LayoutPreset } from './options';
import { blocksToText } from './plaintext';
import { convertBlocks, scriptConverter, targetScript } from './script';

export * from './blocks';
export * from './fonts';
export * from './grid';
export * from './options';
export { escapeHtml } from './escape';
export { blocksToText } from './plaintext';
export { READY_ATTRIBUTE, READY_VALUE, PAGES_ATTRIBUTE, settleScript } from './settle';
export { PREVIEW_MESSAGE, SECTION_ID, previewBridgeScript, type PreviewAppMessage, type PreviewFrameMessage } from './preview-bridge';
export { chineseDate } from './labels';
export { joinLead } from './lead';

export interface PrintDocument {
  /** One complete HTML document: @page CSS for print, a paginated preview on screen. */
  html: string;
  /** The laid-out structure, in the output script (DOCX is built from the same blocks). */
  blocks: Block[];
  /** The printed words, one block a line, in reading order. */
  text: string;
  /** The document title in the output script (PDF metadata, file names). */
  title: string;
  lang: string;
}

export interface BuildOptions extends LayoutOptionsInput {
  /** Leave out the settle script (e.g. where scripts cannot run); the 版记 then follows the text. */
  noScript?: boolean;
}

/** Blocks of a document in the output script. */
export function layoutBlocks(doc: Briefing, preset: LayoutPreset = doc.kind, input: LayoutOptionsInput = {}): { blocks: Block[]; title: string; lang: string } {
  const options = layoutOptions(input);
  const convert = scriptConverter(doc.script, options);
  const blocks = convertBlocks(buildBlocks(doc, preset, options), convert);
  const title = convert ? convert(doc.title) : doc.title;
  const script = targetScript(doc.script, options);
  const lang = script === 'hans' ? 'zh-CN' : options.hantVariant === 'hk' ? 'zh-HK' : 'zh-TW';
  return { blocks, title, lang };
}

/** Document + preset + options -> the one print HTML used by preview, PDF and printer. */
export function buildPrintHtml(doc: Briefing, preset: LayoutPreset = doc.kind, input: BuildOptions = {}): PrintDocument {
  const { noScript, ...rest } = input;
  const options = layoutOptions(rest);
  const { blocks, title, lang } = layoutBlocks(doc, preset, options);
  const watermark = options.watermark.trim();
  const html = renderHtml({ title, lang, blocks, watermark, script: !noScript, imprintAtFoot: options.imprintAtFoot });
  return { html, blocks, text: blocksToText(blocks), title, lang };
}
export { exportFileName } from './file-name';
export { buildIssuePrintHtml, layoutIssueBlocks, issueTitle } from './issue';
export { buildIssueBlocks, contentsLines, issueNumberText, type IssuePrintInput } from './issue-blocks';
export { ISSUE_LABELS, copyNumberText } from './issue-labels';
