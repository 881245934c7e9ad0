import type { Briefing, Script } from '../model';

/**
 * What a cleanup step did to the source, in source coordinates (UTF-16 offsets into
 * `ImportResult.source`), so the import view can strike it through and the user can undo it.
 */
export const CHANGE_KINDS = ['ruby', 'furniture', 'dateline', 'byline', 'title', 'header', 'punctuation', 'quotes', 'width', 'whitespace', 'control'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

export interface Change {
  kind: ChangeKind;
  /** The source text that was replaced (what the user pasted). */
  original: string;
  /** What it became; '' for a removal. */
  replacement: string;
  start: number;
  end: number;
}

/**
 * Something the user should look at. `code` is an i18n key under `importer:warnings.*`.
 * start/end are source offsets; both 0 when the warning is about the whole document.
 */
export const WARNING_CODES = ['damaged', 'mojibake', 'noTitle', 'noChair', 'noDate', 'noExactDate', 'yearAssumed', 'noSections', 'noChinese', 'truncated', 'converted'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export interface ImportWarning {
  code: WarningCode;
  start: number;
  end: number;
  /** The text concerned, for display without the source at hand. */
  excerpt: string;
  params: Record<string, string | number>;
}

/** Script conversion on request: OpenCC variants (zh-TW uses Taiwan forms, zh-HK Hong Kong forms). */
export const CONVERSIONS = ['none', 'hans', 'hant-tw', 'hant-hk'] as const;
export type Conversion = (typeof CONVERSIONS)[number];

export interface ImportOptions {
  /** 'text' for a paste or a .txt; 'html' for clipboard HTML or an .html file. */
  format?: 'text' | 'html';
  convert?: Conversion;
  /** The clock: assumed year of dates written without one, createdAt. */
  now?: Date;
}

/** What recognition found beyond the document model: for review and for the scorer. */
export interface Recognized {
  /** The meeting date exactly as written (3月5日下午), '' if none. */
  dateText: string;
  /** A publication date found in site furniture (2012-08-16), ISO, '' if none. */
  publishedDate: string;
  /** Group attendees that are not persons (各单位主要负责人) keep their words in `attendees[].name`. */
  detectedScript: Script;
}

export interface ImportResult {
  /** The text the user supplied, as shown on the source side (HTML already reduced to text). */
  source: string;
  /** The cleaned text the structure was recognised from. */
  text: string;
  draft: Briefing;
  removed: Change[];
  warnings: ImportWarning[];
  recognized: Recognized;
}

/** Input the importer refuses outright, with a reason the service turns into an AppError. */
export class ImportInputError extends Error {
  constructor(
    readonly reason: 'empty' | 'tooLarge' | 'binary',
    detail: string,
  ) {
    super(detail);
    this.name = 'ImportInputError';
  }
}

/** The largest text the importer accepts (characters): about 500 pages, far beyond any summary. */
export const MAX_IMPORT_CHARS = 1_000_000;
