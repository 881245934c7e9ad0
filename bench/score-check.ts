/**
 * Scores the proofreader on the held-out sentence set in bench/check-heldout (keyed before the
 * word layer existed; see sentences.json "keyed"), by the rules of bench/check-scoring.ts.
 *   npx tsx bench/score-check.ts [sentences.json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { scoreSet, summary, type CheckSet } from './check-scoring';
import { figure } from './figures';

const file = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, 'check-heldout', 'sentences.json'));
const set = JSON.parse(readFileSync(file, 'utf8')) as CheckSet;
const verbose = process.argv.includes('--verbose');
// --chars: the character-level rules only (the checker before the word layer), for the first-run figure.
const words = process.argv.includes('--chars') ? undefined : wordLayer();

const score = scoreSet(set, (text, script) => checkText(text, { script, words }), verbose);
for (const line of [...score.lines, ...summary(set, score)]) console.log(line);
figure('check held-out faults caught', score.caught, `of ${set.faults.length}`);
figure('check held-out clean with false error', score.falseErrors, `of ${set.clean.length}`);
