import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLES } from '../../shared/i18n';
// @ts-expect-error -- a plain .mjs tool (checked with @ts-check), run by `npm run lint`
import { keyUses, resolves, unknownKeys } from '../../tools/i18n-keys.mjs';

/**
 * The i18n key check (tools/i18n-keys.mjs, a stage of `npm test`): every key the code names is in
 * the bundles. Planted modules show it fails; this tree must pass it.
 */
const zh = Object.fromEntries(Object.entries(BUNDLES).map(([ns, b]) => [ns, b['zh-CN']]));
type Use = { key: string; partial: boolean; namespaces: string[]; line: number };
const uses = (text: string, name = 'x.tsx'): Use[] => keyUses(name, text);
const bad = (text: string): string[] =>
  uses(text)
    .filter((u) => !resolves(zh, u))
    .map((u) => u.key);

describe('the i18n key check', () => {
  it('resolves keys against the namespace of useTranslation, and ns: prefixes', () => {
    const text = [
      "import { useTranslation } from 'react-i18next';",
      "const { t } = useTranslation('editor');",
      "t('meta.name'); t('common:kind.minutes'); t('meta.noSuchKey'); t('library:nope.deeper');",
      "t('kind.minutes', { ns: 'common' }); t('meta.name', { ns: 'common' });",
    ].join('\n');
    expect(bad(text)).toEqual(['meta.noSuchKey', 'library:nope.deeper', 'meta.name']);
  });

  it('defaults to the common namespace and checks the fixed head of a template key', () => {
    const text = ["import { useTranslation } from 'react-i18next';", 'const { t } = useTranslation();', 't(`kind.${k}`); t(`nokind.${k}`); t(`common:${code}`);'].join('\n');
    expect(bad(text)).toEqual(['nokind']);
    expect(uses(text).map((u) => u.line)).toEqual([3, 3]);
  });

  it('reads lookup() calls, and ignores a local t in a module without i18next', () => {
    const text = [
      "import { lookup } from '../shared/i18n';",
      "const t = (key: string) => lookup('en', `menu.${key}`, {}, 'shell');",
      "t('about'); lookup('zh-CN', 'app.name'); lookup('en', 'menu.nothing', {}, 'shell');",
    ].join('\n');
    expect(bad(text)).toEqual(['menu.nothing']);
  });

  it('finds no unknown key in the renderer and the Electron code', async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    expect(await unknownKeys([path.join(root, 'renderer/src'), path.join(root, 'electron')], zh)).toEqual([]);
  });
});
