import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A file path the user may type (browse mode has no file dialog; a path on a USB stick is often
 * quicker typed than clicked to) and, in the app, a Browse button for the native dialog.
 */
export function PathField({
  label,
  value,
  onChange,
  onBrowse,
  disabled,
  testId,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBrowse?: () => void;
  disabled?: boolean;
  testId: string;
  /** The action on this path (Back up), on the same line: the dialog fits a laptop screen. */
  children?: ReactNode;
}) {
  const { t } = useTranslation('backup');
  return (
    <div className="backup-path">
      <label>
        {label}
        <input value={value} maxLength={4096} spellCheck={false} disabled={disabled} onChange={(e) => onChange(e.target.value)} data-testid={testId} />
      </label>
      {onBrowse && (
        <button type="button" onClick={onBrowse} disabled={disabled} data-testid={`${testId}-browse`}>
          {t('dialog.browse')}
        </button>
      )}
      {children}
    </div>
  );
}
