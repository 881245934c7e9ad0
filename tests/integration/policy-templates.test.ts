import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../shared/api';
import type { LoadedPolicy, Template } from '../../shared/model';
import { BUILTIN_TEMPLATES } from '../../shared/templates';
import { templateFileText } from '../../shared/templates/file';
import { createServices } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

/**
 * The policy's shared, read-only templates folder (a network share): its template files are
 * offered beside the built-in ones, new documents can be made from them, nobody can change or
 * delete them from the app, and a broken file there hides nothing else.
 */
let dir = '';
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-shared-templates-')));
afterAll(async () => cleanup());

const base = BUILTIN_TEMPLATES[0]!;
const shared = (id: string, name: string): Template => ({ ...base, id, name, builtIn: false });

describe('shared templates from the policy', () => {
  it('lists them read-only, creates from them, and skips broken files', async () => {
    const share = path.join(dir, 'share', '公文模板');
    await mkdir(share, { recursive: true });
    await writeFile(path.join(share, '办公室.json'), templateFileText([shared('office-minutes', '办公室会议纪要'), shared('office-brief', '政务信息简报')]));
    await writeFile(path.join(share, 'broken.json'), '{ "format": ');
    await writeFile(path.join(share, 'other.json'), JSON.stringify({ format: 'something-else', templates: [shared('x', 'x')] }));
    await writeFile(path.join(share, 'bad-template.json'), templateFileText([{ ...shared('bad', 'bad'), name: '' } as Template]));
    const policy: LoadedPolicy = { file: '/etc/briefing-desk/policy.json', status: 'applied', policy: { templatesDir: { value: share, locked: true } } };
    const s = await createServices({ dataDir: path.join(dir, 'lib'), mode: 'browser', policy });
    try {
      const { templates } = await s.api['templates:list']({});
      const fromShare = templates.filter((t) => t.id.startsWith('office-'));
      expect(fromShare.map((t) => [t.id, t.name, t.builtIn])).toEqual([
        ['office-minutes', '办公室会议纪要', true],
        ['office-brief', '政务信息简报', true],
      ]);
      expect(templates.map((t) => t.id)).not.toContain('x');
      expect(templates.map((t) => t.id)).not.toContain('bad');

      const { doc } = await s.api['docs:create']({ templateId: 'office-brief', title: '第 1 期' });
      expect(doc.templateId).toBe('office-brief');

      const save = await dispatch(s.api, 'templates:save', { template: { ...fromShare[0]!, builtIn: false, name: '改过的' } });
      expect(save).toMatchObject({ ok: false, error: { code: 'builtInTemplate' } });
      const del = await dispatch(s.api, 'templates:delete', { id: 'office-minutes' });
      expect(del).toMatchObject({ ok: false, error: { code: 'builtInTemplate' } });
    } finally {
      await s.close();
    }
  });

  it('lists the built-in templates only when the share cannot be reached', async () => {
    const policy: LoadedPolicy = { file: '', status: 'applied', policy: { templatesDir: { value: path.join(dir, 'offline-share'), locked: true } } };
    const s = await createServices({ dataDir: path.join(dir, 'lib-2'), mode: 'browser', policy });
    try {
      expect((await s.api['templates:list']({})).templates).toEqual(BUILTIN_TEMPLATES);
    } finally {
      await s.close();
    }
  });
});
