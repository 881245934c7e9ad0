import { z } from 'zod';
import { AddressBook, Briefing, Id, Issue, IssueKind, IssueStatus, MAX_COPY_NUMBER, Series, copyRangeProblem, isoDate, text } from '../../model';
import { ExportFormat, ExportResult } from './export';
import { FileHandle, FilePath, ONE_TARGET, oneTarget } from './files';

/**
 * The stored side of 简报 issues (issue 9): series (刊物), the address book, issues and their
 * number register. The shapes are shared/model/issue.ts; this file adds the register line, the
 * list row and the channels that change them.
 */

/** One line of the durable number register (append-only, fsynced; see electron/services/issues/register.ts). */
export const RegisterEntry = z.object({
  seq: z.number().int().min(1),
  at: z.string(),
  action: z.enum(['allocate', 'gap', 'reuse', 'void']),
  seriesId: z.string(),
  sequence: IssueKind,
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
  kind: IssueKind,
  number: z.number().int(),
  totalNumber: z.number().int().nullable(),
  date: z.string(),
  status: IssueStatus,
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
/** Numbered copies (编号): from…to, at most MAX_NUMBERED_COPIES of them (shared/model/copy-range.ts). */
const CopyRangeShape = z
  .strictObject({ from: z.number().int().min(1).max(MAX_COPY_NUMBER), to: z.number().int().min(1).max(MAX_COPY_NUMBER) })
  .refine((r) => copyRangeProblem(r) === null, { message: 'copy range: first ≤ last, at most 500 copies' });
const IssueExportRequest = z
  .strictObject({
    id: Id,
    format: ExportFormat,
    path: FilePath.optional(),
    handle: FileHandle.optional(),
    overwrite: z.boolean().optional(),
    copies: CopyRangeShape.optional(),
  })
  .refine(oneTarget, ONE_TARGET);
const AddressFileRequest = z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional(), overwrite: z.boolean().optional() }).refine(oneTarget, ONE_TARGET);

export const issueChannels = {
  'series:list': { request: z.strictObject({ retired: z.boolean().optional() }), response: z.object({ series: z.array(Series) }) },
  /** Create (no id) or update a series. */
  'series:save': {
    // id, stamps, retired and builtIn are the services' to set; revision (when given) must match the stored one
    request: z.strictObject({ series: Series.partial({ id: true, createdAt: true, updatedAt: true, retired: true, builtIn: true, revision: true, schemaVersion: true }) }),
    response: z.object({ series: Series }),
  },
  /** Retire (or bring back) a series: kept with its issues and register, offered for no new issue. */
  'series:retire': { request: z.strictObject({ id: Id, retired: z.boolean() }), response: z.object({ series: Series }) },
  'addressBook:get': { request: z.strictObject({}), response: z.object({ book: AddressBook }) },
  /** Replace the whole ordered list (add, rename, remove, reorder are all this). */
  'addressBook:set': { request: z.strictObject({ book: AddressBook }), response: z.object({ book: AddressBook }) },
  'addressBook:export': { request: AddressFileRequest, response: z.object({ path: z.string(), count: z.number().int() }) },
  /** Merge a shared file: entries whose name is new are appended in the file's order. */
  'addressBook:import': {
    request: z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional() }).refine(oneTarget, ONE_TARGET),
    response: z.object({ book: AddressBook, added: z.number().int() }),
  },
  'issues:list': { request: z.strictObject({ seriesId: Id.optional() }), response: z.object({ issues: z.array(IssueRow) }) },
  'issues:get': { request: ById, response: IssueResponse },
  /** A new draft: the series' next number, today's date, the series' distribution. */
  'issues:create': { request: z.strictObject({ seriesId: Id, kind: IssueKind.optional() }), response: IssueResponse },
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
    request: z.strictObject({
      id: Id,
      revision: z.number().int(),
      number: z.number().int().min(1).max(1_000_000).optional(),
      confirmGap: z.boolean().optional(),
      confirmReuse: z.boolean().optional(),
      reason: text(500).optional(),
    }),
    response: IssueResponse,
  },
  /** 作废: an issued issue is kept, marked void, its number never reused silently. */
  'issues:void': { request: z.strictObject({ id: Id, reason: text(500).refine((v) => v.trim() !== '', { message: 'validation.required' }) }), response: IssueResponse },
  /** The next number of a series' sequence for a date (what a new issue would be offered). */
  'issues:nextNumber': {
    request: z.strictObject({ seriesId: Id, kind: IssueKind.optional(), date: isoDate }),
    response: z.object({ number: z.number().int(), totalNumber: z.number().int().nullable() }),
  },
  'issues:register': { request: z.strictObject({ seriesId: Id }), response: z.object({ entries: z.array(RegisterEntry) }) },
  'issues:export': { request: IssueExportRequest, response: ExportResult },
  'issues:search': { request: z.strictObject({ query: z.string().min(1).max(200) }), response: z.object({ issues: z.array(IssueRow) }) },
} as const;
