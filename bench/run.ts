/**
 * `npm run bench`: runs every benchmark in bench/, one after another (they would disturb each
 * other's timings side by side), and prints all their figures in one table. Each benchmark's own
 * output goes to bench/results/<name>.log; the figures come through bench/figures.ts.
 *
 *   npm run bench               quick sizes (a few minutes): store 100/1,000 docs, search 1,000,
 *                               export 20 pages
 *   npm run bench -- --full     the sizes of docs/BENCHMARKS.md: store up to 5,000, search 5,000,
 *                               export 20 and 100 pages
 *   npm run bench -- store search   only those
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

interface Bench {
  name: string;
  file: string;
  quick?: string[];
  full?: string[];
  /** A file outside the repository the benchmark reads; without it the row says so. */
  needs?: string;
  /** Drives the built renderer (npm run build:renderer runs first). */
  renderer?: boolean;
  /** Node flags (search measures its heap after a forced GC). */
  node?: string[];
  /** Name of the log and figures files when several rows run the same file with other arguments. */
  slug?: string;
  /** Needs what this machine may not have (the Electron binary): exit 0 without figures is "not run". */
  mayNotRun?: boolean;
}

const BENCHES: Bench[] = [
  { name: 'store', file: 'store.ts', quick: ['--sizes=100,1000'] },
  { name: 'search', file: 'search.ts', quick: ['1000'], node: ['--expose-gc'] },
  { name: 'importer speed', file: 'importer.ts' },
  { name: 'importer accuracy, shared fixtures', file: 'score-importer.ts', needs: '../shared/fixtures/reports/index.json' },
  { name: 'importer accuracy, held-out set', file: 'score-heldout.ts' },
  { name: 'importer accuracy, held-out B', file: 'score-heldout.ts', slug: 'score-heldout-b', quick: ['bench/heldout/b'], full: ['bench/heldout/b'] },
  { name: 'importer accuracy, real reports (heldout-2)', file: 'score-heldout.ts', slug: 'score-heldout-2', quick: ['bench/heldout-2'], full: ['bench/heldout-2'] },
  { name: 'importer accuracy, real reports kept apart (heldout-3)', file: 'score-heldout.ts', slug: 'score-heldout-3', quick: ['bench/heldout-3'], full: ['bench/heldout-3'] },
  { name: 'importer accuracy, fresh reports (heldout-4)', file: 'score-heldout.ts', slug: 'score-heldout-4', quick: ['bench/heldout-4'], full: ['bench/heldout-4'] },
  { name: 'importer accuracy, unseen reports (heldout-5)', file: 'score-heldout.ts', slug: 'score-heldout-5', quick: ['bench/heldout-5'], full: ['bench/heldout-5'] },
  { name: 'importer accuracy, unseen reports (heldout-6)', file: 'score-heldout.ts', slug: 'score-heldout-6', quick: ['bench/heldout-6'], full: ['bench/heldout-6'] },
  { name: 'importer accuracy, unseen reports (heldout-7)', file: 'score-heldout.ts', slug: 'score-heldout-7', quick: ['bench/heldout-7'], full: ['bench/heldout-7'] },
  { name: 'importer accuracy, unseen reports (heldout-8)', file: 'score-heldout.ts', slug: 'score-heldout-8', quick: ['bench/heldout-8'], full: ['bench/heldout-8'] },
  { name: 'importer accuracy, unseen reports (heldout-9)', file: 'score-heldout.ts', slug: 'score-heldout-9', quick: ['bench/heldout-9'], full: ['bench/heldout-9'] },
  { name: 'importer accuracy, unseen reports (heldout-10)', file: 'score-heldout.ts', slug: 'score-heldout-10', quick: ['bench/heldout-10'], full: ['bench/heldout-10'] },
  { name: 'importer accuracy, unseen reports (heldout-11)', file: 'score-heldout.ts', slug: 'score-heldout-11', quick: ['bench/heldout-11'], full: ['bench/heldout-11'] },
  { name: 'importer accuracy, unseen reports (heldout-12)', file: 'score-heldout.ts', slug: 'score-heldout-12', quick: ['bench/heldout-12'], full: ['bench/heldout-12'] },
  { name: 'importer accuracy, unseen reports (heldout-13)', file: 'score-heldout.ts', slug: 'score-heldout-13', quick: ['bench/heldout-13'], full: ['bench/heldout-13'] },
  { name: 'importer accuracy, unseen reports (heldout-14)', file: 'score-heldout.ts', slug: 'score-heldout-14', quick: ['bench/heldout-14'], full: ['bench/heldout-14'] },
  { name: 'importer accuracy, unseen reports (heldout-15)', file: 'score-heldout.ts', slug: 'score-heldout-15', quick: ['bench/heldout-15'], full: ['bench/heldout-15'] },
  { name: 'importer accuracy, unseen reports (heldout-16)', file: 'score-heldout.ts', slug: 'score-heldout-16', quick: ['bench/heldout-16'], full: ['bench/heldout-16'] },

  { name: 'importer accuracy, unseen reports (heldout-17)', file: 'score-heldout.ts', slug: 'score-heldout-17', quick: ['bench/heldout-17'], full: ['bench/heldout-17'] },
  { name: 'importer accuracy, unseen reports (heldout-18)', file: 'score-heldout.ts', slug: 'score-heldout-18', quick: ['bench/heldout-18'], full: ['bench/heldout-18'] },
  { name: 'importer accuracy, unseen reports (heldout-19)', file: 'score-heldout.ts', slug: 'score-heldout-19', quick: ['bench/heldout-19'], full: ['bench/heldout-19'] },
  { name: 'importer accuracy, unseen reports (heldout-20)', file: 'score-heldout.ts', slug: 'score-heldout-20', quick: ['bench/heldout-20'], full: ['bench/heldout-20'] },
  { name: 'importer accuracy, unseen reports (heldout-21)', file: 'score-heldout.ts', slug: 'score-heldout-21', quick: ['bench/heldout-21'], full: ['bench/heldout-21'] },
  { name: 'importer accuracy, unseen reports (heldout-22)', file: 'score-heldout.ts', slug: 'score-heldout-22', quick: ['bench/heldout-22'], full: ['bench/heldout-22'] },
  { name: 'importer accuracy, unseen reports (heldout-23)', file: 'score-heldout.ts', slug: 'score-heldout-23', quick: ['bench/heldout-23'], full: ['bench/heldout-23'] },
  { name: 'importer accuracy, unseen reports (heldout-24)', file: 'score-heldout.ts', slug: 'score-heldout-24', quick: ['bench/heldout-24'], full: ['bench/heldout-24'] },
  { name: 'importer accuracy, unseen reports (heldout-25)', file: 'score-heldout.ts', slug: 'score-heldout-25', quick: ['bench/heldout-25'], full: ['bench/heldout-25'] },
  { name: 'importer accuracy, unseen reports (heldout-26)', file: 'score-heldout.ts', slug: 'score-heldout-26', quick: ['bench/heldout-26'], full: ['bench/heldout-26'] },
  { name: 'importer accuracy, unseen reports (heldout-27)', file: 'score-heldout.ts', slug: 'score-heldout-27', quick: ['bench/heldout-27'], full: ['bench/heldout-27'] },
  { name: 'importer accuracy, unseen reports (heldout-28)', file: 'score-heldout.ts', slug: 'score-heldout-28', quick: ['bench/heldout-28'], full: ['bench/heldout-28'] },
  { name: 'importer accuracy, unseen reports (heldout-29)', file: 'score-heldout.ts', slug: 'score-heldout-29', quick: ['bench/heldout-29'], full: ['bench/heldout-29'] },
  { name: 'importer accuracy, unseen reports (heldout-30)', file: 'score-heldout.ts', slug: 'score-heldout-30', quick: ['bench/heldout-30'], full: ['bench/heldout-30'] },
  { name: 'importer accuracy, unseen reports (heldout-31)', file: 'score-heldout.ts', slug: 'score-heldout-31', quick: ['bench/heldout-31'], full: ['bench/heldout-31'] },
  { name: 'importer accuracy, unseen reports (heldout-32)', file: 'score-heldout.ts', slug: 'score-heldout-32', quick: ['bench/heldout-32'], full: ['bench/heldout-32'] },
  { name: 'importer accuracy, unseen reports (heldout-33)', file: 'score-heldout.ts', slug: 'score-heldout-33', quick: ['bench/heldout-33'], full: ['bench/heldout-33'] },
  { name: 'importer accuracy, unseen reports (heldout-34)', file: 'score-heldout.ts', slug: 'score-heldout-34', quick: ['bench/heldout-34'], full: ['bench/heldout-34'] },
  { name: 'importer accuracy, unseen reports (heldout-35)', file: 'score-heldout.ts', slug: 'score-heldout-35', quick: ['bench/heldout-35'], full: ['bench/heldout-35'] },
  { name: 'importer accuracy, unseen reports (heldout-36)', file: 'score-heldout.ts', slug: 'score-heldout-36', quick: ['bench/heldout-36'], full: ['bench/heldout-36'] },
  { name: 'importer accuracy, unseen reports (heldout-37)', file: 'score-heldout.ts', slug: 'score-heldout-37', quick: ['bench/heldout-37'], full: ['bench/heldout-37'] },
  { name: 'importer accuracy, unseen reports (heldout-38)', file: 'score-heldout.ts', slug: 'score-heldout-38', quick: ['bench/heldout-38'], full: ['bench/heldout-38'] },
  { name: 'importer accuracy, unseen reports (heldout-39)', file: 'score-heldout.ts', slug: 'score-heldout-39', quick: ['bench/heldout-39'], full: ['bench/heldout-39'] },
  { name: 'importer accuracy, unseen reports (heldout-40)', file: 'score-heldout.ts', slug: 'score-heldout-40', quick: ['bench/heldout-40'], full: ['bench/heldout-40'] },
  { name: 'importer accuracy, unseen reports (heldout-41)', file: 'score-heldout.ts', slug: 'score-heldout-41', quick: ['bench/heldout-41'], full: ['bench/heldout-41'] },
  { name: 'importer accuracy, unseen reports (heldout-42)', file: 'score-heldout.ts', slug: 'score-heldout-42', quick: ['bench/heldout-42'], full: ['bench/heldout-42'] },
  { name: 'importer accuracy, unseen reports (heldout-43)', file: 'score-heldout.ts', slug: 'score-heldout-43', quick: ['bench/heldout-43'], full: ['bench/heldout-43'] },
  { name: 'importer accuracy, unseen reports (heldout-44)', file: 'score-heldout.ts', slug: 'score-heldout-44', quick: ['bench/heldout-44'], full: ['bench/heldout-44'] },
  { name: 'importer accuracy, unseen reports (heldout-45)', file: 'score-heldout.ts', slug: 'score-heldout-45', quick: ['bench/heldout-45'], full: ['bench/heldout-45'] },
  { name: 'importer accuracy, unseen reports (heldout-46)', file: 'score-heldout.ts', slug: 'score-heldout-46', quick: ['bench/heldout-46'], full: ['bench/heldout-46'] },
  { name: 'importer accuracy, unseen reports (heldout-47)', file: 'score-heldout.ts', slug: 'score-heldout-47', quick: ['bench/heldout-47'], full: ['bench/heldout-47'] },
  { name: 'importer accuracy, unseen reports (heldout-48)', file: 'score-heldout.ts', slug: 'score-heldout-48', quick: ['bench/heldout-48'], full: ['bench/heldout-48'] },
  { name: 'importer accuracy, unseen reports (heldout-49)', file: 'score-heldout.ts', slug: 'score-heldout-49', quick: ['bench/heldout-49'], full: ['bench/heldout-49'] },
  { name: 'importer accuracy, unseen reports (heldout-50)', file: 'score-heldout.ts', slug: 'score-heldout-50', quick: ['bench/heldout-50'], full: ['bench/heldout-50'] },
  { name: 'importer accuracy, unseen reports (heldout-51)', file: 'score-heldout.ts', slug: 'score-heldout-51', quick: ['bench/heldout-51'], full: ['bench/heldout-51'] },
  { name: 'importer accuracy, unseen reports (heldout-52)', file: 'score-heldout.ts', slug: 'score-heldout-52', quick: ['bench/heldout-52'], full: ['bench/heldout-52'] },
  { name: 'importer accuracy, unseen reports (heldout-53)', file: 'score-heldout.ts', slug: 'score-heldout-53', quick: ['bench/heldout-53'], full: ['bench/heldout-53'] },
  { name: 'importer accuracy, unseen reports (heldout-54)', file: 'score-heldout.ts', slug: 'score-heldout-54', quick: ['bench/heldout-54'], full: ['bench/heldout-54'] },
  { name: 'importer accuracy, unseen reports (heldout-55)', file: 'score-heldout.ts', slug: 'score-heldout-55', quick: ['bench/heldout-55'], full: ['bench/heldout-55'] },
  { name: 'importer accuracy, unseen reports (heldout-56)', file: 'score-heldout.ts', slug: 'score-heldout-56', quick: ['bench/heldout-56'], full: ['bench/heldout-56'] },
  { name: 'importer accuracy, unseen reports (heldout-57)', file: 'score-heldout.ts', slug: 'score-heldout-57', quick: ['bench/heldout-57'], full: ['bench/heldout-57'] },
  { name: 'importer accuracy, unseen reports (heldout-58)', file: 'score-heldout.ts', slug: 'score-heldout-58', quick: ['bench/heldout-58'], full: ['bench/heldout-58'] },
  { name: 'importer accuracy, unseen reports (heldout-59)', file: 'score-heldout.ts', slug: 'score-heldout-59', quick: ['bench/heldout-59'], full: ['bench/heldout-59'] },
  { name: 'importer accuracy, unseen reports (heldout-60)', file: 'score-heldout.ts', slug: 'score-heldout-60', quick: ['bench/heldout-60'], full: ['bench/heldout-60'] },
  { name: 'importer accuracy, unseen reports (heldout-61)', file: 'score-heldout.ts', slug: 'score-heldout-61', quick: ['bench/heldout-61'], full: ['bench/heldout-61'] },
  { name: 'importer accuracy, unseen reports (heldout-62)', file: 'score-heldout.ts', slug: 'score-heldout-62', quick: ['bench/heldout-62'], full: ['bench/heldout-62'] },
  { name: 'importer accuracy, unseen reports (heldout-63)', file: 'score-heldout.ts', slug: 'score-heldout-63', quick: ['bench/heldout-63'], full: ['bench/heldout-63'] },
  { name: 'importer accuracy, unseen reports (heldout-64)', file: 'score-heldout.ts', slug: 'score-heldout-64', quick: ['bench/heldout-64'], full: ['bench/heldout-64'] },
  { name: 'importer accuracy, unseen reports (heldout-65)', file: 'score-heldout.ts', slug: 'score-heldout-65', quick: ['bench/heldout-65'], full: ['bench/heldout-65'] },
  { name: 'importer accuracy, unseen reports (heldout-66)', file: 'score-heldout.ts', slug: 'score-heldout-66', quick: ['bench/heldout-66'], full: ['bench/heldout-66'] },
  { name: 'importer accuracy, unseen reports (heldout-67)', file: 'score-heldout.ts', slug: 'score-heldout-67', quick: ['bench/heldout-67'], full: ['bench/heldout-67'] },
  { name: 'importer accuracy, unseen reports (heldout-69)', file: 'score-heldout.ts', slug: 'score-heldout-69', quick: ['bench/heldout-69'], full: ['bench/heldout-69'] },
  { name: 'importer accuracy, unseen reports (heldout-68)', file: 'score-heldout.ts', slug: 'score-heldout-68', quick: ['bench/heldout-68'], full: ['bench/heldout-68'] },
  { name: 'importer accuracy, unseen reports (heldout-70)', file: 'score-heldout.ts', slug: 'score-heldout-70', quick: ['bench/heldout-70'], full: ['bench/heldout-70'] },
  { name: 'importer accuracy, unseen reports (heldout-71)', file: 'score-heldout.ts', slug: 'score-heldout-71', quick: ['bench/heldout-71'], full: ['bench/heldout-71'] },
  { name: 'importer accuracy, unseen reports (heldout-73)', file: 'score-heldout.ts', slug: 'score-heldout-73', quick: ['bench/heldout-73'], full: ['bench/heldout-73'] },
  { name: 'importer accuracy, unseen reports (heldout-74)', file: 'score-heldout.ts', slug: 'score-heldout-74', quick: ['bench/heldout-74'], full: ['bench/heldout-74'] },
  { name: 'importer accuracy, unseen reports (heldout-72)', file: 'score-heldout.ts', slug: 'score-heldout-72', quick: ['bench/heldout-72'], full: ['bench/heldout-72'] },
  { name: 'importer accuracy, unseen reports (heldout-75)', file: 'score-heldout.ts', slug: 'score-heldout-75', quick: ['bench/heldout-75'], full: ['bench/heldout-75'] },
  { name: 'importer accuracy, unseen reports (heldout-77)', file: 'score-heldout.ts', slug: 'score-heldout-77', quick: ['bench/heldout-77'], full: ['bench/heldout-77'] },
  { name: 'importer accuracy, unseen reports (heldout-76)', file: 'score-heldout.ts', slug: 'score-heldout-76', quick: ['bench/heldout-76'], full: ['bench/heldout-76'] },
  { name: 'importer accuracy, unseen reports (heldout-78)', file: 'score-heldout.ts', slug: 'score-heldout-78', quick: ['bench/heldout-78'], full: ['bench/heldout-78'] },
  { name: 'importer accuracy, unseen reports (heldout-79)', file: 'score-heldout.ts', slug: 'score-heldout-79', quick: ['bench/heldout-79'], full: ['bench/heldout-79'] },
  { name: 'importer accuracy, unseen reports (heldout-82)', file: 'score-heldout.ts', slug: 'score-heldout-82', quick: ['bench/heldout-82'], full: ['bench/heldout-82'] },
  { name: 'importer accuracy, unseen reports (heldout-80)', file: 'score-heldout.ts', slug: 'score-heldout-80', quick: ['bench/heldout-80'], full: ['bench/heldout-80'] },
  { name: 'importer accuracy, unseen reports (heldout-83)', file: 'score-heldout.ts', slug: 'score-heldout-83', quick: ['bench/heldout-83'], full: ['bench/heldout-83'] },
  { name: 'importer accuracy, unseen reports (heldout-81)', file: 'score-heldout.ts', slug: 'score-heldout-81', quick: ['bench/heldout-81'], full: ['bench/heldout-81'] },
  { name: 'importer accuracy, unseen reports (heldout-86)', file: 'score-heldout.ts', slug: 'score-heldout-86', quick: ['bench/heldout-86'], full: ['bench/heldout-86'] },
  { name: 'importer accuracy, unseen reports (heldout-85)', file: 'score-heldout.ts', slug: 'score-heldout-85', quick: ['bench/heldout-85'], full: ['bench/heldout-85'] },
  { name: 'importer accuracy, unseen reports (heldout-87)', file: 'score-heldout.ts', slug: 'score-heldout-87', quick: ['bench/heldout-87'], full: ['bench/heldout-87'] },
  { name: 'importer accuracy, unseen reports (heldout-84)', file: 'score-heldout.ts', slug: 'score-heldout-84', quick: ['bench/heldout-84'], full: ['bench/heldout-84'] },
  { name: 'importer accuracy, unseen reports (heldout-90)', file: 'score-heldout.ts', slug: 'score-heldout-90', quick: ['bench/heldout-90'], full: ['bench/heldout-90'] },
  { name: 'importer accuracy, unseen reports (heldout-89)', file: 'score-heldout.ts', slug: 'score-heldout-89', quick: ['bench/heldout-89'], full: ['bench/heldout-89'] },
  { name: 'importer accuracy, unseen reports (heldout-91)', file: 'score-heldout.ts', slug: 'score-heldout-91', quick: ['bench/heldout-91'], full: ['bench/heldout-91'] },
  { name: 'importer accuracy, unseen reports (heldout-88)', file: 'score-heldout.ts', slug: 'score-heldout-88', quick: ['bench/heldout-88'], full: ['bench/heldout-88'] },
  { name: 'importer accuracy, unseen reports (heldout-94)', file: 'score-heldout.ts', slug: 'score-heldout-94', quick: ['bench/heldout-94'], full: ['bench/heldout-94'] },
  { name: 'importer accuracy, unseen reports (heldout-93)', file: 'score-heldout.ts', slug: 'score-heldout-93', quick: ['bench/heldout-93'], full: ['bench/heldout-93'] },
  { name: 'importer accuracy, unseen reports (heldout-92)', file: 'score-heldout.ts', slug: 'score-heldout-92', quick: ['bench/heldout-92'], full: ['bench/heldout-92'] },
  { name: 'importer accuracy, unseen reports (heldout-95)', file: 'score-heldout.ts', slug: 'score-heldout-95', quick: ['bench/heldout-95'], full: ['bench/heldout-95'] },
  {
    name: 'a careful reader on check-heldout-18',
    file: 'score-reader.ts',
    slug: 'score-reader-18',
    quick: ['bench/check-heldout-18'],
    full: ['bench/check-heldout-18'],
    needs: 'bench/check-heldout-18/reader.json',
  },
  {
    name: 'a careful reader on check-heldout-19',
    file: 'score-reader.ts',
    slug: 'score-reader-19',
    quick: ['bench/check-heldout-19'],
    full: ['bench/check-heldout-19'],
    needs: 'bench/check-heldout-19/reader.json',
  },
  {
    name: 'keyers agree (heldout-20, keyed twice)',
    file: 'key-agreement.ts',
    slug: 'key-agreement-20',
    quick: ['bench/heldout-20'],
    full: ['bench/heldout-20'],
    needs: 'bench/heldout-20/second-key.json',
  },
  {
    name: 'keyers agree (heldout-21, keyed twice)',
    file: 'key-agreement.ts',
    slug: 'key-agreement-21',
    quick: ['bench/heldout-21'],
    full: ['bench/heldout-21'],
    needs: 'bench/heldout-21/second-key.json',
  },
  { name: 'importer accuracy, training reports (import-train-1)', file: 'score-heldout.ts', slug: 'score-import-train-1', quick: ['bench/import-train-1'], full: ['bench/import-train-1'] },
  { name: 'importer accuracy, training reports (import-train-2)', file: 'score-heldout.ts', slug: 'score-import-train-2', quick: ['bench/import-train-2'], full: ['bench/import-train-2'] },
  { name: 'importer accuracy, training reports (import-train-3)', file: 'score-heldout.ts', slug: 'score-import-train-3', quick: ['bench/import-train-3'], full: ['bench/import-train-3'] },
  { name: 'importer accuracy, training reports (import-train-4)', file: 'score-heldout.ts', slug: 'score-import-train-4', quick: ['bench/import-train-4'], full: ['bench/import-train-4'] },
  { name: 'importer accuracy, training reports (import-train-5)', file: 'score-heldout.ts', slug: 'score-import-train-5', quick: ['bench/import-train-5'], full: ['bench/import-train-5'] },
  { name: 'importer accuracy, training reports (import-train-6)', file: 'score-heldout.ts', slug: 'score-import-train-6', quick: ['bench/import-train-6'], full: ['bench/import-train-6'] },
  { name: 'importer accuracy, training reports (import-train-7)', file: 'score-heldout.ts', slug: 'score-import-train-7', quick: ['bench/import-train-7'], full: ['bench/import-train-7'] },
  { name: 'importer accuracy, training reports (import-train-8)', file: 'score-heldout.ts', slug: 'score-import-train-8', quick: ['bench/import-train-8'], full: ['bench/import-train-8'] },
  { name: 'importer accuracy, training reports (import-train-9)', file: 'score-heldout.ts', slug: 'score-import-train-9', quick: ['bench/import-train-9'], full: ['bench/import-train-9'] },
  { name: 'importer accuracy, training reports (import-train-10)', file: 'score-heldout.ts', slug: 'score-import-train-10', quick: ['bench/import-train-10'], full: ['bench/import-train-10'] },
  { name: 'importer accuracy, training reports (import-train-11)', file: 'score-heldout.ts', slug: 'score-import-train-11', quick: ['bench/import-train-11'], full: ['bench/import-train-11'] },
  { name: 'importer accuracy, training reports (import-train-12)', file: 'score-heldout.ts', slug: 'score-import-train-12', quick: ['bench/import-train-12'], full: ['bench/import-train-12'] },
  { name: 'importer accuracy, training reports (import-train-13)', file: 'score-heldout.ts', slug: 'score-import-train-13', quick: ['bench/import-train-13'], full: ['bench/import-train-13'] },
  { name: 'importer accuracy, training reports (import-train-14)', file: 'score-heldout.ts', slug: 'score-import-train-14', quick: ['bench/import-train-14'], full: ['bench/import-train-14'] },
  { name: 'importer accuracy, training reports (import-train-15)', file: 'score-heldout.ts', slug: 'score-import-train-15', quick: ['bench/import-train-15'], full: ['bench/import-train-15'] },
  { name: 'importer accuracy, training reports (import-train-16)', file: 'score-heldout.ts', slug: 'score-import-train-16', quick: ['bench/import-train-16'], full: ['bench/import-train-16'] },
  { name: 'importer accuracy, training reports (import-train-17)', file: 'score-heldout.ts', slug: 'score-import-train-17', quick: ['bench/import-train-17'], full: ['bench/import-train-17'] },
  { name: 'importer accuracy, training reports (import-train-18)', file: 'score-heldout.ts', slug: 'score-import-train-18', quick: ['bench/import-train-18'], full: ['bench/import-train-18'] },
  { name: 'importer accuracy, training reports (import-train-19)', file: 'score-heldout.ts', slug: 'score-import-train-19', quick: ['bench/import-train-19'], full: ['bench/import-train-19'] },
  { name: 'importer accuracy, training reports (import-train-20)', file: 'score-heldout.ts', slug: 'score-import-train-20', quick: ['bench/import-train-20'], full: ['bench/import-train-20'] },
  { name: 'importer accuracy, training reports (import-train-21)', file: 'score-heldout.ts', slug: 'score-import-train-21', quick: ['bench/import-train-21'], full: ['bench/import-train-21'] },
  { name: 'importer accuracy, training reports (import-train-22)', file: 'score-heldout.ts', slug: 'score-import-train-22', quick: ['bench/import-train-22'], full: ['bench/import-train-22'] },
  { name: 'importer accuracy, training reports (import-train-23)', file: 'score-heldout.ts', slug: 'score-import-train-23', quick: ['bench/import-train-23'], full: ['bench/import-train-23'] },
  { name: 'importer accuracy, training reports (import-train-24)', file: 'score-heldout.ts', slug: 'score-import-train-24', quick: ['bench/import-train-24'], full: ['bench/import-train-24'] },
  { name: 'importer accuracy, training reports (import-train-25)', file: 'score-heldout.ts', slug: 'score-import-train-25', quick: ['bench/import-train-25'], full: ['bench/import-train-25'] },
  { name: 'importer accuracy, training reports (import-train-26)', file: 'score-heldout.ts', slug: 'score-import-train-26', quick: ['bench/import-train-26'], full: ['bench/import-train-26'] },
  { name: 'importer accuracy, training reports (import-train-27)', file: 'score-heldout.ts', slug: 'score-import-train-27', quick: ['bench/import-train-27'], full: ['bench/import-train-27'] },
  { name: 'importer accuracy, training reports (import-train-28)', file: 'score-heldout.ts', slug: 'score-import-train-28', quick: ['bench/import-train-28'], full: ['bench/import-train-28'] },
  { name: 'importer accuracy, training reports (import-train-29)', file: 'score-heldout.ts', slug: 'score-import-train-29', quick: ['bench/import-train-29'], full: ['bench/import-train-29'] },
  { name: 'importer accuracy, training reports (import-train-30)', file: 'score-heldout.ts', slug: 'score-import-train-30', quick: ['bench/import-train-30'], full: ['bench/import-train-30'] },
  { name: 'importer accuracy, training reports (import-train-31)', file: 'score-heldout.ts', slug: 'score-import-train-31', quick: ['bench/import-train-31'], full: ['bench/import-train-31'] },
  { name: 'importer accuracy, training reports (import-train-32)', file: 'score-heldout.ts', slug: 'score-import-train-32', quick: ['bench/import-train-32'], full: ['bench/import-train-32'] },
  { name: 'importer accuracy, training reports (import-train-33)', file: 'score-heldout.ts', slug: 'score-import-train-33', quick: ['bench/import-train-33'], full: ['bench/import-train-33'] },
  { name: 'importer steps (where import time goes)', file: 'import-steps.ts' },
  { name: 'checker words', file: 'check-words.ts' },
  { name: 'checker words in the worker', file: 'check-worker.ts' },
  { name: 'checker on 20 pages of text it has not seen (cold cache, warm process)', file: 'check-fresh.ts' },
  { name: 'checker accuracy, held-out sentences', file: 'score-check.ts' },
  { name: 'checker accuracy, held-out sentences 2', file: 'score-check.ts', slug: 'score-check-2', quick: ['bench/check-heldout-2/sentences.json'], full: ['bench/check-heldout-2/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 3', file: 'score-check.ts', slug: 'score-check-3', quick: ['bench/check-heldout-3/sentences.json'], full: ['bench/check-heldout-3/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 4', file: 'score-check.ts', slug: 'score-check-4', quick: ['bench/check-heldout-4/sentences.json'], full: ['bench/check-heldout-4/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 5', file: 'score-check.ts', slug: 'score-check-5', quick: ['bench/check-heldout-5/sentences.json'], full: ['bench/check-heldout-5/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 6', file: 'score-check.ts', slug: 'score-check-6', quick: ['bench/check-heldout-6/sentences.json'], full: ['bench/check-heldout-6/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 7', file: 'score-check.ts', slug: 'score-check-7', quick: ['bench/check-heldout-7/sentences.json'], full: ['bench/check-heldout-7/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 8', file: 'score-check.ts', slug: 'score-check-8', quick: ['bench/check-heldout-8/sentences.json'], full: ['bench/check-heldout-8/sentences.json'] },
  { name: 'checker accuracy, held-out sentences 9', file: 'score-check.ts', slug: 'score-check-9', quick: ['bench/check-heldout-9/sentences.json'], full: ['bench/check-heldout-9/sentences.json'] },
  {
    name: 'checker accuracy, held-out sentences 10',
    file: 'score-check.ts',
    slug: 'score-check-10',
    quick: ['bench/check-heldout-10/sentences.json'],
    full: ['bench/check-heldout-10/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 11',
    file: 'score-check.ts',
    slug: 'score-check-11',
    quick: ['bench/check-heldout-11/sentences.json'],
    full: ['bench/check-heldout-11/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 12',
    file: 'score-check.ts',
    slug: 'score-check-12',
    quick: ['bench/check-heldout-12/sentences.json'],
    full: ['bench/check-heldout-12/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 13',
    file: 'score-check.ts',
    slug: 'score-check-13',
    quick: ['bench/check-heldout-13/sentences.json'],
    full: ['bench/check-heldout-13/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 14',
    file: 'score-check.ts',
    slug: 'score-check-14',
    quick: ['bench/check-heldout-14/sentences.json'],
    full: ['bench/check-heldout-14/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 15',
    file: 'score-check.ts',
    slug: 'score-check-15',
    quick: ['bench/check-heldout-15/sentences.json'],
    full: ['bench/check-heldout-15/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 16',
    file: 'score-check.ts',
    slug: 'score-check-16',
    quick: ['bench/check-heldout-16/sentences.json'],
    full: ['bench/check-heldout-16/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 17',
    file: 'score-check.ts',
    slug: 'score-check-17',
    quick: ['bench/check-heldout-17/sentences.json'],
    full: ['bench/check-heldout-17/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 18',
    file: 'score-check.ts',
    slug: 'score-check-18',
    quick: ['bench/check-heldout-18/sentences.json'],
    full: ['bench/check-heldout-18/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 19',
    file: 'score-check.ts',
    slug: 'score-check-19',
    quick: ['bench/check-heldout-19/sentences.json'],
    full: ['bench/check-heldout-19/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 20',
    file: 'score-check.ts',
    slug: 'score-check-20',
    quick: ['bench/check-heldout-20/sentences.json'],
    full: ['bench/check-heldout-20/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 21',
    file: 'score-check.ts',
    slug: 'score-check-21',
    quick: ['bench/check-heldout-21/sentences.json'],
    full: ['bench/check-heldout-21/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 22',
    file: 'score-check.ts',
    slug: 'score-check-22',
    quick: ['bench/check-heldout-22/sentences.json'],
    full: ['bench/check-heldout-22/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 23',
    file: 'score-check.ts',
    slug: 'score-check-23',
    quick: ['bench/check-heldout-23/sentences.json'],
    full: ['bench/check-heldout-23/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 24',
    file: 'score-check.ts',
    slug: 'score-check-24',
    quick: ['bench/check-heldout-24/sentences.json'],
    full: ['bench/check-heldout-24/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 25',
    file: 'score-check.ts',
    slug: 'score-check-25',
    quick: ['bench/check-heldout-25/sentences.json'],
    full: ['bench/check-heldout-25/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 26',
    file: 'score-check.ts',
    slug: 'score-check-26',
    quick: ['bench/check-heldout-26/sentences.json'],
    full: ['bench/check-heldout-26/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 27',
    file: 'score-check.ts',
    slug: 'score-check-27',
    quick: ['bench/check-heldout-27/sentences.json'],
    full: ['bench/check-heldout-27/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 28',
    file: 'score-check.ts',
    slug: 'score-check-28',
    quick: ['bench/check-heldout-28/sentences.json'],
    full: ['bench/check-heldout-28/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 29',
    file: 'score-check.ts',
    slug: 'score-check-29',
    quick: ['bench/check-heldout-29/sentences.json'],
    full: ['bench/check-heldout-29/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 30',
    file: 'score-check.ts',
    slug: 'score-check-30',
    quick: ['bench/check-heldout-30/sentences.json'],
    full: ['bench/check-heldout-30/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 31',
    file: 'score-check.ts',
    slug: 'score-check-31',
    quick: ['bench/check-heldout-31/sentences.json'],
    full: ['bench/check-heldout-31/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 32',
    file: 'score-check.ts',
    slug: 'score-check-32',
    quick: ['bench/check-heldout-32/sentences.json'],
    full: ['bench/check-heldout-32/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 33',
    file: 'score-check.ts',
    slug: 'score-check-33',
    quick: ['bench/check-heldout-33/sentences.json'],
    full: ['bench/check-heldout-33/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 34',
    file: 'score-check.ts',
    slug: 'score-check-34',
    quick: ['bench/check-heldout-34/sentences.json'],
    full: ['bench/check-heldout-34/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 35',
    file: 'score-check.ts',
    slug: 'score-check-35',
    quick: ['bench/check-heldout-35/sentences.json'],
    full: ['bench/check-heldout-35/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 36',
    file: 'score-check.ts',
    slug: 'score-check-36',
    quick: ['bench/check-heldout-36/sentences.json'],
    full: ['bench/check-heldout-36/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 37',
    file: 'score-check.ts',
    slug: 'score-check-37',
    quick: ['bench/check-heldout-37/sentences.json'],
    full: ['bench/check-heldout-37/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 38',
    file: 'score-check.ts',
    slug: 'score-check-38',
    quick: ['bench/check-heldout-38/sentences.json'],
    full: ['bench/check-heldout-38/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 39',
    file: 'score-check.ts',
    slug: 'score-check-39',
    quick: ['bench/check-heldout-39/sentences.json'],
    full: ['bench/check-heldout-39/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 40',
    file: 'score-check.ts',
    slug: 'score-check-40',
    quick: ['bench/check-heldout-40/sentences.json'],
    full: ['bench/check-heldout-40/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 41',
    file: 'score-check.ts',
    slug: 'score-check-41',
    quick: ['bench/check-heldout-41/sentences.json'],
    full: ['bench/check-heldout-41/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 42',
    file: 'score-check.ts',
    slug: 'score-check-42',
    quick: ['bench/check-heldout-42/sentences.json'],
    full: ['bench/check-heldout-42/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 43',
    file: 'score-check.ts',
    slug: 'score-check-43',
    quick: ['bench/check-heldout-43/sentences.json'],
    full: ['bench/check-heldout-43/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 44',
    file: 'score-check.ts',
    slug: 'score-check-44',
    quick: ['bench/check-heldout-44/sentences.json'],
    full: ['bench/check-heldout-44/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 45',
    file: 'score-check.ts',
    slug: 'score-check-45',
    quick: ['bench/check-heldout-45/sentences.json'],
    full: ['bench/check-heldout-45/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 46',
    file: 'score-check.ts',
    slug: 'score-check-46',
    quick: ['bench/check-heldout-46/sentences.json'],
    full: ['bench/check-heldout-46/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 47',
    file: 'score-check.ts',
    slug: 'score-check-47',
    quick: ['bench/check-heldout-47/sentences.json'],
    full: ['bench/check-heldout-47/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 48',
    file: 'score-check.ts',
    slug: 'score-check-48',
    quick: ['bench/check-heldout-48/sentences.json'],
    full: ['bench/check-heldout-48/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 49',
    file: 'score-check.ts',
    slug: 'score-check-49',
    quick: ['bench/check-heldout-49/sentences.json'],
    full: ['bench/check-heldout-49/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 50',
    file: 'score-check.ts',
    slug: 'score-check-50',
    quick: ['bench/check-heldout-50/sentences.json'],
    full: ['bench/check-heldout-50/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 51',
    file: 'score-check.ts',
    slug: 'score-check-51',
    quick: ['bench/check-heldout-51/sentences.json'],
    full: ['bench/check-heldout-51/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 52',
    file: 'score-check.ts',
    slug: 'score-check-52',
    quick: ['bench/check-heldout-52/sentences.json'],
    full: ['bench/check-heldout-52/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 53',
    file: 'score-check.ts',
    slug: 'score-check-53',
    quick: ['bench/check-heldout-53/sentences.json'],
    full: ['bench/check-heldout-53/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 54',
    file: 'score-check.ts',
    slug: 'score-check-54',
    quick: ['bench/check-heldout-54/sentences.json'],
    full: ['bench/check-heldout-54/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 55',
    file: 'score-check.ts',
    slug: 'score-check-55',
    quick: ['bench/check-heldout-55/sentences.json'],
    full: ['bench/check-heldout-55/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 56',
    file: 'score-check.ts',
    slug: 'score-check-56',
    quick: ['bench/check-heldout-56/sentences.json'],
    full: ['bench/check-heldout-56/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 57',
    file: 'score-check.ts',
    slug: 'score-check-57',
    quick: ['bench/check-heldout-57/sentences.json'],
    full: ['bench/check-heldout-57/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 58',
    file: 'score-check.ts',
    slug: 'score-check-58',
    quick: ['bench/check-heldout-58/sentences.json'],
    full: ['bench/check-heldout-58/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 59',
    file: 'score-check.ts',
    slug: 'score-check-59',
    quick: ['bench/check-heldout-59/sentences.json'],
    full: ['bench/check-heldout-59/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 60',
    file: 'score-check.ts',
    slug: 'score-check-60',
    quick: ['bench/check-heldout-60/sentences.json'],
    full: ['bench/check-heldout-60/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 61',
    file: 'score-check.ts',
    slug: 'score-check-61',
    quick: ['bench/check-heldout-61/sentences.json'],
    full: ['bench/check-heldout-61/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 62',
    file: 'score-check.ts',
    slug: 'score-check-62',
    quick: ['bench/check-heldout-62/sentences.json'],
    full: ['bench/check-heldout-62/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 63',
    file: 'score-check.ts',
    slug: 'score-check-63',
    quick: ['bench/check-heldout-63/sentences.json'],
    full: ['bench/check-heldout-63/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 64',
    file: 'score-check.ts',
    slug: 'score-check-64',
    quick: ['bench/check-heldout-64/sentences.json'],
    full: ['bench/check-heldout-64/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 65',
    file: 'score-check.ts',
    slug: 'score-check-65',
    quick: ['bench/check-heldout-65/sentences.json'],
    full: ['bench/check-heldout-65/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 66',
    file: 'score-check.ts',
    slug: 'score-check-66',
    quick: ['bench/check-heldout-66/sentences.json'],
    full: ['bench/check-heldout-66/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 67',
    file: 'score-check.ts',
    slug: 'score-check-67',
    quick: ['bench/check-heldout-67/sentences.json'],
    full: ['bench/check-heldout-67/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 68',
    file: 'score-check.ts',
    slug: 'score-check-68',
    quick: ['bench/check-heldout-68/sentences.json'],
    full: ['bench/check-heldout-68/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 69',
    file: 'score-check.ts',
    slug: 'score-check-69',
    quick: ['bench/check-heldout-69/sentences.json'],
    full: ['bench/check-heldout-69/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 72',
    file: 'score-check.ts',
    slug: 'score-check-72',
    quick: ['bench/check-heldout-72/sentences.json'],
    full: ['bench/check-heldout-72/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 73',
    file: 'score-check.ts',
    slug: 'score-check-73',
    quick: ['bench/check-heldout-73/sentences.json'],
    full: ['bench/check-heldout-73/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 70',
    file: 'score-check.ts',
    slug: 'score-check-70',
    quick: ['bench/check-heldout-70/sentences.json'],
    full: ['bench/check-heldout-70/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 71',
    file: 'score-check.ts',
    slug: 'score-check-71',
    quick: ['bench/check-heldout-71/sentences.json'],
    full: ['bench/check-heldout-71/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 77',
    file: 'score-check.ts',
    slug: 'score-check-77',
    quick: ['bench/check-heldout-77/sentences.json'],
    full: ['bench/check-heldout-77/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 76',
    file: 'score-check.ts',
    slug: 'score-check-76',
    quick: ['bench/check-heldout-76/sentences.json'],
    full: ['bench/check-heldout-76/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 74',
    file: 'score-check.ts',
    slug: 'score-check-74',
    quick: ['bench/check-heldout-74/sentences.json'],
    full: ['bench/check-heldout-74/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 75',
    file: 'score-check.ts',
    slug: 'score-check-75',
    quick: ['bench/check-heldout-75/sentences.json'],
    full: ['bench/check-heldout-75/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 80',
    file: 'score-check.ts',
    slug: 'score-check-80',
    quick: ['bench/check-heldout-80/sentences.json'],
    full: ['bench/check-heldout-80/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 79',
    file: 'score-check.ts',
    slug: 'score-check-79',
    quick: ['bench/check-heldout-79/sentences.json'],
    full: ['bench/check-heldout-79/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 81',
    file: 'score-check.ts',
    slug: 'score-check-81',
    quick: ['bench/check-heldout-81/sentences.json'],
    full: ['bench/check-heldout-81/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 78',
    file: 'score-check.ts',
    slug: 'score-check-78',
    quick: ['bench/check-heldout-78/sentences.json'],
    full: ['bench/check-heldout-78/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 84',
    file: 'score-check.ts',
    slug: 'score-check-84',
    quick: ['bench/check-heldout-84/sentences.json'],
    full: ['bench/check-heldout-84/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 85',
    file: 'score-check.ts',
    slug: 'score-check-85',
    quick: ['bench/check-heldout-85/sentences.json'],
    full: ['bench/check-heldout-85/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 82',
    file: 'score-check.ts',
    slug: 'score-check-82',
    quick: ['bench/check-heldout-82/sentences.json'],
    full: ['bench/check-heldout-82/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 83',
    file: 'score-check.ts',
    slug: 'score-check-83',
    quick: ['bench/check-heldout-83/sentences.json'],
    full: ['bench/check-heldout-83/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 88',
    file: 'score-check.ts',
    slug: 'score-check-88',
    quick: ['bench/check-heldout-88/sentences.json'],
    full: ['bench/check-heldout-88/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 87',
    file: 'score-check.ts',
    slug: 'score-check-87',
    quick: ['bench/check-heldout-87/sentences.json'],
    full: ['bench/check-heldout-87/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 86',
    file: 'score-check.ts',
    slug: 'score-check-86',
    quick: ['bench/check-heldout-86/sentences.json'],
    full: ['bench/check-heldout-86/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 89',
    file: 'score-check.ts',
    slug: 'score-check-89',
    quick: ['bench/check-heldout-89/sentences.json'],
    full: ['bench/check-heldout-89/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 93',
    file: 'score-check.ts',
    slug: 'score-check-93',
    quick: ['bench/check-heldout-93/sentences.json'],
    full: ['bench/check-heldout-93/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 90',
    file: 'score-check.ts',
    slug: 'score-check-90',
    quick: ['bench/check-heldout-90/sentences.json'],
    full: ['bench/check-heldout-90/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 91',
    file: 'score-check.ts',
    slug: 'score-check-91',
    quick: ['bench/check-heldout-91/sentences.json'],
    full: ['bench/check-heldout-91/sentences.json'],
  },
  {
    name: 'checker accuracy, held-out sentences 92',
    file: 'score-check.ts',
    slug: 'score-check-92',
    quick: ['bench/check-heldout-92/sentences.json'],
    full: ['bench/check-heldout-92/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 1 (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-1',
    quick: ['bench/check-train-1/sentences.json'],
    full: ['bench/check-train-1/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 2 (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-2',
    quick: ['bench/check-train-2/sentences.json'],
    full: ['bench/check-train-2/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 3, homophones (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-3',
    quick: ['bench/check-train-3/sentences.json'],
    full: ['bench/check-train-3/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 4 (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-4',
    quick: ['bench/check-train-4/sentences.json'],
    full: ['bench/check-train-4/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 5, misspellings (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-5',
    quick: ['bench/check-train-5/sentences.json'],
    full: ['bench/check-train-5/sentences.json'],
  },
  {
    name: 'checker accuracy, 的/地/得 sentences 2',
    file: 'score-check.ts',
    slug: 'score-check-dedi-2',
    quick: ['bench/check-dedi-2/sentences.json'],
    full: ['bench/check-dedi-2/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 6, homophones (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-6',
    quick: ['bench/check-train-6/sentences.json'],
    full: ['bench/check-train-6/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 7, misspellings in domain terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-7',
    quick: ['bench/check-train-7/sentences.json'],
    full: ['bench/check-train-7/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 8, homophones (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-8',
    quick: ['bench/check-train-8/sentences.json'],
    full: ['bench/check-train-8/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 9, 的/地/得 (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-9',
    quick: ['bench/check-train-9/sentences.json'],
    full: ['bench/check-train-9/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 10, misspellings and idioms of public-service terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-10',
    quick: ['bench/check-train-10/sentences.json'],
    full: ['bench/check-train-10/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 11, homophones (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-11',
    quick: ['bench/check-train-11/sentences.json'],
    full: ['bench/check-train-11/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 12, misspellings and idioms of farm, safety and typhoon terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-12',
    quick: ['bench/check-train-12/sentences.json'],
    full: ['bench/check-train-12/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 13, homophones (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-13',
    quick: ['bench/check-train-13/sentences.json'],
    full: ['bench/check-train-13/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 14, misspellings and idioms of health, culture and long-term-care terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-14',
    quick: ['bench/check-train-14/sentences.json'],
    full: ['bench/check-train-14/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 15, homophones of housing-renewal and flood-season terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-15',
    quick: ['bench/check-train-15/sentences.json'],
    full: ['bench/check-train-15/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 16, misspellings and idioms of emergency, farmland, school and fire-service terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-16',
    quick: ['bench/check-train-16/sentences.json'],
    full: ['bench/check-train-16/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 17, homophones whose twins belong to different fields (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-17',
    quick: ['bench/check-train-17/sentences.json'],
    full: ['bench/check-train-17/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 18, 的/地/得 (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-18',
    quick: ['bench/check-train-18/sentences.json'],
    full: ['bench/check-train-18/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 19, misspellings and idioms of health, building-site, livestock and finance terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-19',
    quick: ['bench/check-train-19/sentences.json'],
    full: ['bench/check-train-19/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 20, homophones of regulation, elder-care and safety terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-20',
    quick: ['bench/check-train-20/sentences.json'],
    full: ['bench/check-train-20/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 21, misspellings of accounting, construction, transport, farm, health and finance terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-21',
    quick: ['bench/check-train-21/sentences.json'],
    full: ['bench/check-train-21/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 22, 的/地/得 of safety, river, forest-fire, farming and elder-care reports (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-22',
    quick: ['bench/check-train-22/sentences.json'],
    full: ['bench/check-train-22/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 23, misspellings of civil-affairs, statistics, audit, veterans, weather and port terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-23',
    quick: ['bench/check-train-23/sentences.json'],
    full: ['bench/check-train-23/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 24, broken idioms and official set phrases (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-24',
    quick: ['bench/check-train-24/sentences.json'],
    full: ['bench/check-train-24/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 25, misspellings of archives, forestry, trademark, tax, petition and employment terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-25',
    quick: ['bench/check-train-25/sentences.json'],
    full: ['bench/check-train-25/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 26, 的/地/得 of flood-prevention, civic-campaign, service-window and elder-care reports (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-26',
    quick: ['bench/check-train-26/sentences.json'],
    full: ['bench/check-train-26/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 27, misspellings of discipline-inspection, grain-reserve, air-defence, land-registration, power and control-yuan terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-27',
    quick: ['bench/check-train-27/sentences.json'],
    full: ['bench/check-train-27/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 28, homophones of statistics, procurement and official-vehicle reports (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-28',
    quick: ['bench/check-train-28/sentences.json'],
    full: ['bench/check-train-28/sentences.json'],
  },
  {
    name: "checker accuracy, training sentences 29, misspellings of mediation, justice-office, pharmacy, housing-fund, deputies' suggestion and labour-inspection terms (not held out)",
    file: 'score-check.ts',
    slug: 'score-check-train-29',
    quick: ['bench/check-train-29/sentences.json'],
    full: ['bench/check-train-29/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 30, homophones of organisation, personnel and Party-building terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-30',
    quick: ['bench/check-train-30/sentences.json'],
    full: ['bench/check-train-30/sentences.json'],
  },
  {
    name: 'checker accuracy, training sentences 31, misspellings of science-and-technology, statistics and market-regulation terms (not held out)',
    file: 'score-check.ts',
    slug: 'score-check-train-31',
    quick: ['bench/check-train-31/sentences.json'],
    full: ['bench/check-train-31/sentences.json'],
  },
  { name: 'checker word findings on real report text', file: 'check-realtext.ts' },
  { name: 'issue 11 blind record: every held-out set as first run, pooled', file: 'blind-record.ts' },
  { name: '的/地/得 planted swaps in real report text, held-out half', file: 'dedi-swaps.ts', quick: ['--half=even'], full: ['--half=even'] },
  { name: 'homophone planted swaps in real report text, held-out half', file: 'homophone-swaps.ts', quick: ['--half=even'], full: ['--half=even'] },
  { name: 'same-class homophone planted swaps in real report text, held-out half', file: 'homophone-context.ts', quick: ['--half=even'], full: ['--half=even'] },
  { name: 'how TRAIN keys treat paragraphs with no lead', file: 'leadless-keys.ts', quick: ['--sets'], full: ['--sets'] },
  { name: 'WRD-04 on held-out clean report text and planted same-sound slips', file: 'check-corpus-holdout.ts' },
  { name: 'slip rule: planted sound/shape slips in real clean text', file: 'check-slips.ts' },
  { name: 'export', file: 'export.ts', quick: ['--pages=20'] },
  { name: 'export settle, before/after', file: 'export-settle.ts', quick: ['--pages=20', '--runs=3'] },
  { name: 'export fonts, system against subset', file: 'export-fonts.ts', quick: ['--pages=20', '--runs=3'] },
  { name: 'cli', file: 'cli.ts', quick: ['--runs=7'] },
  { name: 'issue export', file: 'issue.ts' },
  { name: 'preview', file: 'preview.ts', renderer: true },
  { name: 'typing', file: 'typing.ts', renderer: true },
  { name: 'typing in Electron (networked machines only)', file: 'typing-electron.ts', mayNotRun: true },
  { name: 'library', file: 'library.ts', renderer: true, quick: ['--docs=1000'] },
  { name: 'tasks', file: 'tasks.ts', quick: ['--tasks=1000'] },
  { name: 'deadlines, held-out', file: 'deadlines-heldout.ts' },
];
/** Files in bench/ that are not benchmarks. Any other .ts file here must be listed above. */
const HELPERS = [
  'run.ts',
  'check-scoring.ts',
  'figures.ts',
  'trace-split.ts',
  'typing-session.ts',
  'realistic.ts',
  'seed-article.ts',
  'child-cpu.ts',
  'export-docs.ts',
  'tasks-open.ts',
  'swap-texts.ts',
];

const here = import.meta.dirname;
const root = path.resolve(here, '..');
const results = path.join(here, 'results');
const args = process.argv.slice(2);
const full = args.includes('--full');
const only = args.filter((a) => !a.startsWith('--'));

const unknown = readdirSync(here).filter((f) => f.endsWith('.ts') && !HELPERS.includes(f) && !BENCHES.some((b) => b.file === f));
if (unknown.length) {
  console.error(`bench/run.ts does not know ${unknown.join(', ')}: add it to BENCHES so npm run bench runs it`);
  process.exit(2);
}

const chosen = BENCHES.filter((b) => !only.length || only.some((o) => b.name.startsWith(o) || b.file === o || b.file === `${o}.ts`));
mkdirSync(results, { recursive: true });

if (chosen.some((b) => b.renderer)) {
  process.stdout.write('building the renderer (preview and typing drive it)...\n');
  const built = spawnSync('npm', ['run', 'build:renderer', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

type Row = { bench: string; name: string; value: string; unit: string };
const rows: Row[] = [];
let failed = 0;
for (const b of chosen) {
  const slug = b.slug ?? b.file.replace(/\.ts$/, '');
  const log = path.join(results, `${slug}.log`);
  const figures = path.join(results, `${slug}.figures.jsonl`);
  rmSync(figures, { force: true });
  if (b.needs && !existsSync(path.resolve(root, b.needs))) {
    rows.push({ bench: b.name, name: `skipped: no ${b.needs}`, value: '', unit: '' });
    continue;
  }
  const started = performance.now();
  process.stdout.write(`${b.name}... `);
  const extra = full ? (b.full ?? []) : (b.quick ?? []);
  const r = spawnSync(process.execPath, [...(b.node ?? []), '--import', 'tsx', path.join(here, b.file), ...extra], {
    cwd: root,
    env: { ...process.env, BENCH_FIGURES: figures },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  writeFileSync(log, `${r.stdout ?? ''}${r.stderr ?? ''}`);
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  const got = existsSync(figures)
    ? readFileSync(figures, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as { name: string; value: number; unit: string })
    : [];
  for (const f of got) rows.push({ bench: b.name, name: f.name, value: String(f.value), unit: f.unit });
  if (r.status === 0 && !got.length && b.mayNotRun) {
    rows.push({ bench: b.name, name: (r.stdout ?? '').trim().split('\n')[0] ?? 'not run', value: '', unit: '' });
  } else if (r.status !== 0 || !got.length) {
    failed++;
    rows.push({ bench: b.name, name: `FAILED (exit ${r.status ?? r.signal}), see ${path.relative(root, log)}`, value: '', unit: '' });
  }
}

const load = os
  .loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
console.log(
  `\n${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}, Node ${process.version}, load average ${load}, ${new Date().toISOString()}${full ? '' : ' (quick sizes; --full for those of docs/BENCHMARKS.md)'}`,
);
const widths = [Math.max(9, ...rows.map((r) => r.bench.length)), Math.max(6, ...rows.map((r) => r.name.length)), Math.max(5, ...rows.map((r) => r.value.length))];
const line = (a: string, b: string, c: string, d: string) => `${a.padEnd(widths[0]!)}  ${b.padEnd(widths[1]!)}  ${c.padStart(widths[2]!)} ${d}`;
console.log(line('benchmark', 'figure', 'value', 'unit'));
console.log(line('-'.repeat(widths[0]!), '-'.repeat(widths[1]!), '-'.repeat(widths[2]!), '----'));
for (const r of rows) console.log(line(r.bench, r.name, r.value, r.unit));
process.exit(failed ? 1 : 0);
