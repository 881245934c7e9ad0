import { blockText, type Block } from './blocks';

/** The document's printed words, one block a line: what a PDF of it must extract as. */
export function blocksToText(blocks: readonly Block[]): string {
  return (
    blocks
      .map(blockText)
      .filter((t) => t.length > 0)
      .join('\n') + '\n'
  );
}
