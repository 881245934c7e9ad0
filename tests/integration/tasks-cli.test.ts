import ExcelJS from 'exceljs';
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-tasks-cli-')));
afterAll(async () => cleanup());

function briefing(args: string[]) {
  const r = spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), ...args], { encoding: 'utf8', env: { ...process.env, BRIEFING_LANG: 'en' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const FIXTURE = path.resolve('tests/fixtures/tasks/report-with-actions.txt');

describe('briefing add and briefing tasks', () => {
  it('stores an imported report and lists its tasks with parsed deadlines, as JSON and filtered', async () => {
    const lib = path.join(dir, 'lib');
    const imported = briefing(['import', FIXTURE, '--json']);
    expect(imported.code).toBe(0);
    const file = path.join(dir, 'doc.json');
    await writeFile(file, imported.out);
    const added = briefing(['add', file, '--data-dir', lib]);
    expect(added.code, added.err).toBe(0);

    const listed = briefing(['tasks', '--json', '--data-dir', lib]);
    expect(listed.code, listed.err).toBe(0);
    const { tasks } = JSON.parse(listed.out) as { tasks: Record<string, unknown>[] };
    expect(Object.keys(tasks[0]!).sort()).toEqual(['documentId', 'dueDate', 'due', 'itemId', 'overdue', 'owner', 'status', 'text'].sort());
    const byOwner = Object.fromEntries(tasks.map((t) => [String(t.owner).split('牵头')[0], t]));
    // meeting on 2025-03-01 (read from the report)
    expect(byOwner['市住建局']).toMatchObject({ owner: '市住建局牵头，市财政局配合', dueDate: '2025-03-31', status: 'notStarted', overdue: true });
    expect(byOwner['市水务局']).toMatchObject({ dueDate: '2025-05-20' });
    expect(byOwner['市发改委']).toMatchObject({ dueDate: null, overdue: false });
    expect(byOwner['市应急局']).toMatchObject({ dueDate: '2025-03-14' });
    expect(byOwner['市教育局']).toMatchObject({ dueDate: '2026-02-16' });

    const owned = JSON.parse(briefing(['tasks', '--json', '--owner', '市财政局', '--data-dir', lib]).out) as { tasks: unknown[] };
    expect(owned.tasks).toHaveLength(1);
    const overdue = JSON.parse(briefing(['tasks', '--json', '--overdue', '--data-dir', lib]).out) as { tasks: { overdue: boolean }[] };
    expect(overdue.tasks.length).toBe(4); // all but the ongoing one are past by now
    expect(overdue.tasks.every((t) => t.overdue)).toBe(true);

    // the same JSON again is a new revision of the same document, not a second document
    const shown = briefing(['show', String(tasks[0]!.documentId), '--data-dir', lib]);
    const doc = JSON.parse(shown.out) as { sections: { items: { text: string }[] }[] };
    doc.sections.find((s) => s.items.length)!.items.pop();
    await writeFile(file, JSON.stringify(doc));
    expect(briefing(['add', file, '--data-dir', lib]).out).toContain('revision 2');
    expect(JSON.parse(briefing(['list', '--json', '--data-dir', lib]).out)).toHaveLength(1);
    const after = JSON.parse(briefing(['tasks', '--json', '--data-dir', lib]).out) as { tasks: unknown[] };
    expect(after.tasks).toHaveLength(4); // the removed item's task is marked deleted, not listed
  });

  it('exports the register as XLSX and refuses a bad format or file in one line', async () => {
    const lib = path.join(dir, 'lib2');
    const file = path.join(dir, 'doc2.json');
    await writeFile(file, briefing(['import', FIXTURE, '--json']).out);
    briefing(['add', file, '--data-dir', lib]);
    const out = path.join(dir, 'register.xlsx');
    const res = briefing(['tasks', '--export', 'xlsx', '--out', out, '--data-dir', lib]);
    expect(res.code, res.err).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets[0]!.rowCount).toBe(6);

    // the PDF with its 督办单位 in the title block
    const pdf = path.join(dir, 'register.pdf');
    const printed = briefing(['tasks', '--export', 'pdf', '--out', pdf, '--issuer', '市政府督查室', '--data-dir', lib]);
    expect(printed.code, printed.err).toBe(0);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/市政府督查室\s+截至/);

    const bad = briefing(['tasks', '--export', 'csv', '--out', out, '--data-dir', lib]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim().split('\n')).toHaveLength(1);
    const broken = path.join(dir, 'broken.json');
    await writeFile(broken, '{"title": 1}');
    const refused = briefing(['add', broken, '--data-dir', lib]);
    expect(refused.code).toBe(2);
    expect(refused.err.trim().split('\n')).toHaveLength(1);
  });
});
