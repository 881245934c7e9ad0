import { lookup } from '../i18n';
import type { NoticeContent } from '../layout/register';
import type { Locale } from '../model';
import type { TaskRow } from './model';
import { chineseDay, dueCell, sourceCell, textCell, unitsCell, type Column } from './sheet';
import { isOpen } from './view';

/**
 * 督办通知单 (the open tasks a unit leads) and 催办单 (those of them past their deadline) as content
 * for the one-page form (design note §7). The lead unit reports for all: the other units of each
 * task are named in their own column.
 */
export function noticeContent(rows: readonly TaskRow[], unit: string, kind: 'notice' | 'reminder', opts: { locale: Locale; today: string; issuer?: string }): NoticeContent {
  const t = (key: string, params: Record<string, string | number> = {}) => lookup(opts.locale, key, params, 'tasks');
  const mine = rows.filter((r) => isOpen(r) && r.leadUnits.includes(unit) && (kind === 'notice' || r.overdue));
  const last: Column =
    kind === 'notice' ? { key: 'units', caption: t('columns.units'), widthMm: 33.4, align: 'left' } : { key: 'status', caption: t('columns.status'), widthMm: 33.4, align: 'center' };
  const columns: Column[] = [
    { key: 'seq', caption: t('columns.seq'), widthMm: 11.1, align: 'center' },
    { key: 'text', caption: t('columns.text'), widthMm: 83.6, align: 'left' },
    { key: 'due', caption: t('columns.due'), widthMm: 27.9, align: 'center' },
    last,
  ];
  return {
    title: t(kind === 'notice' ? 'notice.titleNotice' : 'notice.titleReminder'),
    unit,
    to: `${t('notice.to')}${unit}`,
    intro: t(kind === 'notice' ? 'notice.intro' : 'notice.introReminder'),
    columns,
    cells: mine.map((r, i) => [
      String(i + 1),
      // 督办编号, the task, and where it comes from (事项来源), as the form's fields
      `${textCell(r)}\n${t('notice.source', { source: sourceCell(r).replace(/\n/g, ' ') })}`,
      dueCell(r, opts.locale),
      kind === 'notice' ? unitsCell(r, opts.locale, false) : t('notice.days', { days: r.daysOverdue }),
    ]),
    feedback: t('notice.feedback'),
    issuerLabel: t('notice.issuer'),
    issuer: opts.issuer ?? '',
    date: chineseDay(opts.today, opts.locale),
  };
}
