// Dev-time: print jieba's tokens (word/tag) of sentences given as arguments or on stdin, one a line.
//   npx tsx tools/diag-dedi-tokens.ts [--hant] 句子…
import { analyse } from '../shared/check/words/analyse';
import { jiebaSegmenter } from '../electron/services/check/segmenter';

const hant = process.argv.includes('--hant');
const lines = process.argv.slice(2).filter((a) => !a.startsWith('--'));
for (const s of lines) {
  const a = analyse(s, hant ? 'hant' : 'hans', jiebaSegmenter);
  console.log(a ? a.tokens.map((k) => `${k.word}/${k.tag}`).join(' ') : `(not analysed) ${s}`);
}
