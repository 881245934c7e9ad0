import { z } from 'zod';
import { ACTION_STYLES, DOCUMENT_KINDS } from '../model';

/** Which paper form a document takes: 纪要 (GB/T 9704 §10.3), 简报, or 报道. */
export const LAYOUT_PRESETS = DOCUMENT_KINDS;
export const LayoutPreset = z.enum(LAYOUT_PRESETS);
export type LayoutPreset = z.infer<typeof LayoutPreset>;

/** Output script: as written, or the whole document converted (opencc). */
export const OUTPUT_SCRIPTS = ['keep', 'hans', 'hant'] as const;
/** Traditional variants: OpenCC standard, Taiwan, Hong Kong. */
export const HANT_VARIANTS = ['t', 'tw', 'hk'] as const;

export const LayoutOptions = z.strictObject({
  script: z.enum(OUTPUT_SCRIPTS).default('keep'),
  hantVariant: z.enum(HANT_VARIANTS).default('tw'),
  /** Diagonal text on every page, e.g. 征求意见稿 / 送审稿; empty for none. */
  watermark: z.string().max(20).default(''),
  /** 密级 shown top left in 3号黑体; overrides masthead.classification when not empty. */
  classification: z.string().max(40).default(''),
  /** Per-section override of how an action list is laid out (section id -> style). */
  actionStyles: z.record(z.string(), z.enum(ACTION_STYLES)).default({}),
  /** 简报 masthead name (工作简报, 情况反映 …); empty picks the stock name for the script. */
  mastheadName: z.string().max(40).default(''),
  /** Put the 版记 / 报尾 at the foot of the last page (GB/T 9704 §7.4.1). */
  imprintAtFoot: z.boolean().default(true),
});
export type LayoutOptions = z.output<typeof LayoutOptions>;
export type LayoutOptionsInput = z.input<typeof LayoutOptions>;

export function layoutOptions(input: LayoutOptionsInput = {}): LayoutOptions {
  return LayoutOptions.parse(input);
}

/** The stock watermarks (document words, printed as they are whatever the UI language). */
export const STOCK_WATERMARKS = ['征求意见稿', '送审稿'] as const;
/** The stock classifications (密级 as GB/T 9704 writes them). */
export const STOCK_CLASSIFICATIONS = ['内部', '秘密', '机密'] as const;
