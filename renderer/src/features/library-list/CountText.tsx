import { useTranslation } from 'react-i18next';
import { useFormat } from '../../common/format';
import type { CountLine } from './filter';

/** The count beside the library's title: all documents, the matches, or a capped search said honestly. */
export function CountText({ count }: { count: CountLine }) {
  const { t } = useTranslation(['common', 'library', 'libraryList']);
  const n = useFormat().number;
  switch (count.key) {
    case 'all':
      return <>{t('library.count', { count: count.count })}</>;
    case 'found':
      return <>{t('library:search.found', { count: count.count })}</>;
    case 'capped':
      return <>{t('libraryList:capped', { total: n(count.total), shown: n(count.shown) })}</>;
    case 'cappedFiltered':
      return <>{t('libraryList:cappedFiltered', { total: n(count.total), limit: n(count.limit), shown: n(count.shown) })}</>;
  }
}
