import { z } from 'zod';
import { Notice } from '../../../shared/api/channels/core';
import { Settings, DEFAULT_SETTINGS } from '../../../shared/model/settings';
import { Template } from '../../../shared/model/template';
import { Low } from 'lowdb';
import { CorruptFileError, DurableJsonAdapter } from './durable-adapter';
import { quarantineFile } from './recovery';
import type { StorePaths } from './paths';

const TemplatesFile = z.object({ format: z.literal('briefing-desk/templates'), templates: z.array(Template) });
const SettingsFile = z.object({ format: z.literal('briefing-desk/settings'), settings: Settings });
const NoticesFile = z.object({ format: z.literal('briefing-desk/notices'), notices: z.array(Notice) });

export type TemplatesData = z.infer<typeof TemplatesFile>;
export type SettingsData = z.infer<typeof SettingsFile>;
export type NoticesData = z.infer<typeof NoticesFile>;

/**
 * Opens one of the small lowdb files (templates, settings, notices). A corrupt one is set aside
 * in quarantine/ (never deleted) and replaced by defaults; `onQuarantine` lets the store tell the user.
 */
async function openLow<S extends z.ZodType>(
  file: string,
  schema: S,
  defaults: z.output<S>,
  paths: StorePaths,
  now: Date,
  onQuarantine: (file: string, reason: string, movedTo: string) => void,
): Promise<Low<z.output<S>>> {
  const db = new Low(new DurableJsonAdapter(file, schema, { pretty: true }), defaults);
  try {
    await db.read();
  } catch (e) {
    if (!(e instanceof CorruptFileError)) throw e;
    const movedTo = await quarantineFile(paths, file, now);
    onQuarantine(file, e.reason, movedTo);
    db.data = defaults;
  }
  return db;
}

export async function openKvFiles(paths: StorePaths, now: Date, onQuarantine: (file: string, reason: string, movedTo: string) => void) {
  const [templates, settings, notices] = await Promise.all([
    openLow(paths.templates, TemplatesFile, { format: 'briefing-desk/templates' as const, templates: [] }, paths, now, onQuarantine),
    openLow(paths.settings, SettingsFile, { format: 'briefing-desk/settings' as const, settings: DEFAULT_SETTINGS }, paths, now, onQuarantine),
    openLow(paths.notices, NoticesFile, { format: 'briefing-desk/notices' as const, notices: [] }, paths, now, onQuarantine),
  ]);
  return { templates, settings, notices };
}
