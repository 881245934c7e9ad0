import { z } from 'zod';
import { Briefing, Id, LIMITS, isoDate, text } from '../../model';
import { ExportFormat, ExportResult } from './export';
import { FileHandle, FilePath, ONE_TARGET, oneTarget } from './files';

/**
 * The stored side of 简报 issues (issue 9): series (刊物), the address book, issues and their
 * number register. The pure layout of an issue lives in shared/layout; these are the shapes the
 * services keep on disk and the channels that change them.
 */

const line = text(LIMITS.line);
const list = text(LIMITS.line * 4);

/** One unit or person of the address book; lists name entries by their display name. */
export const AddressEntry = z.strictObject({
  id: Id,
  name: text(200).refine((v) => v.trim().length > 0, { message: 'validation.required' }),
  kind: z.enum(['unit', 'person']).default('unit'),
  note: text(200).default(''),
});
export type AddressEntry = z.infer<typeof AddressEntry>;
/** The address book is one ordered list: the order is the user's. */
export const AddressBook = z.strictObject({ entries: z.array(AddressEntry).max(5000) });
export type AddressBook = z.infer<typeof AddressBook>;
/** The file an office shares (addressBook:export / addressBook:import). */
export const AddressBookFile = z.strictObject({ format: z.literal('briefing-desk/address-book'), version: z.literal(1), entries: z.array(AddressEntry).max(5000) });

/** The 报/送/发 lists of a series or an issue: plain text as printed (units separated by 、or ，). */
export const IssueDistribution = z.strictObject({
  to: list.default(''), // 报
  send: list.default(''), // 送
  issue: list.default(''), // 发
  copies: z.number().int().min(0).max(1_000_000).default(0),
});
export type IssueDistribution = z.infer<typeof IssueDistribution>;

export const Series = z.strictObject({
  id: Id,
  name: text(60).refine((v) => v.trim().length > 0, { message: 'validation.required' }),
  issuer: line.default(''),
  /** 第N期 restarts each year (by the 印发日期's year); false: straight through. */
  resetYearly: z.boolean().default(true),
  /** Also print 总第N期 (never reset; supplements do not advance it). */
  showTotal: z.boolean().default(false),
  classification: line.default(''),
  distribution: IssueDistribution.default({ to: '', send: '', issue: '', copies: 0 }),
  /** How items are separated on the page. */
  separator: z.enum(['rule', 'blank']).default('rule'),
  /** Print a copy number (编号) top right, one per printed copy. */
  copyNumbers: z.boolean().default(false),
  retiredAt: z.string().default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Series = z.infer<typeof Series>;

export const IssueItem = z.strictObject({
  id: Id,
  /** Column heading the 要目 groups under (【工作动态】), '' for none. */
  column: text(40).default(''),
  title: text(LIMITS.title),
  /** 按语 / 编者按, printed in 楷体 before the body. */
  note: text(LIMITS.paragraph).default(''),
  /** The issue's own copy of the text: shortening it never touches the source. */
  paragraphs: z.array(text(LIMITS.paragraph)).max(LIMITS.paragraphsPerSection).default([]),
  /** The library document it came from ('' for a blank or imported item) and its revision then. */
  sourceId: z.union([Id, z.literal('')]).default(''),
  sourceRevision: z.number().int().min(0).default(0),
  origin: z.enum(['library', 'blank', 'import']).default('blank'),
});
export type IssueItem = z.infer<typeof IssueItem>;

export const ISSUE_STATUSES = ['draft', 'issued', 'void'] as const;

export const Issue = z.strictObject({
  id: Id,
  seriesId: Id,
  /** 增刊: numbered on its own sequence, never mixed with the regular issues. */
  supplement: z.boolean().default(false),
  /** The proposed 期号 while a draft (editable), the allocated one once issued. */
  number: z.number().int().min(1).max(100_000),
  /** 总第N期, set when issued (0: not shown or not yet allocated). */
  total: z.number().int().min(0).max(1_000_000).default(0),
  date: isoDate.refine((v) => v !== '', { message: 'validation.date' }),
  status: z.enum(ISSUE_STATUSES).default('draft'),
  classification: line.default(''),
  distribution: IssueDistribution,
  items: z.array(IssueItem).max(200),
  issuedAt: z.string().default(''),
  voidReason: text(500).default(''),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int().min(0),
});
export type Issue = z.infer<typeof Issue>;

/** One line of the durable number register (append-only, fsynced; see electron/services/issues/register.ts). */
export const RegisterEntry = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  action: z.enum(['allocate', 'gap', 'reuse', 'void']),
  seriesId: z.string(),
  sequence: z.enum(['regular', 'supplement']),
  /** The numbering year ('' when the series runs straight through). */
  year: z.string(),
  number: z.number().int(),
  total: z.number().int(),
  issueId: z.string(),
  reason: z.string().default(''),
});
export type RegisterEntry = z.infer<typeof RegisterEntry>;

/** A row of issues:list: enough for the library and the series view without reading every issue. */
export const IssueRow = z.object({
  id: z.string(),
  seriesId: z.string(),
  seriesName: z.string(),
  supplement: z.boolean(),
  number: z.number().int(),
  total: z.number().int(),
  date: z.string(),
  status: z.enum(ISSUE_STATUSES),
  titles: z.array(z.string()),
  updatedAt: z.string(),
  /** Items whose library source has a newer revision than the copy. */
  staleItems: z.number().int(),
});
export type IssueRow = z.infer<typeof IssueRow>;

const Ok = z.object({ ok: z.literal(true) });
const ById = z.strictObject({ id: Id });
const IssueResponse = z.object({ issue: Issue, stale: z.array(z.string()) });

/** Export a stored issue as a file: like export:pdf|docx|html, by path (allowed folders) or dialog handle. */
const IssueExportRequest = z
  .strictObject({ id: Id, format: ExportFormat, path: FilePath.optional(), handle: FileHandle.optional(), overwrite: z.boolean().optional() })
  .refine(oneTarget, ONE_TARGET);
const AddressFileRequest = z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional(), overwrite: z.boolean().optional() }).refine(oneTarget, ONE_TARGET);

export const issueChannels = {
  'series:list': { request: z.strictObject({ retired: z.boolean().optional() }), response: z.object({ series: z.array(Series) }) },
  /** Create (no id) or update a series. */
  'series:save': {
    request: z.strictObject({ series: Series.omit({ id: true, createdAt: true, updatedAt: true, retiredAt: true }).extend({ id: Id.optional() }) }),
    response: z.object({ series: Series }),
  },
  /** Retire (or bring back) a series: kept with its issues and register, offered for no new issue. */
  'series:retire': { request: z.strictObject({ id: Id, retired: z.boolean() }), response: z.object({ series: Series }) },
  'addressBook:get': { request: z.strictObject({}), response: AddressBook },
  /** Replace the whole ordered list (add, rename, remove, reorder are all this). */
  'addressBook:set': { request: AddressBook, response: AddressBook },
  'addressBook:export': { request: AddressFileRequest, response: z.object({ path: z.string(), count: z.number().int() }) },
  /** Merge a shared file: entries whose name is new are appended in the file's order. */
  'addressBook:import': { request: z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional() }).refine(oneTarget, ONE_TARGET), response: z.object({ book: AddressBook, added: z.number().int() }) },
  'issues:list': { request: z.strictObject({ seriesId: Id.optional() }), response: z.object({ issues: z.array(IssueRow) }) },
  'issues:get': { request: ById, response: IssueResponse },
  /** A new draft: the series' next number, today's date, the series' distribution. */
  'issues:create': { request: z.strictObject({ seriesId: Id, supplement: z.boolean().optional() }), response: IssueResponse },
  /** Save a draft (optimistic: the revision it started from); an issued issue is frozen. */
  'issues:save': { request: z.strictObject({ issue: Issue }), response: IssueResponse },
  'issues:delete': { request: ById, response: Ok },
  /** Append items copied from library documents (a 纪要 goes in as its body), in the order given. */
  'issues:addFromLibrary': { request: z.strictObject({ id: Id, revision: z.number().int(), docIds: z.array(Id).min(1).max(200) }), response: IssueResponse },
  /** Append an imported report (import:parse's draft) as an item: never a library document. */
  'issues:addImported': { request: z.strictObject({ id: Id, revision: z.number().int(), doc: Briefing }), response: IssueResponse },
  /** Replace an item's copy with its source's current text (the user asked: shortening is lost). */
  'issues:refreshItem': { request: z.strictObject({ id: Id, revision: z.number().int(), itemId: Id }), response: IssueResponse },
  /**
   * 印发: freezes the issue and allocates its number in the register. `number` different from the
   * next one is a gap (needs `confirmGap`) or a reuse of a voided number (needs `confirmReuse`);
   * a number another issue holds is always refused.
   */
  'issues:issue': {
    request: z.strictObject({ id: Id, revision: z.number().int(), number: z.number().int().min(1).max(100_000).optional(), confirmGap: z.boolean().optional(), confirmReuse: z.boolean().optional(), reason: text(500).optional() }),
    response: IssueResponse,
  },
  /** 作废: an issued issue is kept, marked void, its number never reused silently. */
  'issues:void': { request: z.strictObject({ id: Id, reason: text(500).refine((v) => v.trim() !== '', { message: 'validation.required' }) }), response: IssueResponse },
  /** The next number of a series' sequence for a date (what a new issue would be offered). */
  'issues:nextNumber': { request: z.strictObject({ seriesId: Id, supplement: z.boolean().optional(), date: isoDate }), response: z.object({ number: z.number().int(), total: z.number().int() }) },
  'issues:register': { request: z.strictObject({ seriesId: Id }), response: z.object({ entries: z.array(RegisterEntry) }) },
  'issues:export': { request: IssueExportRequest, response: ExportResult },
  'issues:search': { request: z.strictObject({ query: z.string().min(1).max(200) }), response: z.object({ issues: z.array(IssueRow) }) },
} as const;
