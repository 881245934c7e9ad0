import type { Block } from './blocks';
import { renderHtml } from './html';
import { buildIssueBlocks, type IssuePrintInput } from './issue-blocks';
import { ISSUE_LABELS } from './issue-labels';
import { layoutOptions, type LayoutOptionsInput } from './options';
import { blocksToText } from './plaintext';
import { convertBlocks, scriptConverter, targetScript } from './script';
import type { BuildOptions, PrintDocument } from './index';

/** 工作简报第5期 / 工作简报增刊第2期: PDF title and the stem of export file names. */
export function issueTitle(input: Pick<IssuePrintInput, 'issue' | 'series'>): string {
  const labels = ISSUE_LABELS[input.issue.script];
  const n = input.issue.kind === 'supplement' ? labels.supplement(input.issue.number) : labels.issue(input.issue.number);
  return `${input.series.name.trim()}${n}`;
}

/** An issue's blocks in the output script, with its title and language. */
export function layoutIssueBlocks(input: IssuePrintInput, given: LayoutOptionsInput = {}): { blocks: Block[]; title: string; lang: string } {
  const options = layoutOptions(given);
  const convert = scriptConverter(input.issue.script, options);
  const blocks = convertBlocks(buildIssueBlocks(input, options), convert);
  const title = issueTitle(input);
  const script = targetScript(input.issue.script, options);
  const lang = script === 'hans' ? 'zh-CN' : options.hantVariant === 'hk' ? 'zh-HK' : 'zh-TW';
  return { blocks, title: convert ? convert(title) : title, lang };
}

/**
 * An issue -> the one print HTML (preview, PDF, printer), on the same grid, CSS and settle script
 * as a single document: the 报尾 goes to the foot of the last page, page numbers run across the
 * whole issue.
 */
export function buildIssuePrintHtml(input: IssuePrintInput, given: BuildOptions = {}): PrintDocument {
  const { noScript, ...rest } = given;
  const options = layoutOptions(rest);
  const { blocks, title, lang } = layoutIssueBlocks(input, options);
  const html = renderHtml({ title, lang, blocks, watermark: options.watermark.trim(), script: !noScript, imprintAtFoot: options.imprintAtFoot });
  return { html, blocks, text: blocksToText(blocks), title, lang };
}
