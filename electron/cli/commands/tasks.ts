import path from 'node:path';
import { AppError } from '../../../shared/api';
import { TASK_EXPORT_FORMATS, type TaskExportFormat } from '../../../shared/api/channels/tasks';
import { lookup } from '../../../shared/i18n';
import type { Locale } from '../../../shared/model';
import { filterTasks, sortTasks, type TaskRow } from '../../../shared/tasks';
import { cliLocale, stringFlag, type Command, type CommandIO } from '../command';
import { withServices } from './core';
import { Refusal, loadDocument } from './export';
import { SPECS } from './specs';

const t = (locale: Locale, key: string, params: Record<string, string | number> = {}) => lookup(locale, key, params, 'tasks');

function fail(io: CommandIO, name: string, e: unknown): number {
  if (e instanceof Refusal) io.stderr(`briefing ${name}: ${e.message.split('\n')[0]}\n`);
  else if (e instanceof AppError) io.stderr(`briefing ${name}: ${lookup(cliLocale(io.env), `errors.${e.code}`, { detail: e.message, ...e.params })} (${e.message.split('\n')[0]})\n`);
  else throw e;
  return 2;
}

/**
 * `briefing add FILE.json`: a document as `briefing show` or `briefing import --json` prints it,
 * stored as a new document, or as a new revision of the stored one with the same id.
 */
export const addCommand: Command = {
  ...SPECS.add,
  async run(args, io) {
    const locale = cliLocale(io.env);
    try {
      const doc = await loadDocument(args, io, locale);
      return await withServices(args, io, async ({ api, store }) => {
        const stored = store.list().find((e) => e.id === doc.id);
        const saved = stored ? (await api['docs:save']({ doc: { ...doc, revision: stored.revision } })).doc : await store.create({ ...doc, revision: 0 });
        io.stdout(`${t(locale, 'cli.added', { id: saved.id, revision: saved.revision })}\n`);
        return 0;
      });
    } catch (e) {
      return fail(io, 'add', e);
    }
  },
};

/** The exact shape of `briefing tasks --json`. */
function jsonRow(r: TaskRow) {
  return { documentId: r.documentId, itemId: r.itemId, text: r.text, owner: r.owner, due: r.due, dueDate: r.dueDate, status: r.status, overdue: r.overdue };
}

export const tasksCommand: Command = {
  ...SPECS.tasks,
  async run(args, io) {
    const locale = cliLocale(io.env);
    try {
      const format = stringFlag(args, 'export');
      if (format !== undefined && !TASK_EXPORT_FORMATS.includes(format as TaskExportFormat)) throw new Refusal(t(locale, 'cli.unknownFormat', { format }));
      const out = stringFlag(args, 'out');
      if (format && !out) throw new Refusal(t(locale, 'cli.needOut'));
      return await withServices(args, io, async ({ api }) => {
        const { tasks, today } = await api['tasks:list']({});
        const rows = sortTasks(filterTasks(tasks, { view: args.flags.overdue === true ? 'overdue' : 'all', unit: stringFlag(args, 'owner') }, today), 'due');
        if (format) {
          const res = await api['tasks:export']({
            format: format as TaskExportFormat,
            keys: rows.map((r) => r.key),
            orientation: args.flags.portrait === true ? 'portrait' : 'landscape',
            // 督办单位 for the title block of the PDF and DOCX
            issuer: stringFlag(args, 'issuer'),
            path: path.resolve(io.cwd, out!),
            overwrite: args.flags.force === true,
          });
          io.stdout(`${t(locale, 'cli.exported', { rows: res.rows, path: res.path })}\n`);
          return 0;
        }
        if (args.flags.json) {
          io.stdout(`${JSON.stringify({ tasks: rows.map(jsonRow) }, null, 2)}\n`);
          return 0;
        }
        if (!rows.length) io.stdout(`${t(locale, 'cli.none')}\n`);
        for (const r of rows) {
          const status = t(locale, `status.${r.status}`) + (r.overdue ? `/${t(locale, 'status.overdue')}` : '');
          io.stdout(`${r.dueDate ?? '-'}\t${r.due || '-'}\t${status}\t${r.owner || '-'}\t${r.text.replace(/\s+/g, ' ')}\n`);
        }
        return 0;
      });
    } catch (e) {
      return fail(io, 'tasks', e);
    }
  },
};
