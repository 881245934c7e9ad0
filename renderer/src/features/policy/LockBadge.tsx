import { useTranslation } from 'react-i18next';
import './policy.css';

/**
 * A padlock drawn as SVG: the 🔒 emoji needs an emoji font, which Debian, UOS and Kylin desktops
 * often lack (it showed as an empty box).
 */
export function LockIcon() {
  return (
    <svg className="lock-icon" width="11" height="12" viewBox="0 0 11 12" aria-hidden="true" focusable="false">
      <path d="M2.5 5V3.5a3 3 0 0 1 6 0V5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <rect x="0.5" y="5" width="10" height="6.5" rx="1.2" fill="currentColor" />
    </svg>
  );
}

/** Marks a setting the administrator's policy locks: a padlock and the words, with the reason on hover. */
export function LockBadge() {
  const { t } = useTranslation('policy');
  return (
    <span className="lock-badge" title={t('lockedHint')} data-testid="locked">
      <LockIcon /> {t('locked')}
    </span>
  );
}
