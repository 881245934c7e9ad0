import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError, dispatch, type Api, type Contract } from '../../../shared/api';
import { EXPORT_FORMATS, type ExportFormat, type ExportResult } from '../../../shared/api/channels/export';
import { lookup } from '../../../shared/i18n';
import { LAYOUT_PRESETS, OUTPUT_SCRIPTS, type LayoutPreset } from '../../../shared/layout';
import { Briefing, migrate, type Locale } from '../../../shared/model';
import { exportToFile, type ExportToFile } from '../../services/export/export-file';
import { cliLocale, stringFlag, type Command, type CommandIO, type ParsedArgs } from '../command';
import { withServices } from './core';
import { assertCliWriteAllowed } from '../policy';
import { unwrap } from '../file-channels';
import { SPECS } from './specs';

type Doc = Briefing;

/** Bad input the command refuses with one line in the user's language (exit 2). */
export class Refusal extends Error {}

const t = (locale: Locale, key: string, params: Record<string, string | number> = {}) => lookup(locale, key, params, 'export');

/** `briefing export`: one document to PDF, DOCX or HTML, written atomically to --out. */
export const exportCommand: Command = {
  ...SPECS.export,
  async run(args, io) {
    const locale = cliLocale(io.env);
    const fail = (message: string) => {
      io.stderr(`briefing export: ${message.split('\n')[0]}\n`);
      return 2;
    };
    try {
      const format = (stringFlag(args, 'format') ?? 'pdf') as ExportFormat;
      if (!EXPORT_FORMATS.includes(format)) throw new Refusal(t(locale, 'cli.badFormat'));
      const layoutFlag = stringFlag(args, 'layout');
      if (layoutFlag && !LAYOUT_PRESETS.includes(layoutFlag as LayoutPreset)) throw new Refusal(t(locale, 'cli.badLayout'));
      const out = stringFlag(args, 'out');
      if (!out) throw new Refusal(t(locale, 'cli.needOut'));
      const script = stringFlag(args, 'script') ?? 'keep';
      if (!(OUTPUT_SCRIPTS as readonly string[]).includes(script)) throw new Refusal(`--script must be ${OUTPUT_SCRIPTS.join(', ')}`);
      const variant = stringFlag(args, 'variant') ?? 'tw';
      if (!['t', 'tw', 'hk'].includes(variant)) throw new Refusal('--variant must be t, tw or hk');
      const target = path.resolve(io.cwd, out);
      const request = {
        path: target,
        layout: layoutFlag as LayoutPreset | undefined,
        overwrite: args.flags.force === true,
        options: {
          script: script as 'keep' | 'hans' | 'hant',
          hantVariant: variant as 't' | 'tw' | 'hk',
          watermark: stringFlag(args, 'watermark') ?? '',
          classification: stringFlag(args, 'classification') ?? '',
        },
      };
      const id = stringFlag(args, 'id');
      // A stored document goes through the services' export channel (dispatch, as IPC and the host
      // do); a document file needs no library, so it is rendered here without opening one.
      const result =
        id && !args.positionals[0]
          ? await withServices(args, io, async ({ api }) =>
              // a stored 简报 issue exports as a whole issue; any other id is a library document
              (await isStoredIssue(api, id)) ? api['issues:export']({ id, format, path: target, overwrite: request.overwrite }) : api[`export:${format}`]({ ...request, id }),
            )
          : await assertCliWriteAllowed(args, io, target).then(async () => exportFile(await loadDocument(args, io, locale), format, request));
      return reportWritten(io, locale, format, result);
    } catch (e) {
      return fail(failureMessage(e, locale));
    }
  },
};

/** Whether ID names a stored issue (issues/items/ID.json) rather than a document. */
async function isStoredIssue(api: Pick<Api, 'issues:get'>, id: string): Promise<boolean> {
  try {
    await api['issues:get']({ id });
    return true;
  } catch (e) {
    if (e instanceof AppError && e.code === 'notFound') return false;
    throw e;
  }
}

/** The fallback fonts as warnings and "wrote PATH (N pages, KB, ms)"; exit 0. Shared by export and issue. */
export function reportWritten(io: CommandIO, locale: Locale, format: ExportFormat, result: ExportResult): number {
  for (const f of result.fonts) {
    if (!f.preferred && f.family) io.stderr(`warning: ${t(locale, 'fonts.fallback', { role: t(locale, `fonts.role.${f.role}`), family: f.family })}\n`);
  }
  const detail = [format === 'pdf' ? t(locale, 'cli.pages', { count: result.pages }) : '', `${Math.ceil(result.bytes / 1024)} KB`, `${result.ms} ms`].filter(Boolean).join(', ');
  io.stdout(`${t(locale, 'cli.wrote', { path: result.path, detail })}\n`);
  return 0;
}

/** One line for a failed export: a refusal as worded, an existing file, or the error's code and detail. */
export function failureMessage(e: unknown, locale: Locale): string {
  if (e instanceof Refusal) return e.message;
  if (e instanceof AppError) {
    if (e.code === 'conflict') return t(locale, 'cli.exists', { path: String(e.params.path ?? '') });
    return `${e.code}: ${e.message}`;
  }
  return t(locale, 'cli.failed', { detail: e instanceof Error ? e.message : String(e) });
}

/**
 * Renders a document read from a file, with a Chromium printer for PDF (closed afterwards), none
 * for DOCX and HTML. The request goes through dispatch on the contract's export:<format>, the
 * channel the app exports an edited document with ({ doc, path }): the layout options, the path
 * and the document pass the same strict schema as from the app, before anything is rendered.
 * No library is opened: the handler renders and writes here, so the command still runs beside an
 * open app, writing where the user's policy allows (assertCliWriteAllowed, before this).
 */
async function exportFile(doc: Doc, format: ExportFormat, request: Omit<ExportToFile, 'doc' | 'format'>): Promise<ExportResult> {
  const channel = `export:${format}` as const;
  const render = async (req: z.output<Contract[typeof channel]['request']>): Promise<ExportResult> => {
    const job = { doc: req.doc!, format, path: req.path!, layout: req.layout, options: req.options, overwrite: req.overwrite };
    if (format !== 'pdf') return exportToFile(job);
    const { ChromiumPrinter } = await import('../../services/export/chromium-printer');
    const printer = new ChromiumPrinter();
    try {
      return await exportToFile({ ...job, printer: async () => printer });
    } finally {
      await printer.close();
    }
  };
  const api = { [channel]: render } as Partial<Api> as Api;
  return unwrap(await dispatch(api, channel, { ...request, doc })) as ExportResult;
}

export async function loadDocument(args: ParsedArgs, io: CommandIO, locale: Locale): Promise<Doc> {
  const file = args.positionals[0];
  if (!file) throw new Refusal(t(locale, 'cli.needInput'));
  return readDocumentFile(file, io, locale);
}

/** A document JSON file (as `briefing show` prints it), migrated and validated; Refusal when it is not one. */
export async function readDocumentFile(file: string, io: CommandIO, locale: Locale): Promise<Doc> {
  let raw: string;
  try {
    raw = await readFile(path.resolve(io.cwd, file), 'utf8');
  } catch (e) {
    throw new Refusal(t(locale, 'cli.unreadable', { file, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Refusal(t(locale, 'cli.badJson', { file, detail: (e as Error).message }));
  }
  const parsed = Briefing.safeParse(migrateSafely(json));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Refusal(t(locale, 'cli.badDoc', { file, detail: `${issue?.path.join('.') || '(root)'}: ${issue?.message ?? ''}` }));
  }
  return parsed.data;
}

/** Older documents are brought up to the current schema the way the store does it. */
function migrateSafely(json: unknown): unknown {
  try {
    return migrate(json);
  } catch {
    return json;
  }
}
