import { memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../../shared/check';
import type { Briefing } from '../../../../shared/model';
import { fk } from '../../common/edit-state';
import { fixedByFixAll } from '../../../../shared/check/apply';
import { useCheck } from './CheckProvider';
import { isCurrent } from './fixes';
import { acceptedWordOf } from './useAccepted';
import './check.css';

/** Findings listed per rule; a long list shows this many per rule (the count and fix-all cover all). */
const SHOWN_PER_RULE = 100;

/**
 * The problems panel: a pill with the count that opens a list grouped by rule, each group with
 * "fix all of this kind", each finding with go-to, fix and dismiss-for-this-document.
 */
// Memoised: it reads the settled document, so the editor's per-keystroke renders skip it.
export const ProblemsPanel = memo(function ProblemsPanel({ doc }: { doc: Briefing }) {
  const { t, i18n } = useTranslation('check');
  const check = useCheck();
  // null: follow the findings (open while there are some); a click makes it the user's choice.
  const [chosen, setOpen] = useState<boolean | null>(null);
  const n = new Intl.NumberFormat(i18n.language);
  const groups = useMemo(() => {
    const map = new Map<string, Diagnostic[]>();
    for (const d of check?.diagnostics ?? []) map.set(d.rule, [...(map.get(d.rule) ?? []), d]);
    return [...map.entries()];
  }, [check?.diagnostics]);
  if (!check) return null;
  const count = check.diagnostics.length;
  const open = chosen ?? count > 0;

  if (!open)
    return (
      <button type="button" className={`problems-pill${count ? ' has' : ''}`} onClick={() => setOpen(true)} data-testid="problems-open">
        {t('panel.show', { count, n: n.format(count) })}
      </button>
    );

  return (
    <aside className="problems" aria-label={t('panel.title')} data-testid="problems">
      <header className="problems-head">
        <strong>{t('panel.title')}</strong>
        <span data-testid="problem-count" data-count={count}>
          {count ? t('panel.count', { count, n: n.format(count) }) : t('panel.empty')}
        </span>
        {check.running && <span className="muted">{t('panel.checking')}</span>}
        {check.wordsPending && (
          <span className="muted" data-testid="words-pending">
            {t('words:pending')}
          </span>
        )}
        <span className="spacer" />
        <button type="button" onClick={() => setOpen(false)}>
          {t('panel.hide')}
        </button>
      </header>
      {check.error && (
        <p className="problems-error" role="alert">
          {t('panel.failed', { reason: check.error })}
        </p>
      )}
      <div className="problems-list">
        {groups.map(([rule, list]) => (
          <RuleGroup key={rule} rule={rule} list={list} doc={doc} />
        ))}
      </div>
      {check.dismissedCount > 0 && (
        <footer className="problems-foot">
          <span className="muted">{t('panel.dismissed', { count: check.dismissedCount, n: n.format(check.dismissedCount) })}</span>
          <button type="button" onClick={check.restoreDismissed} data-testid="problems-restore">
            {t('panel.restore')}
          </button>
        </footer>
      )}
    </aside>
  );
});

function RuleGroup({ rule, list, doc }: { rule: string; list: Diagnostic[]; doc: Briefing }) {
  const { t, i18n } = useTranslation('check');
  const check = useCheck()!;
  // What fix-all would apply: a word rule's warnings are left for one-by-one review (shared/check/apply.ts).
  const fixable = list.filter(fixedByFixAll).length;
  const first = list[0]!;
  return (
    <section className={`problem-group sev-${first.severity}`} data-testid={`problem-group-${rule}`} data-rule={rule}>
      <div className="problem-group-head">
        <span className={`sev sev-${first.severity}`}>{t(`severity.${first.severity}`)}</span>
        <code>{rule}</code>
        <span className="muted">{new Intl.NumberFormat(i18n.language).format(list.length)}</span>
        <span className="spacer" />
        {fixable > 1 && (
          <button type="button" onClick={() => check.fixAll(rule)} data-testid={`fix-all-${rule}`} title={t(rule.startsWith('WRD-') ? 'panel.fixAllWords' : 'panel.fixAll')}>
            {t('panel.fixAllCount', { count: fixable })}
          </button>
        )}
      </div>
      <ul>
        {list.slice(0, SHOWN_PER_RULE).map((d, i) => (
          <ProblemRow key={`${d.location.field}:${d.location.sectionId}:${d.location.paragraph}:${d.location.offset}:${i}`} d={d} doc={doc} />
        ))}
      </ul>
    </section>
  );
}

function ProblemRow({ d, doc }: { d: Diagnostic; doc: Briefing }) {
  const { t } = useTranslation(['check', 'common']);
  const check = useCheck()!;
  const stale = !check.checked || !isCurrent(d, check.checked, doc);
  const where = describeLocation(t, d, doc);
  return (
    <li className={stale ? 'stale' : undefined} data-testid="problem" title={stale ? t('panel.stale') : undefined}>
      <button type="button" className="problem-text" onClick={() => goTo(d)} title={t('panel.goTo')}>
        <span className="problem-where">{where}</span>
        <span>{t(d.message, d.params)}</span>
      </button>
      <span className="problem-actions">
        {d.fix && (
          <button type="button" disabled={stale} onClick={() => check.fix(d)} data-testid="problem-fix">
            {t('panel.fix')}
          </button>
        )}
        <button type="button" onClick={() => check.dismiss(d)} data-testid="problem-dismiss" title={t('panel.dismiss')}>
          {t('panel.dismiss')}
        </button>
        {acceptedWordOf(d) && (
          <button type="button" onClick={() => check.accept(d)} data-testid="problem-accept" title={t('words:accepted.acceptTitle')}>
            {t('words:accepted.accept')}
          </button>
        )}
      </span>
    </li>
  );
}

function describeLocation(t: ReturnType<typeof useTranslation>['t'], d: Diagnostic, doc: Briefing): string {
  const loc = d.location;
  const section = doc.sections.find((s) => s.id === loc.sectionId);
  const parts = [t(`check:field.${loc.field}`)];
  if (section && (section.lead || section.heading)) parts.push(section.lead || section.heading);
  if (loc.field === 'paragraph') parts.push(t('check:panel.location', { paragraph: loc.paragraph + 1 }));
  if (loc.field === 'item') parts.push(t('check:panel.item', { n: loc.paragraph + 1 }));
  return parts.join(' · ');
}

/** Focuses the field and selects the flagged stretch, using the editor's focus keys. */
function goTo(d: Diagnostic): void {
  const loc = d.location;
  const key =
    loc.field === 'title'
      ? fk.title
      : loc.field === 'paragraph'
        ? fk.paragraph(loc.sectionId, loc.paragraph)
        : loc.field === 'lead'
          ? fk.lead(loc.sectionId)
          : loc.field === 'heading'
            ? fk.heading(loc.sectionId)
            : loc.field === 'item' && loc.itemId
              ? fk.item(loc.itemId, 'text')
              : '';
  const el = key ? document.querySelector<HTMLElement>(`[data-fk="${CSS.escape(key)}"]`) : null;
  if (!el) return;
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) el.setSelectionRange(loc.offset, loc.offset + loc.length);
  el.scrollIntoView({ block: 'center' });
}
