import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createServices } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

// Scripts pipe the CLI into readers that stop early (`briefing show ID | head`). A reader that
// closes the pipe before a long output is written is no failure: the command must finish quietly
// (exit 0, no EPIPE stack) and still close its store, so the next command finds no stale lock.
let dir: string;
let cleanup: () => Promise<void>;
let id: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('briefing-cli-pipe-'));
  const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '长篇纪要' });
  // well beyond a pipe's 64 KiB buffer, so the writer is still writing when the reader leaves
  doc.sections[1]!.paragraphs = Array.from({ length: 40 }, () => '会议强调要压实责任确保各项工作落到实处推动高质量发展。'.repeat(40));
  doc.sections[1]!.paragraphIds = [];
  await services.api['docs:save']({ doc });
  id = doc.id;
  await services.close();
});
afterAll(async () => cleanup());

function piped(command: string) {
  const bin = path.resolve('bin/briefing.mjs');
  return spawnSync('bash', ['-c', `"${process.execPath}" "${bin}" ${command} | head -c 16; echo; echo "status \${PIPESTATUS[0]}"`], {
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_LANG: 'en', BRIEFING_DATA_DIR: path.join(dir, 'data') },
  });
}

it('show into a reader that stops after 16 bytes exits 0 without an EPIPE stack', () => {
  const r = piped(`show ${id}`);
  expect(r.stdout.startsWith('{')).toBe(true);
  expect(r.stdout).toContain('status 0');
  expect(r.stderr).not.toMatch(/EPIPE|Error/);
});

it('the store was closed: the next command runs and lists the document', () => {
  piped(`show ${id}`);
  const next = spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), 'list'], {
    encoding: 'utf8',
    env: { ...process.env, BRIEFING_LANG: 'en', BRIEFING_DATA_DIR: path.join(dir, 'data') },
  });
  expect(next.status).toBe(0);
  expect(next.stdout).toContain(id);
  expect(readdirSync(path.join(dir, 'data')).filter((f) => /lock/i.test(f))).toEqual([]);
});
