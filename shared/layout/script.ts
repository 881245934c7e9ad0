import { converter, type Converter as Convert } from '../script/converter';
import type { Script } from '../model';
import type { Block } from './blocks';
import type { LayoutOptions } from './options';

/** The script the printed document ends up in. */
export function targetScript(docScript: Script, options: LayoutOptions): Script {
  return options.script === 'keep' ? docScript : options.script;
}

/** A converter from the document's script to the requested one, or null when nothing changes. */
export function scriptConverter(docScript: Script, options: LayoutOptions): Convert | null {
  const target = targetScript(docScript, options);
  if (target === docScript) return null;
  return target === 'hans' ? converter('tw', 'cn') : converter('cn', options.hantVariant);
}

/** Converts every printed string of the blocks (labels included, so 请假 becomes 請假). */
export function convertBlocks(blocks: Block[], convert: Convert | null): Block[] {
  if (!convert) return blocks;
  const c = convert;
  return blocks.map((b): Block => {
    switch (b.kind) {
      case 'classification':
      case 'title':
        return { ...b, text: c(b.text) };
      case 'minutes-masthead':
        return { ...b, mark: c(b.mark), issue: c(b.issue), issuer: c(b.issuer), date: c(b.date) };
      case 'briefing-masthead':
        return { ...b, name: c(b.name), issue: c(b.issue), issuer: c(b.issuer), date: c(b.date) };
      case 'heading':
        return { ...b, number: c(b.number), text: c(b.text) };
      case 'paragraph':
        return { ...b, runs: b.runs.map((r) => ({ ...r, text: c(r.text) })) };
      case 'people':
        return { ...b, label: c(b.label), text: c(b.text) };
      case 'table':
        return { ...b, head: b.head.map(c), rows: b.rows.map((r) => r.map(c)) };
      case 'blank':
        return b;
      case 'imprint':
        return { ...b, rows: b.rows.map((r) => ({ ...r, label: c(r.label), text: c(r.text), right: c(r.right) })) };
      case 'issue-masthead':
        return { ...b, classification: c(b.classification), meeting: c(b.meeting), name: c(b.name), issue: c(b.issue), issuer: c(b.issuer), date: c(b.date) };
      case 'contents':
        return { ...b, heading: c(b.heading), lines: b.lines.map((l) => ({ ...l, text: c(l.text) })) };
      case 'item-title':
        return { ...b, text: c(b.text), contributor: c(b.contributor) };
      case 'rule':
        return b;
    }
  });
}
