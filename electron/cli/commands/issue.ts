import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../shared/api/channels/export';
import { lookup } from '../../../shared/i18n';
import { OUTPUT_SCRIPTS, type IssuePrintInput, type LayoutOptionsInput } from '../../../shared/layout';
import {
  ISSUE_LIMITS,
  ITEM_SEPARATORS,
  Issue,
  Series,
  copyRangeProblem,
  isCopyRange,
  isRealDate,
  itemFromDocument,
  localIsoDate,
  newIssue,
  newSeries,
  parseCopyRange,
  type Briefing,
  type CopyRange,
  type CopyRangeProblem,
  type Locale,
  type Recipient,
} from '../../../shared/model';
import { exportIssueToFile, type IssueExportRequest } from '../../services/export/issue-export';
import { cliLocale, stringFlag, type Command, type ParsedArgs } from '../command';
import { Refusal, failureMessage, readDocumentFile, reportWritten } from './export';
import { SPECS } from './specs';

const t = (locale: Locale, key: string, params: Record<string, string | number> = {}) => lookup(locale, key, params, 'issueCli');
const te = (locale: Locale, key: string, params: Record<string, string | number> = {}) => lookup(locale, key, params, 'export');

/**
 * `briefing issue`: compiles document files, in the order given, into one numbered 简报 issue and
 * exports it (PDF, DOCX or HTML) atomically: PATH holds the whole file or nothing new. Every flag
 * is checked before a file is read or Chromium starts; bad input exits 2 with one line.
 */
export const issueCommand: Command = {
  ...SPECS.issue,
  async run(args, io) {
    const locale = cliLocale(io.env);
    const fail = (message: string) => {
      io.stderr(`briefing issue: ${message.split('\n')[0]}\n`);
      return 2;
    };
    try {
      const plan = readFlags(args, locale);
      const files = args.positionals;
      if (!files.length) throw new Refusal(t(locale, 'needItems'));
      if (files.length > ISSUE_LIMITS.itemsPerIssue) throw new Refusal(t(locale, 'tooManyItems', { max: ISSUE_LIMITS.itemsPerIssue, count: files.length }));
      const docs: Briefing[] = [];
      for (const f of files) docs.push(await readDocumentFile(f, io, locale));
      const input = compile(plan, docs, locale);
      const request = {
        input,
        format: plan.format,
        path: path.resolve(io.cwd, plan.out),
        overwrite: args.flags.force === true,
        options: plan.options,
        ...(plan.numbered ? { copies: plan.numbered } : {}),
      };
      return reportWritten(io, locale, plan.format, await exportIssue(request));
    } catch (e) {
      return fail(failureMessage(e, locale));
    }
  },
};

interface Plan {
  name: string;
  issuer: string;
  number: number;
  total: number | null;
  date: string;
  kind: 'regular' | 'supplement';
  copies: number;
  /** Numbered copies (编号): one file with these copies, each numbered and paged from 1. */
  numbered: CopyRange | null;
  classification: string;
  separator: 'rule' | 'blank';
  lists: { report: Recipient[]; send: Recipient[]; issue: Recipient[] };
  format: ExportFormat;
  out: string;
  options: LayoutOptionsInput;
}

function wholeNumber(value: string | undefined, min: number, max: number): number | null {
  if (value === undefined || !/^\d+$/.test(value.trim())) return null;
  const n = Number(value.trim());
  return n >= min && n <= max ? n : null;
}

/** 报 / 送 / 发 lists as typed: names separated by commas or semicolons (、 stays inside a name: 各县（市、区）). */
export function splitList(value: string | undefined): Recipient[] {
  return (value ?? '')
    .split(/[,，;；\n]/)
    .map((s) => s.trim())
    .filter(Boolean)
    .map((text) => ({ type: 'text' as const, text }));
}

function readFlags(args: ParsedArgs, locale: Locale): Plan {
  const format = (stringFlag(args, 'format') ?? 'pdf') as ExportFormat;
  if (!EXPORT_FORMATS.includes(format)) throw new Refusal(te(locale, 'cli.badFormat'));
  const out = stringFlag(args, 'out');
  if (!out) throw new Refusal(te(locale, 'cli.needOut'));
  const name = stringFlag(args, 'name')?.trim();
  if (!name) throw new Refusal(t(locale, 'needName'));
  const issuer = stringFlag(args, 'issuer')?.trim();
  if (!issuer) throw new Refusal(t(locale, 'needIssuer'));
  const max = ISSUE_LIMITS.number;
  const numberFlag = stringFlag(args, 'number');
  const number = wholeNumber(numberFlag, 1, max);
  if (number === null) throw new Refusal(t(locale, 'badNumber', { flag: '--number', max, value: numberFlag ?? '' }));
  const totalFlag = stringFlag(args, 'total');
  const total = totalFlag === undefined ? null : wholeNumber(totalFlag, 1, max);
  if (totalFlag !== undefined && total === null) throw new Refusal(t(locale, 'badNumber', { flag: '--total', max, value: totalFlag }));
  const date = stringFlag(args, 'date') ?? localIsoDate(new Date());
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isRealDate(date)) throw new Refusal(t(locale, 'badDate', { value: date }));
  const copiesFlag = stringFlag(args, 'copies');
  const copies = copiesFlag === undefined ? 0 : wholeNumber(copiesFlag, 0, ISSUE_LIMITS.copies);
  if (copies === null) throw new Refusal(t(locale, 'badCopies', { value: copiesFlag ?? '' }));
  const numbered = numberedCopies(args, copies, format, locale);
  const separator = stringFlag(args, 'separator') ?? 'blank';
  if (!(ITEM_SEPARATORS as readonly string[]).includes(separator)) throw new Refusal(t(locale, 'badSeparator'));
  const kind = stringFlag(args, 'kind') ?? 'regular';
  if (kind !== 'regular' && kind !== 'supplement') throw new Refusal(t(locale, 'badKind'));
  const script = stringFlag(args, 'script') ?? 'keep';
  if (!(OUTPUT_SCRIPTS as readonly string[]).includes(script)) throw new Refusal(`--script must be ${OUTPUT_SCRIPTS.join(', ')}`);
  return {
    name,
    issuer,
    number,
    total,
    date,
    kind,
    copies,
    numbered,
    separator: separator as Plan['separator'],
    classification: stringFlag(args, 'classification')?.trim() ?? '',
    lists: { report: splitList(stringFlag(args, 'to')), send: splitList(stringFlag(args, 'cc')), issue: splitList(stringFlag(args, 'down')) },
    format,
    out,
    options: { script: script as 'keep' | 'hans' | 'hant' },
  };
}

/** The copy-range problem as one line in the user's language. */
export function copyProblemText(locale: Locale, problem: CopyRangeProblem | { code: 'format' | 'needCopies' | 'both' }): string {
  const { code, ...params } = problem;
  return lookup(locale, `errors.${code}`, params as Record<string, string | number>, 'issueCopies');
}

/**
 * --numbered-copies prints copies 1…N of --copies N (a first printing); --copy-range 21-40 prints
 * those numbers only (a reprint). Either makes the series print its 编号.
 */
function numberedCopies(args: ParsedArgs, copies: number, format: ExportFormat, locale: Locale): CopyRange | null {
  const all = args.flags['numbered-copies'] === true;
  const rangeFlag = stringFlag(args, 'copy-range');
  if (!all && rangeFlag === undefined) return null;
  if (all && rangeFlag !== undefined) throw new Refusal(copyProblemText(locale, { code: 'both' }));
  if (format === 'html') throw new Refusal(copyProblemText(locale, { code: 'format' }));
  if (all && copies < 1) throw new Refusal(copyProblemText(locale, { code: 'needCopies' }));
  const range = all ? { from: 1, to: copies } : parseCopyRange(rangeFlag ?? '');
  if (!isCopyRange(range)) throw new Refusal(copyProblemText(locale, range));
  const problem = copyRangeProblem(range);
  if (problem) throw new Refusal(copyProblemText(locale, problem));
  return range;
}

/** The flags' series and issue around the documents; any field the schema refuses is named in one line. */
function compile(plan: Plan, docs: readonly Briefing[], locale: Locale): IssuePrintInput {
  const now = new Date();
  const seriesDraft = {
    name: plan.name,
    issuer: plan.issuer,
    now,
    script: docs[0]!.script,
    classification: plan.classification,
    copies: plan.copies,
    numbering: { resetYearly: true, total: plan.total !== null, supplements: plan.kind === 'supplement' },
    layout: { separator: plan.separator, mastheadSize: 42, copyNumbers: plan.numbered !== null, titleSize: '2' as const, tail: 'block' as const },
  };
  const checked = Series.safeParse({ ...seriesDraft, schemaVersion: 1, id: 'cli-series', createdAt: now.toISOString(), updatedAt: now.toISOString(), revision: 0 });
  if (!checked.success) throw new Refusal(t(locale, 'badText', { flag: flagOf(checked.error.issues[0]?.path[0]), detail: checked.error.issues[0]?.message ?? '' }));
  const series = newSeries(seriesDraft);
  const issue = newIssue(series, now, { number: plan.number, totalNumber: plan.total, kind: plan.kind, date: plan.date });
  issue.items = docs.map((d) => itemFromDocument(d));
  issue.distribution = { ...plan.lists, extra: [] };
  const parsed = Issue.safeParse(issue);
  if (!parsed.success) throw new Refusal(t(locale, 'badText', { flag: flagOf(parsed.error.issues[0]?.path[0]), detail: parsed.error.issues[0]?.message ?? '' }));
  return { issue: parsed.data, series };
}

function flagOf(field: PropertyKey | undefined): string {
  const map: Record<string, string> = { name: '--name', issuer: '--issuer', classification: '--classification', distribution: '--to/--cc/--down' };
  return map[String(field)] ?? String(field ?? '');
}

/** PDF with a Chromium printer of its own (closed afterwards); DOCX and HTML need none. */
async function exportIssue(request: Omit<IssueExportRequest, 'printer'>): Promise<ExportResult> {
  if (request.format !== 'pdf') return exportIssueToFile(request);
  const { ChromiumPrinter } = await import('../../services/export/chromium-printer');
  const printer = new ChromiumPrinter();
  try {
    return await exportIssueToFile({ ...request, printer: async () => printer });
  } finally {
    await printer.close();
  }
}
