import { useTranslation } from 'react-i18next';
import type { Briefing, Person, Section } from '../../../../shared/model';
import type { ImportResponse } from './useImport';

/** The structured draft as recognised: the particulars, then each section with its kind and lead. Read-only: edits happen in the editor. */
export function DraftPane({ result }: { result: ImportResponse }) {
  const { t } = useTranslation(['importer', 'common']);
  const d = result.draft;
  return (
    <div className="import-draft-body" data-testid="import-draft">
      <h2 className="draft-title" data-testid="draft-title">
        {d.title || t('view.noneFound')}
      </h2>
      <Particulars doc={d} dateText={result.dateText} />
      {result.warnings.length > 0 && (
        <section className="import-warnings" aria-label={t('view.warningsTitle')}>
          <h3>{t('view.warningsTitle')}</h3>
          <ul>
            {result.warnings.map((w, i) => (
              <li key={i} data-testid={`warning-${w.code}`}>
                {t(`warnings.${w.code}`, { text: w.excerpt, ...w.params })}
              </li>
            ))}
          </ul>
        </section>
      )}
      <ol className="draft-sections">
        {d.sections.map((s) => (
          <DraftSection key={s.id} section={s} />
        ))}
      </ol>
    </div>
  );
}

function Particulars({ doc, dateText }: { doc: Briefing; dateText: string }) {
  const { t, i18n } = useTranslation(['importer', 'common']);
  const m = doc.meeting;
  // Intl joins names the way the UI language lists them (ideographic comma in Chinese, commas in English).
  const list = new Intl.ListFormat(i18n.language, { type: 'unit' });
  const people = (ps: Person[]) => list.format(ps.map((p) => [p.title, p.name].filter(Boolean).join(' ')));
  const rows: [string, string, string][] = [
    ['meeting', t('view.meeting'), m.name],
    ['date', t('view.date'), [m.date, dateText].filter(Boolean).join(' · ')],
    ['chair', t('view.chair'), [m.chair.title, m.chair.name].filter(Boolean).join(' ')],
    ['attendees', t('view.attendees'), people(m.attendees)],
    ['observers', t('view.observers'), people(m.observers)],
  ];
  return (
    <dl className="draft-meta">
      {rows.map(([key, label, value]) => (
        <div key={key} className={value ? undefined : 'missing'}>
          <dt>{label}</dt>
          <dd data-testid={`draft-${key}`}>{value || t('view.noneFound')}</dd>
        </div>
      ))}
    </dl>
  );
}

function DraftSection({ section: s }: { section: Section }) {
  const { t } = useTranslation(['importer', 'common']);
  return (
    <li className={`draft-section kind-${s.kind}`} data-testid="draft-section" data-kind={s.kind}>
      <div className="draft-section-head">
        <span className="kind-badge">{t(`common:sectionKind.${s.kind}`)}</span>
        {s.lead && (
          <strong className="draft-lead" data-testid="draft-lead">
            {s.lead}
          </strong>
        )}
        {s.heading && <strong className="draft-heading">{s.heading}</strong>}
      </div>
      {s.paragraphs.map((p, i) => (
        <p key={i}>{p}</p>
      ))}
      {s.items.length > 0 && (
        <table className="draft-items">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('view.items', { count: s.items.length })}</th>
              <th scope="col">{t('view.owner')}</th>
              <th scope="col">{t('view.due')}</th>
            </tr>
          </thead>
          <tbody>
            {s.items.map((it, i) => (
              <tr key={it.id} data-testid="draft-item">
                <td>{i + 1}</td>
                <td>{it.text}</td>
                <td>{it.owner}</td>
                <td>{it.due}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </li>
  );
}
