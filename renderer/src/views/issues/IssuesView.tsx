import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { IssueList } from '../../features/issue-list';
import { Composer } from './Composer';
import './issues.css';

/** The issues page (briefing issues): every issue (searchable), or the composer of one. */
export function IssuesView({ openId, onOpen }: { openId?: string; onOpen: (id: string | undefined) => void }) {
  const { t } = useTranslation('issues');
  const [query, setQuery] = useState('');
  if (openId) return <Composer key={openId} id={openId} onClose={() => onOpen(undefined)} />;
  return (
    <div className="issues-view" data-testid="issues-view">
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('list.search')} aria-label={t('list.search')} data-testid="issue-search" />
      <IssueList query={query} onOpen={onOpen} />
    </div>
  );
}
