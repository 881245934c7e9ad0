import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { NAMESPACES, resources } from '../../shared/i18n';
import { cachedTranslator } from '../../renderer/src/common/use-cached-t';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.init({ resources: resources(), lng: 'en', ns: NAMESPACES, defaultNS: 'editor', interpolation: { escapeValue: false } });
});

/** The real i18next `t`, counting its calls. */
function counting(): { t: TFunction; calls: () => number } {
  let n = 0;
  const t = ((...args: Parameters<typeof i18n.t>) => {
    n++;
    return i18n.t(...args);
  }) as TFunction;
  return { t, calls: () => n };
}

describe('cached translator (the editor re-renders after every keystroke)', () => {
  it('gives what i18next gives, with and without values, plurals included', () => {
    const { t } = counting();
    const cached = cachedTranslator(t);
    const calls: [string, Record<string, unknown>?][] = [
      ['undo'],
      ['stats.chars', { n: '10,849' }],
      ['stats.laidOut', { n: '1', count: 1 }],
      ['stats.laidOut', { n: '20', count: 20 }],
      ['section.paragraphLabel', { n: 3 }],
      ['common:sectionKind.directive'],
      ['titleTooLong', { max: '60', count: '61' }],
    ];
    for (const [key, options] of calls) {
      const want = options ? i18n.t(key, options) : i18n.t(key);
      expect(cached(key, options), key).toBe(want);
      expect(cached(key, options), `${key}, second call`).toBe(want); // from the cache, the same text
    }
  });

  it('asks i18next once per message and values, again when a value changes', () => {
    const { t, calls } = counting();
    const cached = cachedTranslator(t);
    for (let k = 0; k < 50; k++) cached('stats.chars', { n: '10,849' });
    expect(calls()).toBe(1);
    expect(cached('stats.chars', { n: '10,850' })).toBe(i18n.t('stats.chars', { n: '10,850' }));
    expect(calls()).toBe(2);
  });

  it('keeps a count apart from the same digits as text (they may pick different plural forms)', () => {
    const { t, calls } = counting();
    const cached = cachedTranslator(t);
    cached('stats.laidOut', { n: '1', count: 1 });
    cached('stats.laidOut', { n: '1', count: '1' });
    expect(calls()).toBe(2);
  });

  it('does not cache a call whose values are objects (their contents may change under the same reference)', () => {
    const { t, calls } = counting();
    const cached = cachedTranslator(t);
    const values = { n: '1' };
    cached('stats.chars', { nested: values, n: '1' });
    cached('stats.chars', { nested: values, n: '1' });
    expect(calls()).toBe(2);
  });
});
