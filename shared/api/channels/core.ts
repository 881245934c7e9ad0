// The core channels (documents, templates, settings, notices, the library archive) and the rows
// they carry. A module of its own, like each feature's file beside it, so that the document store
// and a CLI command that needs only these (`briefing list`) build these schemas and no others:
// contract.ts, which merges every feature's channels, evaluates them all.
import { z } from 'zod';
// the model's modules, not its index: the index also evaluates the 简报 issue and copy-range
// schemas, which no core channel uses (briefing list imports this module, see the CLI)
import { Briefing, DocumentKind, Id, Script, Status } from '../../model/briefing';
import { Settings } from '../../model/settings';
import { Template } from '../../model/template';
import { FileHandle, FilePath, ONE_TARGET, oneTarget } from './files';

export const IndexEntry = z.object({
  id: Id,
  title: z.string(),
  kind: DocumentKind,
  status: Status,
  script: Script,
  meetingName: z.string(),
  meetingDate: z.string(),
  excerpt: z.string(),
  templateId: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revision: z.number().int(),
  /** Set when the file was written by a newer app: listed, opened read-only, never saved over. */
  newerSchema: z.boolean().default(false),
  trashedAt: z.string().default(''),
});
export type IndexEntry = z.infer<typeof IndexEntry>;

export const Notice = z.object({
  id: z.string(),
  kind: z.enum(['restoredFromBackup', 'quarantinedUnrecoverable', 'newerSchema', 'indexRebuilt', 'unreadableSkipped', 'backupFailed']),
  documentId: z.string(),
  file: z.string(),
  at: z.string(),
  detail: z.string(),
});
export type Notice = z.infer<typeof Notice>;

export const RevisionInfo = z.object({ revision: z.number().int(), updatedAt: z.string() });

export const RestoreReport = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  keptLocal: z.number().int(),
  /** Same revision, different content: both kept, the incoming one as a copy. */
  keptBoth: z.number().int(),
  templates: z.number().int(),
  /** Issues and series written from the backup, 期号 register lines it added, tasks merged (archive v2). */
  issues: z.number().int(),
  series: z.number().int(),
  numbers: z.number().int(),
  tasks: z.number().int(),
  /** Where the replaced library was moved (replace mode), so nothing is lost. */
  previousLibrary: z.string(),
});
export type RestoreReport = z.infer<typeof RestoreReport>;

const Empty = z.strictObject({});
const ById = z.strictObject({ id: Id });
const Ok = z.object({ ok: z.literal(true) });
/**
 * A plain file name: no folder separators, no characters Windows refuses, no control characters.
 * A named constant so the eslint-disable line stays next to the literal: prettier breaks a call
 * chain whose argument is a long regex literal, which moved the literal away from its directive.
 */
// eslint-disable-next-line no-control-regex
const PLAIN_FILE_NAME = /^[^/\\:*?"<>|\u0000-\u001f]+$/;

/**
 * The contract: channel -> request and response schemas. Requests are strict (extra fields are an
 * error: a malformed payload is refused, never half-applied); responses are validated in tests.
 */
export const coreChannels = {
  'app:info': {
    request: Empty,
    response: z.object({ version: z.string(), schemaVersion: z.number(), dataDir: z.string(), mode: z.enum(['electron', 'browser', 'cli']) }),
  },
  'docs:list': {
    request: z.strictObject({ trashed: z.boolean().optional() }),
    response: z.object({ entries: z.array(IndexEntry) }),
  },
  'docs:get': {
    request: ById,
    response: z.object({ doc: Briefing, revisions: z.array(RevisionInfo) }),
  },
  'docs:getRevision': {
    request: z.strictObject({ id: Id, revision: z.number().int().min(0) }),
    response: z.object({ doc: Briefing }),
  },
  'docs:create': {
    request: z.strictObject({ templateId: z.string().min(1).max(64), title: z.string().max(200).optional() }),
    response: z.object({ doc: Briefing }),
  },
  'docs:save': {
    request: z.strictObject({ doc: Briefing }),
    response: z.object({ doc: Briefing }),
  },
  'docs:duplicate': { request: ById, response: z.object({ doc: Briefing }) },
  'docs:trash': { request: ById, response: Ok },
  'docs:restore': { request: ById, response: Ok },
  'docs:emptyTrash': { request: Empty, response: z.object({ removed: z.number().int() }) },
  'templates:list': { request: Empty, response: z.object({ templates: z.array(Template) }) },
  'templates:save': { request: z.strictObject({ template: Template }), response: z.object({ template: Template }) },
  'templates:delete': { request: z.strictObject({ id: z.string().min(1).max(64) }), response: Ok },
  'settings:get': { request: Empty, response: z.object({ settings: Settings }) },
  'settings:set': { request: z.strictObject({ settings: Settings.partial() }), response: z.object({ settings: Settings }) },
  'store:notices': { request: Empty, response: z.object({ notices: z.array(Notice) }) },
  'store:dismissNotice': { request: z.strictObject({ id: z.string().max(100) }), response: Ok },
  // A path inside the allowed folders, or (the app) a dialog handle: see channels/files.ts.
  'library:backup': {
    request: z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional() }).refine(oneTarget, ONE_TARGET),
    response: z.object({ path: z.string(), documents: z.number().int() }),
  },
  'library:restore': {
    request: z.strictObject({ path: FilePath.optional(), handle: FileHandle.optional(), mode: z.enum(['merge', 'replace']) }).refine(oneTarget, ONE_TARGET),
    response: RestoreReport,
  },
  /**
   * Templates as a template file (JSON, shared/templates/file.ts), written by the services: to a
   * save-dialog handle (the app) or under `fileName` into the data dir's exports/ (browser mode),
   * never over an existing file there.
   */
  'templates:export': {
    request: z
      .strictObject({
        ids: z.array(z.string().min(1).max(64)).min(1).max(200),
        handle: FileHandle.optional(),
        fileName: z.string().min(1).max(200).regex(PLAIN_FILE_NAME).optional(),
      })
      .refine((r) => (r.handle === undefined) !== (r.fileName === undefined), ONE_TARGET),
    response: z.object({ path: z.string(), count: z.number().int() }),
  },
} as const;
