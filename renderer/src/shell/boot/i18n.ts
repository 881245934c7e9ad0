import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LOCALE, NAMESPACES, resources } from '../../../../shared/i18n';
import type { Locale } from '../../../../shared/model';

/** i18next over the shared bundles. Missing keys are reported loudly in development. */
export async function initI18n(locale: Locale = DEFAULT_LOCALE): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: resources(),
    lng: locale,
    fallbackLng: false,
    ns: NAMESPACES,
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes; document text is never HTML
    returnNull: false,
    saveMissing: false,
  });
  return instance;
}
