import type { Issue, Series } from '../../../shared/model';

/** 第5期 / 增刊第2期, with （总第123期） when the issue carries a total. */
export function issueNumberText(issue: Pick<Issue, 'kind' | 'number' | 'totalNumber'>): string {
  const base = `${issue.kind === 'supplement' ? '增刊' : ''}第${issue.number}期`;
  return issue.totalNumber && issue.kind === 'regular' ? `${base}（总第${issue.totalNumber}期）` : base;
}

/** Text an issue is found by: series name, number, item titles, notes and bodies. */
export function issueSearchText(issue: Issue, series: Series | undefined): string {
  return [
    series?.name ?? '',
    issueNumberText(issue),
    ...issue.items.flatMap((it) => [it.column, it.title, it.note, ...it.sections.flatMap((s) => [s.heading, s.lead, ...s.paragraphs, ...s.items.map((i) => i.text)])]),
  ].join('\n');
}
