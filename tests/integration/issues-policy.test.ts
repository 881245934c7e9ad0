import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LoadedPolicy, Policy } from '../../shared/model';
import { createServices, type Services } from '../../electron/services';
import { steppingClock, tempDir } from '../helpers/tmp';

/**
 * The administrator's policy for issues: a fresh data dir starts with the office's default series,
 * and the shared address book file is seeded into the local book (then re-merged, additions only,
 * when the office changes it). Real services over real temp dirs; the "share" is a temp folder.
 */
let root: string;
let cleanup: () => Promise<void>;
const open: Services[] = [];
const clock = steppingClock('2026-05-18T02:00:00Z');

beforeEach(async () => ({ dir: root, cleanup } = await tempDir('briefing-issues-policy-')));
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup();
});

async function start(name: string, policy: Policy): Promise<Services> {
  const loaded: LoadedPolicy = { file: '/etc/briefing-desk/policy.json', status: 'applied', policy };
  const s = await createServices({ dataDir: path.join(root, name), mode: 'cli', clock, policy: loaded });
  open.push(s);
  return s;
}

const bookFile = (names: string[]) => JSON.stringify({ format: 'briefing-desk/address-book', schemaVersion: 1, entries: names.map((name, i) => ({ id: `office-unit-${i + 1}`, kind: 'unit', name })) });

describe('issues under the administrator policy', () => {
  it('a fresh data dir gets the default series with the policy issuer; a user change is kept', async () => {
    const policy: Policy = {
      defaultSeries: { value: { id: 'office-weekly', name: '政务信息' }, locked: false },
      defaultIssuer: { value: '县政府办公室', locked: false },
    };
    const s = await start('pc', policy);
    const { series } = await s.api['series:list']({});
    expect(series.map((x) => [x.id, x.name, x.issuer])).toEqual([['office-weekly', '政务信息', '县政府办公室']]);
    // the user renames it and retires it: the next start does not bring the default back
    await s.api['series:save']({ series: { ...series[0]!, name: '政务信息（周刊）' } });
    await s.api['series:retire']({ id: 'office-weekly', retired: true });
    await s.close();
    open.splice(0);
    const again = await start('pc', policy);
    expect((await again.api['series:list']({ retired: true })).series.map((x) => [x.name, x.retired])).toEqual([['政务信息（周刊）', true]]);
    expect((await again.api['series:list']({})).series).toEqual([]);
  });

  it("seeds the shared address book, merges the office's later additions, keeps local entries and order", async () => {
    const share = path.join(root, 'share');
    await mkdir(share);
    const file = path.join(share, '通讯录.json');
    await writeFile(file, bookFile(['县委办公室', '县人大常委会办公室']));
    const policy: Policy = { addressBookFile: { value: file, locked: true } };
    const s = await start('pc', policy);
    let book = (await s.api['addressBook:get']({})).book;
    expect(book.entries.map((e) => [e.id, e.name])).toEqual([
      ['office-unit-1', '县委办公室'],
      ['office-unit-2', '县人大常委会办公室'],
    ]);
    // the user orders the book and adds a unit only this office sends to
    await s.api['addressBook:set']({ book: { ...book, entries: [book.entries[1]!, book.entries[0]!, { id: 'local-unit-01', kind: 'unit', name: '县档案馆', title: '', unit: '', note: '' }] } });
    await s.close();
    open.splice(0);

    // the office adds a unit to the shared file; the share is read at the next start
    await writeFile(file, bookFile(['县委办公室', '县人大常委会办公室', '县政协办公室']));
    const again = await start('pc', policy);
    book = (await again.api['addressBook:get']({})).book;
    expect(book.entries.map((e) => e.name)).toEqual(['县人大常委会办公室', '县委办公室', '县档案馆', '县政协办公室']);
    await again.close();
    open.splice(0);

    // an unreachable share (a laptop away from the office) changes nothing and is no error
    await writeFile(file, '{ broken');
    const offline = await start('pc', { addressBookFile: { value: path.join(share, 'gone.json'), locked: true } });
    expect((await offline.api['addressBook:get']({})).book.entries).toHaveLength(4);
    await offline.close();
    open.splice(0);
    const broken = await start('pc', policy);
    expect((await broken.api['addressBook:get']({})).book.entries).toHaveLength(4);
  });
});
