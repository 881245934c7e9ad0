import { Briefing, SCHEMA_VERSION, newId, resolveLists, type AddressEntry, type Briefing as BriefingT, type Issue, type Series } from '../../../shared/model';

/** 第5期 / 增刊第2期, with （总第123期） when the issue carries a total. */
export function issueNumberText(issue: Pick<Issue, 'kind' | 'number' | 'totalNumber'>): string {
  const base = `${issue.kind === 'supplement' ? '增刊' : ''}第${issue.number}期`;
  return issue.totalNumber && issue.kind === 'regular' ? `${base}（总第${issue.totalNumber}期）` : base;
}

/**
 * The issue as one 简报 document for the single-document layout: masthead from the series, a
 * 本期要目 section when there are two or more items, each item's sections under its title with
 * its 按语 first, the 报尾 lists from the issue. Used for export until the issue layout of
 * shared/layout (helper "iss") is merged into this branch.
 */
export function issueAsBriefing(issue: Issue, series: Series | undefined, book: readonly AddressEntry[]): BriefingT {
  const text = (heading: string, paragraphs: string[]) => ({ id: newId('s'), kind: 'text' as const, lead: '', heading, paragraphs, items: [], actionStyle: 'inline' as const });
  const contents = issue.items.length >= 2 ? [text('本期要目', issue.items.map((it) => `${it.column ? `【${it.column}】` : ''}${it.title}`))] : [];
  const lists = resolveLists(issue.distribution, book);
  const line = (label: string, names: string[]) => (names.length ? `${label}：${names.join('，')}。` : '');
  return Briefing.parse({
    schemaVersion: SCHEMA_VERSION,
    id: issue.id,
    kind: 'briefing',
    title: series?.name ?? '',
    script: issue.script,
    status: issue.status === 'issued' ? 'issued' : 'draft',
    meeting: {},
    sections: [
      ...contents,
      ...issue.items.flatMap((it) => [
        text(it.title, it.note.trim() ? [`按：${it.note.trim()}`] : []),
        ...it.sections.map((s) => ({ ...s, id: newId('s') })),
      ]),
    ],
    masthead: { issuer: series?.issuer ?? '', issueNo: String(issue.number), classification: issue.classification },
    distribution: {
      to: [line('报', lists.report), line('送', lists.send), line('发', lists.issue), line('本期增发', lists.extra)].filter(Boolean).join('\n'),
      cc: '',
      printedBy: series?.issuer ?? '',
      printedOn: issue.date,
      copies: issue.copies,
    },
    createdAt: issue.createdAt,
    updatedAt: issue.updatedAt,
    revision: issue.revision,
  });
}

/** Text an issue is found by: series name, number, item titles, notes and bodies. */
export function issueSearchText(issue: Issue, series: Series | undefined): string {
  return [
    series?.name ?? '',
    issueNumberText(issue),
    ...issue.items.flatMap((it) => [it.column, it.title, it.note, ...it.sections.flatMap((s) => [s.heading, s.lead, ...s.paragraphs, ...s.items.map((i) => i.text)])]),
  ].join('\n');
}
