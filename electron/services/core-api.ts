import { AppError, type Api } from '../../shared/api';
import { NO_POLICY, SCHEMA_VERSION, documentFromTemplate, type Template } from '../../shared/model';
import { BUILTIN_TEMPLATES, builtinTemplate } from '../../shared/templates';
import type { ServiceOptions } from './context';
import type { FileAccess } from './files/file-access';
import { templatesExport } from './templates-export';
import { assertSettingsAllowed, overlaySettings } from './policy/apply';
import { loadSharedTemplates } from './policy/shared-templates';
import { backupLibrary, restoreLibrary } from './library-archive';
import type { DocumentStore } from './store/document-store';
import { storeApi } from './store-api';

type CoreChannels =
  | 'app:info'
  | 'docs:list'
  | 'docs:get'
  | 'docs:getRevision'
  | 'docs:create'
  | 'docs:save'
  | 'docs:duplicate'
  | 'docs:trash'
  | 'docs:restore'
  | 'docs:emptyTrash'
  | 'templates:list'
  | 'templates:save'
  | 'templates:delete'
  | 'settings:get'
  | 'settings:set'
  | 'store:notices'
  | 'store:dismissNotice'
  | 'library:backup'
  | 'library:restore'
  | 'templates:export';

/** The foundation's channels over the store. Payloads arrive already parsed by `dispatch`. */
export function createCoreApi(store: DocumentStore, options: ServiceOptions & { clock: () => Date }, files: FileAccess): Pick<Api, CoreChannels> {
  const policy = (options.policy ?? NO_POLICY).policy;
  // the policy's shared templates folder, read on each use (a network share changes under us)
  const sharedTemplates = async (): Promise<Template[]> => (policy.templatesDir ? (await loadSharedTemplates(policy.templatesDir.value)).filter((t) => !builtinTemplate(t.id)) : []);
  const isShared = async (id: string) => (await sharedTemplates()).some((t) => t.id === id);
  const findTemplate = async (id: string): Promise<Template> => {
    const t = builtinTemplate(id) ?? store.userTemplates().find((u) => u.id === id) ?? (await sharedTemplates()).find((u) => u.id === id);
    if (!t) throw new AppError('notFound', `template ${id}`);
    return t;
  };
  return {
    'app:info': async () => ({ version: options.version ?? '0.0.0', schemaVersion: SCHEMA_VERSION, dataDir: store.paths.root, mode: options.mode ?? 'cli' }),
    ...storeApi(store),
    'docs:getRevision': async ({ id, revision }) => ({ doc: await store.getRevision(id, revision) }),
    'docs:create': async ({ templateId, title }) => ({ doc: await store.create(documentFromTemplate(await findTemplate(templateId), options.clock(), { title })) }),
    'docs:save': async ({ doc }) => ({ doc: await store.save(doc) }),
    'docs:duplicate': async ({ id }) => ({ doc: await store.duplicate(id) }),
    'docs:trash': async ({ id }) => (await store.trash(id), { ok: true as const }),
    'docs:restore': async ({ id }) => (await store.restore(id), { ok: true as const }),
    'docs:emptyTrash': async () => ({ removed: await store.emptyTrash() }),
    'templates:list': async () => ({ templates: [...BUILTIN_TEMPLATES, ...(await sharedTemplates()), ...store.userTemplates()] }),
    'templates:save': async ({ template }) => {
      if (template.builtIn || builtinTemplate(template.id) || (await isShared(template.id))) throw new AppError('builtInTemplate', template.id);
      return { template: await store.saveTemplate(template) };
    },
    'templates:delete': async ({ id }) => {
      if (builtinTemplate(id) || (await isShared(id))) throw new AppError('builtInTemplate', id);
      await store.deleteTemplate(id);
      return { ok: true as const };
    },
    // locked policy values show through and cannot be changed (policy/apply.ts)
    'settings:get': async () => ({ settings: overlaySettings(store.settings(), policy) }),
    'settings:set': async ({ settings }) => {
      assertSettingsAllowed(settings, policy);
      return { settings: overlaySettings(await store.updateSettings(settings), policy) };
    },
    'store:notices': async () => ({ notices: store.notices() }),
    'store:dismissNotice': async ({ id }) => (await store.dismissNotice(id), { ok: true as const }),
    'library:backup': async (ref) => {
      const target = await files.write(ref);
      const r = await backupLibrary(store, target.path, options.clock());
      return { ...r, path: target.display };
    },
    'library:restore': async ({ mode, ...ref }) => {
      const source = await files.read(ref);
      return restoreLibrary(store, source.path, mode, options.clock());
    },
    'templates:export': (req) => templatesExport(req, { store, files }),
  };
}
