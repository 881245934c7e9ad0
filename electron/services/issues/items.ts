import type { Issue, IssueItem, Series } from '../../../shared/api/channels/issues';
import { Briefing, SCHEMA_VERSION, newId, type Briefing as BriefingT } from '../../../shared/model';

/**
 * A library document (any kind) as an item's own copy of the text: headings and lead phrases stay
 * as paragraphs, action items become 一是…… lines would need the layout's labels, so they go in as
 * plain sentences. A 纪要 goes in as its body (no masthead, no attendee list).
 */
export function documentParagraphs(doc: BriefingT): string[] {
  const out: string[] = [];
  for (const s of doc.sections) {
    if (s.heading.trim()) out.push(s.heading.trim());
    s.paragraphs.forEach((p, i) => {
      const body = p.trim();
      if (!body) return;
      out.push(i === 0 && s.lead.trim() ? `${s.lead.trim()}，${body}` : body);
    });
    for (const it of s.items) if (it.text.trim()) out.push(it.text.trim());
  }
  return out;
}

export function itemFromDocument(doc: BriefingT, origin: IssueItem['origin']): IssueItem {
  return {
    id: newId('i'),
    column: '',
    title: doc.title,
    note: '',
    paragraphs: documentParagraphs(doc),
    sourceId: origin === 'library' ? doc.id : '',
    sourceRevision: origin === 'library' ? doc.revision : 0,
    origin,
  };
}

/** 第5期 / 增刊第2期, with （总第123期） when the series shows totals. */
export function issueNumberText(issue: Issue, series: Series | undefined): string {
  const base = `${issue.supplement ? '增刊' : ''}第${issue.number}期`;
  return series?.showTotal && issue.total > 0 && !issue.supplement ? `${base}（总第${issue.total}期）` : base;
}

/**
 * The issue as one 简报 document for the existing single-document layout: masthead from the
 * series, each item a section headed by its title with its 按语 first, the 报尾 from the issue's
 * distribution. Used until the issue layout of shared/layout (helper "iss") is merged; then
 * export goes through that and this stays only for search text.
 */
export function issueAsBriefing(issue: Issue, series: Series | undefined): BriefingT {
  const contents = issue.items.length >= 2 ? [{ id: newId('s'), kind: 'text' as const, lead: '', heading: '本期要目', paragraphs: issue.items.map((it) => `${it.column ? `${it.column}` : ''}${it.title}`), items: [], actionStyle: 'inline' as const }] : [];
  return Briefing.parse({
    schemaVersion: SCHEMA_VERSION,
    id: issue.id,
    kind: 'briefing',
    title: series?.name ?? '',
    script: 'hans',
    status: issue.status === 'issued' ? 'issued' : 'draft',
    meeting: {},
    sections: [
      ...contents,
      ...issue.items.map((it) => ({
        id: newId('s'),
        kind: 'text',
        lead: '',
        heading: it.title,
        paragraphs: [...(it.note.trim() ? [`按：${it.note.trim()}`] : []), ...it.paragraphs],
        items: [],
        actionStyle: 'inline',
      })),
    ],
    masthead: { issuer: series?.issuer ?? '', issueNo: String(issue.number), classification: issue.classification },
    distribution: {
      to: [issue.distribution.to && `报：${issue.distribution.to}`, issue.distribution.send && `送：${issue.distribution.send}`, issue.distribution.issue && `发：${issue.distribution.issue}`].filter(Boolean).join('\n'),
      cc: '',
      printedBy: series?.issuer ?? '',
      printedOn: issue.date,
      copies: issue.distribution.copies,
    },
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    revision: issue.revision,
  });
}

/** Text an issue is found by: series name, number, item titles, notes and bodies. */
export function issueSearchText(issue: Issue, series: Series | undefined): string {
  return [series?.name ?? '', issueNumberText(issue, series), ...issue.items.flatMap((it) => [it.column, it.title, it.note, ...it.paragraphs])].join('\n');
}
