import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBriefing } from '../helpers/briefing-bin';
import { tempDir } from '../helpers/tmp';

// `briefing list` is run by scripts many times, so it loads only what listing needs: the store, its
// index and the docs:list schema, not the services, templates, message bundles or the whole
// contract (bench/cli.ts measures what that saves; no test here times anything). Asserted on what
// a real run of the built CLI loaded: a module hook records every file, and dist/cli/modules.json
// (written by tools/build-cli.mjs) names the source modules in each of the bundle's files.
const ROOT = path.resolve(import.meta.dirname, '../..');
const CLI_DIR = path.join(ROOT, 'dist/cli');
const RECORDER = pathToFileURL(path.join(ROOT, 'tests/helpers/record-loads.mjs')).href;

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-cli-loads-')));
afterAll(async () => cleanup());

/** Runs the built CLI with the recorder; returns its output and the source modules it loaded. */
function traced(name: string, args: string[], env: Record<string, string> = {}) {
  const record = path.join(dir, `${name}.loads`);
  const r = spawnSync(process.execPath, ['--import', RECORDER, path.join(ROOT, 'bin/briefing.mjs'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_LANG: 'en', RECORD_LOADS: record, ...env },
  });
  const modules = JSON.parse(readFileSync(path.join(CLI_DIR, 'modules.json'), 'utf8')) as Record<string, string[]>;
  const files = readFileSync(record, 'utf8')
    .split('\n')
    .filter((u) => u.startsWith('file:'))
    .map((u) => fileURLToPath(u));
  const loaded = files.filter((f) => path.dirname(f) === CLI_DIR).map((f) => path.basename(f));
  return { code: r.status, out: r.stdout, err: r.stderr, loaded, sources: loaded.flatMap((f) => modules[f] ?? []) };
}

/** The store and the docs channels' own schemas, and none of the rest. */
function expectStoreOnly(sources: string[]): void {
  for (const m of ['electron/cli/commands/read.ts', 'electron/services/store/document-store.ts', 'shared/api/channels/core.ts', 'shared/api/dispatch-on.ts']) expect(sources).toContain(m);
  const unwanted = [
    'electron/services/index.ts', // createServices: every feature, the printer
    'electron/services/features.ts',
    'electron/services/core-api.ts',
    'shared/api/contract.ts', // every channel's schemas
    'shared/i18n/index.ts', // the message bundles of three languages
    'shared/templates/index.ts',
    'shared/importer/index.ts',
    'shared/model/issue.ts', // the 简报 issue schemas: the store imports the model's modules, not its index
    'electron/cli/describe-error.ts',
  ];
  expect(unwanted.filter((m) => sources.includes(m))).toEqual([]);
  // zod's messages in other languages are not in the bundle at all (English is zod's own default)
  expect(sources.filter((m) => /zod\/v4\/locales\/(?!en\.js)/.test(m))).toEqual([]);
}

describe('briefing list and show', () => {
  it('lists the library from the store alone: no services, templates, messages or other schemas', () => {
    const lib = path.join(dir, 'lib');
    const ids = ['builtin-minutes-hans', 'builtin-topic-report-hant'].map((t) => runBriefing(['new', '--template', t, '--data-dir', lib]).out.trim());
    expect(ids.every((id) => /^d[0-9a-z]{6,}$/.test(id))).toBe(true);

    const r = traced('list', ['list', '--data-dir', lib]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    // the same rows as always, newest first
    expect(
      r.out
        .trim()
        .split('\n')
        .map((line) => line.split('\t')[0]),
    ).toEqual([...ids].reverse());

    // from the bundle (not the tsx fallback), and through the store and the contract's own schema
    expect(r.loaded).toContain('briefing.mjs');
    expectStoreOnly(r.sources);

    // show reads one document the same way
    const shown = traced('show', ['show', ids[0]!, '--data-dir', lib]);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out)).toMatchObject({ id: ids[0], kind: 'minutes' });
    expectStoreOnly(shown.sources);
  });

  it('still loads the messages when it has one to say', () => {
    const r = traced('failing', ['list', '--data-dir', path.join('/proc', 'version', 'x')], { BRIEFING_LANG: 'zh-CN' });
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.sources).toContain('shared/i18n/index.ts');
  });
});
