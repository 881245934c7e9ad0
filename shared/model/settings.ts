import { z } from 'zod';
import { Script } from './briefing';

export const LOCALES = ['zh-CN', 'zh-TW', 'en'] as const;
export const Locale = z.enum(LOCALES);
export type Locale = z.infer<typeof Locale>;

export const Settings = z.object({
  locale: Locale.default('zh-CN'),
  /** UI zoom factor, remembered for people who read small type with difficulty. */
  zoom: z.number().min(0.5).max(3).default(1),
  defaultScript: Script.default('hans'),
  /** Layout preferences for export, filled in by the export issue. */
  issuer: z.string().max(200).default(''),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = Settings.parse({});
