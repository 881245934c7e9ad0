import type { Api, Request } from '../../../shared/api';
import { AppError } from '../../../shared/api';
import { NOTICE_SIZES, buildNoticeHtml, buildRegisterHtml, type NoticeContent } from '../../../shared/layout/register';
import type { Locale } from '../../../shared/model';
import { isOpen, noticeContent, registerTable, sortTasks, type TaskRow } from '../../../shared/tasks';
import { writeFileAtomic } from '../export/atomic-write';
import { countPdfPages } from '../export/render';
import type { Feature, FeatureContext } from '../feature-context';
import { TaskRegister } from './register-store';
import { NotARegister, buildRegisterXlsx, previewImport } from './xlsx';

type TasksApi = Pick<Api, 'tasks:list' | 'tasks:summary' | 'tasks:update' | 'tasks:export' | 'tasks:notice' | 'tasks:import:preview' | 'tasks:import:apply'>;

/** After the search index's start (250 ms): first paint's requests go first. */
const WARM_DELAY_MS = 400;

const LANG: Record<Locale, string> = { 'zh-CN': 'zh-CN', 'zh-TW': 'zh-TW', en: 'en' };

/**
 * The 督办台账 service: the register kept in step with the library (register-store.ts), people's
 * progress updates, the register's exports (XLSX, PDF, DOCX), the 督办通知单 / 催办单 and the
 * progress import (preview first, then apply what the user confirmed).
 */
export function tasksFeature(ctx: FeatureContext): Feature<TasksApi> {
  const register = new TaskRegister({
    dataDir: ctx.options.dataDir,
    list: () => ctx.store.list(),
    get: async (id) => (await ctx.store.get(id)).doc,
    clock: ctx.clock,
  });
  const locale = (): Locale => ctx.options.locale ?? 'zh-CN';
  // Read tasks.json and catch up with the library shortly after start, so the register (and the
  // top bar's overdue badge) open on a warm register: at 5,000 tasks the cold read is most of the
  // cost (bench/tasks.ts). Not unref'd: dispose clears it.
  const warm = setTimeout(() => void register.list().catch(() => undefined), WARM_DELAY_MS);

  async function rowsFor(keys: readonly string[] | undefined): Promise<{ rows: TaskRow[]; today: string }> {
    const { tasks, today } = await register.list();
    if (!keys) return { rows: sortTasks(tasks.filter(isOpen), 'due'), today };
    const byKey = new Map(tasks.map((r) => [r.key, r]));
    const rows = keys.map((k) => {
      const r = byKey.get(k);
      if (!r) throw new AppError('notFound', `task ${k}`, { id: k });
      return r;
    });
    return { rows, today };
  }

  async function write(ref: { path?: string; handle?: string; overwrite?: boolean }, bytes: Uint8Array): Promise<string> {
    const target = await ctx.files.write({ path: ref.path, handle: ref.handle });
    await writeFileAtomic(target.path, bytes, { overwrite: target.viaHandle || (ref.overwrite ?? false) });
    return target.display;
  }

  async function exportRegister(req: Request<'tasks:export'>) {
    const { rows, today } = await rowsFor(req.keys);
    const orientation = req.orientation ?? 'landscape';
    const table = registerTable(rows, { orientation, locale: locale(), today, title: req.title, issuer: req.issuer });
    let bytes: Uint8Array;
    if (req.format === 'xlsx') bytes = await buildRegisterXlsx(rows, { locale: locale(), title: table.title });
    // docx (250 KB) loads on the first DOCX, as in export/render.ts: not on every start of the services
    else if (req.format === 'docx') bytes = await (await import('../../../shared/docx/register')).buildRegisterDocx(table, { orientation });
    else bytes = await (await ctx.printer()).print(buildRegisterHtml(table, { orientation, lang: LANG[locale()] }), { title: table.title });
    return { path: await write(req, bytes), bytes: bytes.length, rows: rows.length };
  }

  /**
   * The notice printed at the first size that gives one page (the DOCX takes the same size). A
   * unit with more tasks than one page holds at the smallest size is refused with its count:
   * the form is one sheet (design note §7), and a silent second page would be lost at the unit.
   */
  async function onePageNotice(content: NoticeContent): Promise<{ pdf: Uint8Array; pt: number }> {
    const printer = await ctx.printer();
    for (const pt of NOTICE_SIZES) {
      const pdf = await printer.print(buildNoticeHtml(content, LANG[locale()], pt), { title: content.title });
      if (countPdfPages(pdf) <= 1) return { pdf, pt };
    }
    throw new AppError('validation', `the notice for ${content.unit} does not fit one page (${content.cells.length} tasks)`, {
      path: 'unit',
      reason: 'noticeTooLong',
      unit: content.unit,
      count: content.cells.length,
    });
  }

  return {
    api: {
      'tasks:list': () => register.list(),
      'tasks:summary': async () => {
        const { tasks, today } = await register.list();
        return { overdue: tasks.filter((t) => t.overdue).length, today };
      },
      'tasks:update': async ({ key, ...update }) => ({ task: await register.update(key, update) }),
      'tasks:export': exportRegister,
      'tasks:notice': async (req) => {
        const { tasks, today } = await register.list();
        const content = noticeContent(sortTasks(tasks, 'due'), req.unit, req.kind, { locale: locale(), today, issuer: req.issuer });
        const { pdf, pt } = await onePageNotice(content);
        const bytes = req.format === 'docx' ? await (await import('../../../shared/docx/register')).buildNoticeDocx(content, pt) : pdf;
        return { path: await write(req, bytes), bytes: bytes.length, rows: content.cells.length };
      },
      'tasks:import:preview': async ({ base64 }) => {
        const records = await register.records$();
        try {
          return await previewImport(new Uint8Array(Buffer.from(base64, 'base64')), records);
        } catch (e) {
          if (e instanceof NotARegister) throw new AppError('validation', `not a task register: ${e.message}`, { path: 'file', reason: 'notARegister' });
          throw e;
        }
      },
      'tasks:import:apply': async ({ changes, by }) => {
        const rows = await register.updateMany(changes.map((c) => ({ key: c.key, update: { status: c.statusTo, note: c.note, by } })));
        return { applied: rows.length };
      },
    },
    exclusive: (fn) => register.exclusive(fn),
    async dispose() {
      clearTimeout(warm);
      await register.idle();
    },
  };
}

export { TaskRegister, localDay } from './register-store';
