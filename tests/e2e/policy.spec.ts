import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { startHost, type Host } from '../../electron/host/server';
import { createServices, type Services } from '../../electron/services';
import { loadPolicy } from '../../electron/services/policy/load';
import { lookup } from '../../shared/i18n';
import { tempDir } from '../helpers/tmp';
import { docScreenshot } from './screenshot';

/**
 * The administrator's policy file in the UI: a policy in a test data root (etc/briefing-desk/
 * policy.json, named by BRIEFING_POLICY_FILE as the services read it), the real services and host,
 * the built renderer in Debian Chromium. Locked settings show as locked and cannot be changed;
 * a malformed file is reported and nothing of it applies.
 */
const test = base.extend<{ withPolicy: (policy: unknown) => Promise<{ host: Host; services: Services; root: string }> }>({
  // eslint-disable-next-line no-empty-pattern
  withPolicy: async ({}, use) => {
    const { dir, cleanup } = await tempDir('briefing-e2e-policy-');
    const started: { host: Host; services: Services }[] = [];
    await use(async (policy) => {
      const file = path.join(dir, 'etc', 'briefing-desk', 'policy.json');
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, typeof policy === 'string' ? policy : JSON.stringify(policy, null, 2));
      const loaded = await loadPolicy({ platform: process.platform, env: { BRIEFING_POLICY_FILE: file, USER: 'wang' }, home: path.join(dir, 'home') });
      const dataDir = path.join(dir, 'data');
      const services = await createServices({ dataDir, mode: 'browser', version: 'e2e', policy: loaded });
      const host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.resolve('out/renderer') });
      started.push({ host, services });
      return { host, services, root: dir };
    });
    for (const s of started) {
      await s.host.close();
      await s.services.close();
    }
    await cleanup();
  },
});

const zhTW = (key: string, params: Record<string, string | number> = {}) => lookup('zh-TW', key, params, 'policy');

test('locked settings show as locked, in the language the policy sets, and cannot be changed', async ({ page, withPolicy }) => {
  const { host, services, root } = await withPolicy({
    comment: '市政府办公室统一配置',
    uiLanguage: { value: 'zh-TW', locked: true },
    defaultIssuer: { value: '市人民政府辦公室', locked: true },
    defaultSeries: { id: 'zwxx', name: '政務信息' },
    exportDir: '${HOME}/匯出',
    templatesDir: { value: '/mnt/share/範本', locked: true },
    backup: { value: { dir: '${HOME}/備份', intervalHours: 24, keep: 7 }, locked: true },
    allowWriteOutsideDataDir: { value: false, locked: true },
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  // the locked language is the UI's, and its menu is greyed out
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-TW');
  await expect(page.getByTestId('locale')).toBeDisabled();

  await page.getByTestId('settings-open').click();
  const dialog = page.getByTestId('settings-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByTestId('policy-source')).toContainText(path.join(root, 'etc', 'briefing-desk', 'policy.json'));
  for (const key of ['uiLanguage', 'defaultIssuer', 'templatesDir', 'backup', 'allowWriteOutsideDataDir']) {
    await expect(dialog.getByTestId(`row-${key}`).getByTestId('locked'), key).toHaveText(zhTW('locked'));
  }
  // unlocked: the administrator's default, no padlock
  for (const key of ['exportDir', 'defaultSeries']) {
    await expect(dialog.getByTestId(`row-${key}`).getByTestId('locked')).toHaveCount(0);
    await expect(dialog.getByTestId(`row-${key}`)).toContainText(zhTW('fromPolicy'));
  }
  await expect(dialog.getByTestId('settings-issuer')).toHaveValue('市人民政府辦公室');
  await expect(dialog.getByTestId('settings-issuer')).toBeDisabled();
  await expect(dialog.getByTestId('settings-locale')).toBeDisabled();
  await expect(dialog.getByTestId('value-exportDir')).toHaveText(path.join(root, 'home', '匯出'));
  await expect(dialog.getByTestId('value-defaultSeries')).toHaveText('政務信息');
  // the automatic backup has run (due at once) and says so
  await expect(dialog.getByTestId('auto-backup-status')).toContainText(zhTW('autoBackup.next', { at: '' }).replace(/：$/, ''));
  await docScreenshot(page, 'settings-policy-locked-zh-TW');

  // the services refuse what the UI greys out (as a script on the page would ask)
  await expect(services.api['settings:set']({ settings: { locale: 'en' } })).rejects.toMatchObject({ code: 'policyLocked' });
  await expect(services.api['settings:set']({ settings: { issuer: '別的單位' } })).rejects.toMatchObject({ code: 'policyLocked' });
  expect((await services.api['settings:get']({})).settings).toMatchObject({ locale: 'zh-TW', issuer: '市人民政府辦公室' });
});

test('a malformed policy file is reported and nothing of it applies', async ({ page, withPolicy }) => {
  const { host } = await withPolicy({ uiLanguage: { value: 'en', locked: true }, backup: { dir: 'relative/备份', intervalHours: 24, keep: 7 } });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('locale')).toBeEnabled();
  await page.getByTestId('settings-open').click();
  const dialog = page.getByTestId('settings-dialog');
  const problem = dialog.getByTestId('policy-problem');
  await expect(problem).toContainText(lookup('zh-CN', 'problem.title', {}, 'policy'));
  await expect(problem).toContainText('backup.dir');
  await expect(dialog.getByTestId('locked')).toHaveCount(0);
  await expect(dialog.getByTestId('settings-locale')).toBeEnabled();
  await docScreenshot(page, 'settings-policy-invalid-zh-CN');
});
