import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Dates and numbers in the UI language (document text keeps its own conventions). */
export function useFormat() {
  const { i18n } = useTranslation();
  const lang = i18n.language;
  return useMemo(() => {
    const dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    // A meeting date is a calendar date, not an instant: format it in UTC so it never shifts a day.
    const date = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    const number = new Intl.NumberFormat(lang);
    return {
      dateTime: (iso: string) => (iso ? dateTime.format(new Date(iso)) : ''),
      date: (isoDate: string) => (/^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? date.format(new Date(`${isoDate}T00:00:00Z`)) : isoDate),
      number: (n: number) => number.format(n),
    };
  }, [lang]);
}
