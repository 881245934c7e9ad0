import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { recipientName, type AddressEntry, type DistributionLists, type Recipient } from '../../../../shared/model';

const LISTS = ['report', 'send', 'issue', 'extra'] as const;
const LABEL = { report: 'to', send: 'send', issue: 'issue', extra: 'extra' } as const;

/** The report-to / send-to / issue-to / also-to-this-issue lists of an issue: address-book entries or free text, in the order added. */
export function Distribution({ value, book, disabled, onChange }: { value: DistributionLists; book: readonly AddressEntry[]; disabled: boolean; onChange: (v: DistributionLists) => void }) {
  const { t } = useTranslation('issues');
  const [free, setFree] = useState<Record<string, string>>({});
  const add = (list: (typeof LISTS)[number], r: Recipient) => onChange({ ...value, [list]: [...value[list], r] });
  return (
    <fieldset className="distribution" disabled={disabled}>
      <legend>{t('composer.distribution')}</legend>
      {LISTS.map((list) => (
        <div key={list} className="distribution-list" data-testid={`dist-${list}`}>
          <span className="label">{t(`composer.${LABEL[list]}`)}：</span>
          {value[list].map((r, i) => (
            <span key={i} className="chip">
              {recipientName(r, book)}
              <button type="button" aria-label={`${t('address.remove')} ${recipientName(r, book)}`} onClick={() => onChange({ ...value, [list]: value[list].filter((_, j) => j !== i) })}>
                ×
              </button>
            </span>
          ))}
          <select value="" aria-label={`${t(`composer.${LABEL[list]}`)} ${t('composer.addRecipient')}`} onChange={(e) => e.target.value && add(list, { type: 'entry', entryId: e.target.value })}>
            <option value="">{t('composer.addRecipient')}</option>
            {book.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <input
            value={free[list] ?? ''}
            placeholder={t('composer.addText')}
            aria-label={`${t(`composer.${LABEL[list]}`)} ${t('composer.addText')}`}
            onChange={(e) => setFree({ ...free, [list]: e.target.value })}
            onKeyDown={(e) => {
              const text = (free[list] ?? '').trim();
              if (e.key === 'Enter' && text) {
                e.preventDefault();
                add(list, { type: 'text', text });
                setFree({ ...free, [list]: '' });
              }
            }}
          />
        </div>
      ))}
    </fieldset>
  );
}
