import { LOCALES, type Locale } from '../model';
import { check } from './locales/check';
import { common } from './locales/common';
import { importer } from './locales/importer';
import { shell } from './locales/shell';
import type { Bundle, Messages } from './types';

export type { Bundle, Messages } from './types';

/**
 * All namespaces. Each feature owns one file under locales/ so features can grow their strings
 * without touching each other's. Register new namespaces here.
 */
export const BUNDLES = { common, shell, importer, check, export: exportBundle, editor, library, backup, launcher, libraryList, issueCli, tasks, words, policy, issues, issueCopies } satisfies Record<
  string,
  Bundle
>;

/** The zh-CN tree of every namespace, keys kept literal (each bundle `satisfies Bundle`). */
export type Resources = { [K in keyof typeof BUNDLES]: (typeof BUNDLES)[K]['zh-CN'] };
import { backup } from './locales/backup';
import { editor } from './locales/editor';
import { library } from './locales/library';
import { exportBundle } from './locales/export';
import { launcher } from './locales/launcher';
import { libraryList } from './locales/library-list';
import { words } from './locales/words';
import { policy } from './locales/policy';
import { issues } from './locales/issues';
import { issueCopies } from './locales/issue-copies';

export const DEFAULT_LOCALE: Locale = 'zh-CN';
export const NAMESPACES = Object.keys(BUNDLES);

/** i18next `resources` for every locale and namespace. */
export function resources(): Record<Locale, Record<string, Messages>> {
  const out = {} as Record<Locale, Record<string, Messages>>;
  for (const locale of LOCALES) {
    out[locale] = {};
    for (const [ns, bundle] of Object.entries(BUNDLES)) out[locale][ns] = bundle[locale];
  }
  return out;
}

/** Flattened keys (a.b.c) of a message tree, for the missing-key test. */
export function flatKeys(messages: Messages, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatKeys(v, `${prefix}${k}.`)));
}

/** Interpolates {{name}} from params; used outside i18next (CLI, services' messages). */
export function lookup(locale: Locale, key: string, params: Record<string, string | number> = {}, ns = 'common'): string {
  // "words:rules.WRD-01" names its namespace, as i18next's t() reads it in the renderer.
  const colon = key.indexOf(':');
  if (colon > 0) return lookup(locale, key.slice(colon + 1), params, key.slice(0, colon));
  const bundle = (BUNDLES as Record<string, Bundle | undefined>)[ns]?.[locale];
  let node: string | Messages | undefined = bundle;
  for (const part of key.split('.')) node = typeof node === 'object' && node ? node[part] : undefined;
  const template = typeof node === 'string' ? node : key;
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** Picks a UI locale from an OS/browser locale string (zh-Hant, zh-HK and zh-TW -> zh-TW). */
export function pickLocale(tag: string | undefined): Locale {
  const t = (tag ?? '').toLowerCase().replace('_', '-');
  if (t.startsWith('zh')) return /hant|tw|hk|mo/.test(t) ? 'zh-TW' : 'zh-CN';
  if (t.startsWith('en')) return 'en';
  return DEFAULT_LOCALE;
}
import { issueCli } from './locales/issue-cli';
import { tasks } from './locales/tasks';
