import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api';
import { BUNDLES, flatKeys, lookup, pickLocale } from '../../shared/i18n';
import { LOCALES } from '../../shared/model';

describe('i18n bundles', () => {
  for (const [ns, bundle] of Object.entries(BUNDLES)) {
    it(`namespace ${ns} has the same keys in zh-CN, zh-TW and en, none empty`, () => {
      const reference = flatKeys(bundle['zh-CN']).sort();
      expect(reference.length).toBeGreaterThan(0);
      for (const locale of LOCALES) {
        const keys = flatKeys(bundle[locale]).sort();
        expect({ locale, missing: reference.filter((k) => !keys.includes(k)), extra: keys.filter((k) => !reference.includes(k)) }).toEqual({ locale, missing: [], extra: [] });
        for (const k of keys) expect(lookup(locale, k, {}, ns).trim(), `${locale}:${ns}:${k}`).not.toBe('');
      }
    });
  }

  it('has a message for every error code in every language', () => {
    for (const locale of LOCALES) for (const code of ERROR_CODES) expect(lookup(locale, `errors.${code}`)).not.toBe(`errors.${code}`);
  });

  it('interpolates and picks the locale from OS tags', () => {
    expect(lookup('en', 'errors.locked', { pid: 42 })).toContain('pid 42');
    expect(pickLocale('zh-Hant-TW')).toBe('zh-TW');
    expect(pickLocale('zh_HK')).toBe('zh-TW');
    expect(pickLocale('zh-CN')).toBe('zh-CN');
    expect(pickLocale('en-US')).toBe('en');
    expect(pickLocale('fr')).toBe('zh-CN');
  });
});
