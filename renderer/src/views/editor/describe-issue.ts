import type { TFunction } from 'i18next';
/**
 * Says which field of the document breaks which rule, in the UI language: "Title: too long (at
 * most 200 characters)" or "Block 3, paragraph 2: …". The issue comes from the model's zod schema
 * (messages are i18n keys).
 */
export function describeIssue(t: TFunction<['editor', 'common']> | TFunction, issue: { path: PropertyKey[]; message: string; max?: number }): string {
  const p = issue.path.map((x) => (typeof x === 'symbol' ? '' : x));
  let where: string;
  if (p[0] === 'sections' && typeof p[1] === 'number') {
    const section = p[1] + 1;
    if (p[2] === 'paragraphs' && typeof p[3] === 'number') where = t('editor:where.paragraph', { section, paragraph: p[3] + 1 });
    else if (p[2] === 'items' && typeof p[3] === 'number') where = t('editor:where.item', { section, item: p[3] + 1 });
    else where = t('editor:where.section', { section });
  } else if (p[0] === 'meeting' && ['attendees', 'absentees', 'observers'].includes(String(p[1]))) {
    where = t(`editor:meta.${String(p[1])}`);
  } else if (p[0] === 'meeting' && p[1] === 'chair') {
    where = t(p[2] === 'title' ? 'editor:meta.chairTitle' : 'editor:meta.chairName');
  } else if ((p[0] === 'meeting' || p[0] === 'masthead') && typeof p[1] === 'string') {
    where = t(`editor:meta.${p[1]}`, { defaultValue: p.join('.') });
  } else if (p[0] === 'title') {
    where = t('common:shell.titleLabel');
  } else {
    where = p.join('.');
  }
  const reason = issue.message.startsWith('validation.') ? t(`common:${issue.message}`) : t('common:validation.invalid');
  const limit = issue.max !== undefined ? t('editor:limit', { max: new Intl.NumberFormat().format(issue.max) }) : '';
  return t('editor:issue', { where, reason: reason + limit });
}
