import { useTranslation } from 'react-i18next';
import { copyNumberText } from '../../../../shared/layout';
import { copyNumbersOf, isCopyRange, parseCopyRange, type CopyRange, type Issue, type Series } from '../../../../shared/model';

/** The composer's numbered-copies choice: off, or the range as typed (21-40). */
export interface NumberedChoice {
  on: boolean;
  text: string;
}

/** 1-N from the issue's printed copy count (or the series' default); 1-1 when neither says. */
export function defaultRangeText(issue: Pick<Issue, 'copies'>, series: Pick<Series, 'copies'> | undefined): string {
  const n = issue.copies || series?.copies || 1;
  return `1-${n}`;
}

/**
 * The range to export, null when the choice is off, or the one-line reason in the UI language
 * (checked here before any request: the contract and the service check the same rule again).
 */
export function chosenRange(choice: NumberedChoice, t: (key: string, params?: Record<string, unknown>) => string): CopyRange | null | { error: string } {
  if (!choice.on) return null;
  const parsed = parseCopyRange(choice.text);
  if (isCopyRange(parsed)) return parsed;
  const { code, ...params } = parsed;
  return { error: t(`errors.${code}`, params) };
}

/**
 * Numbered copies in the composer's export bar: shown only for a controlled series (one that prints
 * a copy number); the range defaults to 1…the printed copy count and can be changed for a reprint
 * (21-40).
 */
export function NumberedCopies({ series, value, onChange }: { series: Series | undefined; value: NumberedChoice; onChange: (v: NumberedChoice) => void }) {
  const { t } = useTranslation('issueCopies');
  if (!series?.layout.copyNumbers) return null;
  const parsed = value.on ? parseCopyRange(value.text) : null;
  const range = parsed && isCopyRange(parsed) ? copyNumbersOf(parsed) : [];
  return (
    <div className="numbered-copies" data-testid="numbered-copies">
      <label>
        <input type="checkbox" checked={value.on} onChange={(e) => onChange({ ...value, on: e.target.checked })} data-testid="numbered-copies-on" />
        {t('numbered')}
      </label>
      {value.on && (
        <label>
          {t('range')}
          <input
            type="text"
            value={value.text}
            placeholder={t('rangeHint')}
            title={t('rangeHint')}
            size={14}
            onChange={(e) => onChange({ ...value, text: e.target.value })}
            data-testid="numbered-copies-range"
          />
        </label>
      )}
      {range.length > 0 && (
        <span className="hint" data-testid="numbered-copies-summary">
          {t('summary', { count: range.length, first: copyNumberText(range[0]!), last: copyNumberText(range[range.length - 1]!) })}
        </span>
      )}
    </div>
  );
}
