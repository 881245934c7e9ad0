import { z } from 'zod';
import { DocumentKind, Id, Script, Section } from './briefing';
import { LIMITS, isoDate, text } from './text';

/**
 * 简报 issues (issue 9): a series (刊物) publishes numbered issues (第5期, 总第123期), each holding
 * several items with one masthead, one 本期要目 and one 报尾. An item keeps its OWN copy of the
 * document it came from, so shortening it for the issue never touches the library document; the
 * source id + revision let the UI say "the source changed since".
 *
 * Stored shapes carry their own schema version, apart from Briefing's, so the two can move on
 * independently. Field meanings and the print rules: ../shared/design/briefing-issue-spec.md.
 */
export const ISSUE_SCHEMA_VERSION = 1;

export const ISSUE_LIMITS = {
  itemsPerIssue: 100,
  /** Column headings (栏目) one issue may use. */
  columns: 50,
  recipientsPerList: 500,
  addressEntries: 5_000,
  /** 期号 and 总期号 upper bound: far above any real series, small enough to stay an int. */
  number: 1_000_000,
  copies: 1_000_000,
  /** 按语 are short (about 200 字); the bound only keeps a paste from flooding the page. */
  note: 5_000,
} as const;

export const ISSUE_KINDS = ['regular', 'supplement'] as const;
/** draft: editable; issued (已印发): frozen, number taken in the register; void (作废): withdrawn, number kept. */
export const ISSUE_STATUSES = ['draft', 'issued', 'void'] as const;
/** What stands between two items: a thin rule or one blank grid line. */
export const ITEM_SEPARATORS = ['rule', 'blank'] as const;
/** 报尾: (b) 'block' between rules like a 版记 (default), (a) 'line': one rule, lists left, 共印 right. */
export const TAIL_STYLES = ['block', 'line'] as const;
/** Item title size: 2号 (22 pt, default) or 3号 (16 pt) for dense issues; same for every item. */
export const ITEM_TITLE_SIZES = ['2', '3'] as const;
/** 按语 label: 编者按 or 按 before the body (题后文前); 编后 after it. */
export const NOTE_LABELS = ['editor', 'short', 'after'] as const;
export const ADDRESS_KINDS = ['unit', 'person'] as const;

export const IssueKind = z.enum(ISSUE_KINDS);
export const IssueStatus = z.enum(ISSUE_STATUSES);
export const ItemSeparator = z.enum(ITEM_SEPARATORS);
export const TailStyle = z.enum(TAIL_STYLES);
export const ItemTitleSize = z.enum(ITEM_TITLE_SIZES);
export const NoteLabel = z.enum(NOTE_LABELS);
export const AddressKind = z.enum(ADDRESS_KINDS);

const issueNumber = z.number().int().min(1).max(ISSUE_LIMITS.number);
const copies = z.number().int().min(0).max(ISSUE_LIMITS.copies);
const timestamp = z.string().datetime();

/* ---------------------------------------------------------------- address book */

/**
 * One unit (市委办公室) or person (张三，市发展改革委主任) that distribution lists can name. The
 * book's order is the array order: the user sets it, and lists print in the order they were built.
 */
export const AddressEntry = z.object({
  id: Id,
  kind: AddressKind.default('unit'),
  /** As printed: the unit's full name, or the person's name. */
  name: text(LIMITS.line).min(1, { message: 'validation.required' }),
  /** A person's post (职务), printed after the name when set. */
  title: text(LIMITS.line).default(''),
  /** A person's unit, for sorting and search; not printed. */
  unit: text(LIMITS.line).default(''),
  note: text(LIMITS.line).default(''),
});

export const AddressBook = z.object({
  schemaVersion: z.literal(ISSUE_SCHEMA_VERSION),
  entries: z.array(AddressEntry).max(ISSUE_LIMITS.addressEntries).default([]),
});

/** The file one office hands another: the book plus a marker so a wrong file is refused clearly. */
export const ADDRESS_BOOK_FORMAT = 'briefing-desk/address-book';
export const AddressBookFile = AddressBook.extend({
  format: z.literal(ADDRESS_BOOK_FORMAT),
});

/* ---------------------------------------------------------------- distribution */

/** A recipient: an address-book entry (printed by its current name) or free text typed in place. */
export const Recipient = z.discriminatedUnion('type', [
  z.object({ type: z.literal('entry'), entryId: Id }),
  z.object({ type: z.literal('text'), text: text(LIMITS.line).min(1, { message: 'validation.required' }) }),
]);

const recipients = z.array(Recipient).max(ISSUE_LIMITS.recipientsPerList).default([]);

/**
 * 报尾 lists, in print order: 报 (superiors), 送 (peers and outside bodies), 发 (subordinates),
 * 本期增发 (one-off extras, issues only). Empty lists are not printed.
 */
export const DistributionLists = z.object({
  report: recipients,
  send: recipients,
  issue: recipients,
  extra: recipients,
});

/* ---------------------------------------------------------------- series */

export const Numbering = z.object({
  /** 第N期 restarts at 1 each calendar year (of the 印发日期); false: runs straight on (会议简报). */
  resetYearly: z.boolean().default(true),
  /** Print 总第N期 (never reset) after the 期号. */
  total: z.boolean().default(false),
  /** The series publishes 增刊, numbered on their own sequence ("增刊第N期"), never advancing 总期号. */
  supplements: z.boolean().default(false),
});

export const SeriesLayout = z.object({
  separator: ItemSeparator.default('blank'),
  /** 简报名称 size in pt (初号 = 42); 36–80 per the spec. */
  mastheadSize: z.number().min(36).max(80).default(42),
  /** Print a 6-digit copy number (编号) top right, one per printed copy (classified series). */
  copyNumbers: z.boolean().default(false),
  titleSize: ItemTitleSize.default('2'),
  tail: TailStyle.default('block'),
});

export const Series = z.object({
  schemaVersion: z.literal(ISSUE_SCHEMA_VERSION),
  id: Id,
  /** 简报名称: 工作简报, 科技工作动态, 信息专报 … */
  name: text(LIMITS.title).min(1, { message: 'validation.required' }),
  /** 编印单位, full name. */
  issuer: text(LIMITS.line).default(''),
  /**
   * 会议简报: the meeting's name, printed above 简报名称 (e.g. 全县经济工作会议 over 简报). Such a series
   * runs straight through one meeting (numbering.resetYearly false). Empty: an ordinary series.
   */
  meeting: text(LIMITS.line).default(''),
  script: Script.default('hans'),
  numbering: Numbering.default({ resetYearly: true, total: false, supplements: false }),
  /** Top-left line: 密级 or 内部资料 注意保存 (with an ideographic space) / 内部参阅; empty prints nothing. */
  classification: text(LIMITS.line).default(''),
  distribution: DistributionLists.default({ report: [], send: [], issue: [], extra: [] }),
  /** 共印N份; 0 prints no run line. */
  copies: copies.default(0),
  layout: SeriesLayout.default({ separator: 'blank', mastheadSize: 42, copyNumbers: false, titleSize: '2', tail: 'block' }),
  /** Retired series keep their issues and register but offer no new issue. */
  retired: z.boolean().default(false),
  builtIn: z.boolean().default(false),
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: z.number().int().min(0),
});

/* ---------------------------------------------------------------- issue */

/** Where an item's copy came from, to tell the user when the library document moved on. */
export const ItemSource = z.object({
  docId: Id,
  /** The document's `revision` when it was copied into the issue. */
  revision: z.number().int().min(0),
  kind: DocumentKind,
});

export const IssueItem = z.object({
  id: Id,
  /** Printed 2号小标宋 centred and listed in 本期要目; may be shortened from the source title. */
  title: text(LIMITS.title),
  /** 栏目 heading (工作动态, without 【】); consecutive items with one heading group in 本期要目. */
  column: text(LIMITS.line).default(''),
  /** Optional contributor line "（××局供稿）", printed under the title, without the brackets. */
  contributor: text(LIMITS.line).default(''),
  /** 按语 text, 楷体; empty prints nothing. */
  note: text(ISSUE_LIMITS.note).default(''),
  noteLabel: NoteLabel.default('short'),
  /** The issue's own copy of the body (a 纪要 goes in as its body sections). */
  sections: z.array(Section).max(LIMITS.sectionsPerDocument).default([]),
  /** Null for an item written in the issue itself. */
  source: ItemSource.nullable().default(null),
});

export const Issue = z.object({
  schemaVersion: z.literal(ISSUE_SCHEMA_VERSION),
  id: Id,
  seriesId: Id,
  kind: IssueKind.default('regular'),
  /** 第N期 (or 增刊第N期): the series' next number until issued, editable while draft. */
  number: issueNumber,
  /** 总第N期; null when the series does not print it or for a 增刊. */
  totalNumber: issueNumber.nullable().default(null),
  /** 期号 year = the 印发日期 year; kept apart so a register can be keyed without parsing dates. */
  year: z.number().int().min(1900).max(2200),
  /** 印发日期 (YYYY-MM-DD). */
  date: isoDate,
  status: IssueStatus.default('draft'),
  script: Script.default('hans'),
  /** Copied from the series at creation, then the issue's own. */
  classification: text(LIMITS.line).default(''),
  /** Issue-level 编者按 before 本期要目; empty prints nothing. */
  editorNote: text(ISSUE_LIMITS.note).default(''),
  /** The column headings offered in this issue, in their usual order (the UI's picker). */
  columns: z.array(text(LIMITS.line)).max(ISSUE_LIMITS.columns).default([]),
  items: z.array(IssueItem).max(ISSUE_LIMITS.itemsPerIssue).default([]),
  distribution: DistributionLists.default({ report: [], send: [], issue: [], extra: [] }),
  copies: copies.default(0),
  /** Set when issued / voided (ISO timestamps); the register holds the authoritative log. */
  issuedAt: timestamp.nullable().default(null),
  voidedAt: timestamp.nullable().default(null),
  voidReason: text(LIMITS.line).default(''),
  createdAt: timestamp,
  updatedAt: timestamp,
  revision: z.number().int().min(0),
});

export type IssueKind = z.infer<typeof IssueKind>;
export type IssueStatus = z.infer<typeof IssueStatus>;
export type ItemSeparator = z.infer<typeof ItemSeparator>;
export type TailStyle = z.infer<typeof TailStyle>;
export type ItemTitleSize = z.infer<typeof ItemTitleSize>;
export type NoteLabel = z.infer<typeof NoteLabel>;
export type AddressKind = z.infer<typeof AddressKind>;
export type AddressEntry = z.infer<typeof AddressEntry>;
export type AddressBook = z.infer<typeof AddressBook>;
export type AddressBookFile = z.infer<typeof AddressBookFile>;
export type Recipient = z.infer<typeof Recipient>;
export type DistributionLists = z.infer<typeof DistributionLists>;
export type Numbering = z.infer<typeof Numbering>;
export type SeriesLayout = z.infer<typeof SeriesLayout>;
export type Series = z.infer<typeof Series>;
export type ItemSource = z.infer<typeof ItemSource>;
export type IssueItem = z.infer<typeof IssueItem>;
export type Issue = z.infer<typeof Issue>;
