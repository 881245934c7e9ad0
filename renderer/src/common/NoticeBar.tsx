import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Notice } from '../../../shared/api';
import { useApi } from './api-context';

/** What the store had to do behind the user's back (a restored backup, a quarantined file), said plainly. */
export function NoticeBar() {
  const { t } = useTranslation();
  const api = useApi();
  const [notices, setNotices] = useState<Notice[]>([]);

  useEffect(() => {
    let live = true;
    api['store:notices']({}).then(
      (r) => live && setNotices(r.notices),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status">
      {notices.map((n) => (
        <div key={n.id} className="notice" data-testid="notice">
          <span>{t(`notices.${n.kind}`, { file: n.file.split(/[\\/]/).pop() })}</span>
          <button
            type="button"
            onClick={() => {
              // a notice that could not be dismissed stays on screen: it is shown again next time anyway
              api['store:dismissNotice']({ id: n.id }).then(
                () => setNotices((all) => all.filter((x) => x.id !== n.id)),
                () => undefined,
              );
            }}
          >
            {t('actions.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
