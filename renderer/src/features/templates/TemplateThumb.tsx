import type { Template } from '../../../../shared/model';
import { chineseNumber } from '../../../../shared/templates';

/**
 * A thumbnail of a template's structure: a small page with the masthead rule (minutes and briefings), the
 * title, and one mark per section (topic headings numbered, leads in bold, grey lines for text,
 * numbered lines for action items). Text shown is the template's own document text.
 */
export function TemplateThumb({ template }: { template: Template }) {
  let topic = 0;
  const sections = template.body.sections.slice(0, 8);
  return (
    <div className={`thumb thumb-${template.kind}`} aria-hidden="true">
      {template.kind !== 'report' && <div className="thumb-masthead" />}
      <div className="thumb-title">{template.body.title}</div>
      {sections.map((s) => {
        if (s.kind === 'topic') {
          topic++;
          return (
            <div key={s.id} className="thumb-topic">
              {chineseNumber(topic)}、{s.heading}
            </div>
          );
        }
        return (
          <div key={s.id} className={`thumb-section thumb-${s.kind}`}>
            {s.lead && <b>{s.lead}</b>}
            <span className="thumb-line" />
            {s.items.slice(0, 3).map((i, k) => (
              <span key={i.id} className="thumb-item">
                {chineseNumber(k + 1)}
              </span>
            ))}
          </div>
        );
      })}
    </div>
  );
}
