import path from 'node:path';
import { AppError } from '../../../shared/api';
import { lookup } from '../../../shared/i18n';
import type { Conversion, ImportResult } from '../../../shared/importer';
import { readImportFile, runImport } from '../../services/import';
import { UsageError, cliLocale, type Command, type CommandIO } from '../command';
import { callFileChannel } from '../file-channels';
import { SPECS } from './specs';

/** Exit 2 with one line in the user's language for a file we cannot import. */
export function refuse(io: CommandIO, name: string, e: unknown): number {
  if (!(e instanceof AppError)) throw e;
  const locale = cliLocale(io.env);
  // the reader's refusals carry a reason code (tooLarge, binary …) worded by the importer bundle; a
  // request the channel's schema refused (dispatch) carries zod's sentence there instead
  const reason = typeof e.params.reason === 'string' && /^[A-Za-z]+$/.test(e.params.reason) ? e.params.reason : '';
  const message = reason ? lookup(locale, `errors.${reason}`, e.params, 'importer') : `${lookup(locale, `errors.${e.code}`, { detail: e.message, ...e.params })} (${e.message})`;
  io.stderr(`briefing ${name}: ${message}\n`);
  return 2;
}

function conversion(flags: Record<string, string | boolean>): Conversion {
  if (flags['to-simplified'] && flags['to-traditional']) throw new UsageError('choose one of --to-simplified and --to-traditional');
  if (flags['to-simplified']) return 'hans';
  if (flags['to-traditional']) return flags.variant === 'hk' ? 'hant-hk' : 'hant-tw';
  return 'none';
}

/** `briefing import FILE`: the structured draft in the app's schema, plus what cleanup removed. */
export const importCommand: Command = {
  ...SPECS.import,
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new UsageError('import needs a FILE');
    const convert = conversion(args.flags);
    let result: ImportResult;
    try {
      // through dispatch, as the app's channels are: the request is checked before the file is read
      result = await callFileChannel('file:import', { path: path.resolve(io.cwd, file), convert }, async (req) => {
        const source = await readImportFile(req.path);
        return runImport(source.text, source.format, req.convert, new Date(), path.basename(req.path));
      });
    } catch (e) {
      return refuse(io, 'import', e);
    }
    if (args.flags.json) {
      io.stdout(`${JSON.stringify({ ...result.draft, removed: result.removed, warnings: result.warnings, recognized: result.recognized }, null, 2)}\n`);
    } else io.stdout(outline(result));
    return 0;
  },
};

/** A readable outline for a terminal: people, sections, what was removed, what to look at. */
function outline(r: ImportResult): string {
  const d = r.draft;
  const lines = [
    `title:     ${d.title || '-'}`,
    `meeting:   ${d.meeting.name || '-'}`,
    `date:      ${d.meeting.date || '-'}${r.recognized.dateText ? ` (${r.recognized.dateText})` : ''}`,
    `chair:     ${[d.meeting.chair.title, d.meeting.chair.name].filter(Boolean).join(' ') || '-'}`,
    `attendees: ${d.meeting.attendees.map((p) => p.title + p.name).join('、') || '-'}`,
    `observers: ${d.meeting.observers.map((p) => p.title + p.name).join('、') || '-'}`,
    `script:    ${d.script}`,
    '',
  ];
  for (const s of d.sections) {
    lines.push(`[${s.kind}] ${s.lead || s.heading}`);
    for (const p of s.paragraphs) lines.push(`    ${p.length > 60 ? `${p.slice(0, 60)}…` : p}`);
    s.items.forEach((it, i) => lines.push(`    ${i + 1}. ${it.text.length > 50 ? `${it.text.slice(0, 50)}…` : it.text}${it.owner ? ` [${it.owner}]` : ''}${it.due ? ` (${it.due})` : ''}`));
  }
  const removed = r.removed.filter((c) => c.kind !== 'punctuation' && c.kind !== 'whitespace' && c.kind !== 'quotes');
  lines.push('', `removed: ${r.removed.length} changes (${r.removed.filter((c) => c.kind === 'ruby').length} pinyin annotations)`);
  for (const c of removed.filter((c) => c.kind !== 'ruby')) lines.push(`    - ${c.kind}: ${c.original.trim()}`);
  for (const w of r.warnings) lines.push(`warning: ${w.code}${w.excerpt ? ` at ${w.start}: ${w.excerpt}` : ''}`);
  return `${lines.join('\n')}\n`;
}
