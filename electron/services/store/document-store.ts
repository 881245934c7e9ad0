import path from 'node:path';
// the errors and the core channels' rows only: the store builds no feature's schemas (briefing list)
import { AppError } from '../../../shared/api/errors';
import type { IndexEntry, Notice } from '../../../shared/api/channels/core';
// the model's modules, not its index (which also builds the issue schemas): see channels/core.ts
import { Briefing, SCHEMA_VERSION, type Briefing as BriefingT } from '../../../shared/model/briefing';
import { DEFAULT_SETTINGS, Settings, type Settings as SettingsT } from '../../../shared/model/settings';
import { Template, type Template as TemplateT } from '../../../shared/model/template';
import { NewerSchemaError } from '../../../shared/model/migrations';
import { newId } from '../../../shared/model/ids';
import { CorruptFileError, parseJsonFile, serialize } from './durable-adapter';
import { DocumentFile, HISTORY_DEPTH, peekNewer, prepareDocumentFile } from './document-file';
import { disk, readText } from '../disk';
import { ensureDir, makePrivate, removeStaleTemps, renameDurable, writeFileDurable } from '../fs-durable';
import { entryOf } from './index-entry';
import { openKvFiles } from './kv-files';
import { LibraryIndex, fileIdOf, type StoredEntry } from './library-index';
import { acquireLock, type DataDirLock } from './lock';
import { idFromFileName, storePaths, type StorePaths } from './paths';
import { latestGoodBackup, listBackups, parseBackupName, quarantineFile, readBackup, restoreFromBackup, writeBackup } from './recovery';
import type { Snapshot } from './thinning';

export interface StoreOptions {
  dataDir: string;
  clock: () => Date;
  /**
   * Take the data dir over even from a holder that looks alive (the user confirmed that the other
   * window or process is gone, or accepts that its unsaved work there is lost).
   */
  takeOver?: boolean;
}

type Kv = Awaited<ReturnType<typeof openKvFiles>>;

/**
 * The document store: one lowdb JSON file per document (with its recent revisions), a rebuildable
 * index, rolling backups, quarantine for damaged files, a trash, user templates and settings.
 * Only one process may hold a data dir (see lock.ts); within the process, writes to one document
 * are serialised so a slow disk never reorders two saves.
 */
export class DocumentStore {
  private readonly files = new Map<string, DocumentFile>();
  private readonly backupNames = new Map<string, Snapshot[]>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private closed = false;

  private constructor(
    readonly paths: StorePaths,
    private readonly clock: () => Date,
    private readonly lock: DataDirLock,
    private readonly index: LibraryIndex,
    private readonly kv: Kv,
  ) {}

  static async open(options: StoreOptions): Promise<DocumentStore> {
    const paths = storePaths(options.dataDir);
    await ensureDir(paths.root);
    // The root is the privacy boundary: a library from before 0700 folders is narrowed here.
    await makePrivate(paths.root);
    for (const d of [paths.documents, paths.trash, paths.backups]) await ensureDir(d);
    const lock = await acquireLock(paths.root, options.clock(), { takeOver: options.takeOver ?? false });
    try {
      const pendingNotices: Notice[] = [];
      const kv = await openKvFiles(paths, options.clock(), (file, reason, movedTo) => pendingNotices.push(notice('quarantinedUnrecoverable', '', movedTo, `${file}: ${reason}`, options.clock())));
      await Promise.all([removeStaleTemps(paths.documents), removeStaleTemps(paths.trash), removeStaleTemps(paths.root)]);
      const index = new LibraryIndex(paths);
      const store = new DocumentStore(paths, options.clock, lock, index, kv);
      const loaded = await index.load();
      await store.reconcile(loaded !== 'ok' || lock.recovered, loaded === 'missing');
      for (const n of pendingNotices) await store.addNotice(n);
      return store;
    } catch (e) {
      await lock.release();
      throw e;
    }
  }

  // ---------------------------------------------------------------- index reconciliation

  /**
   * Brings the index in line with the files. Always: rows for missing files are dropped and
   * files without rows are read. After a crash (stale lock) or a lost index: every file's mtime
   * is compared, so a save that reached the disk but not the journal is listed as saved.
   */
  private async reconcile(deep: boolean, rebuilt: boolean): Promise<void> {
    let changed = false;
    for (const [dir, trashed] of [
      [this.paths.documents, false],
      [this.paths.trash, true],
    ] as const) {
      const ids = new Set((await disk().readdir(dir)).map(idFromFileName).filter((x): x is string => !!x));
      for (const entry of [...this.index.entries.values()]) {
        if (!!entry.trashedAt === trashed && !ids.has(entry.id)) {
          this.index.entries.delete(entry.id);
          changed = true;
        }
      }
      for (const id of ids) {
        const entry = this.index.entries.get(id);
        const file = trashed ? this.paths.trashed(id) : this.paths.document(id);
        if (entry && !!entry.trashedAt === trashed && !deep) continue;
        if (entry && !!entry.trashedAt === trashed) {
          const stat = await disk()
            .stat(file)
            .catch(() => undefined);
          if (stat && fileIdOf(stat) === entry.fileId) continue;
        }
        const fresh = await this.entryOrSkip(id, file, trashed ? entry?.trashedAt || this.clock().toISOString() : '');
        if (fresh) this.index.entries.set(id, fresh);
        else this.index.entries.delete(id);
        changed = true;
      }
    }
    if (changed || rebuilt) await this.index.compact();
    if (rebuilt && this.index.entries.size > 0) await this.addNotice(notice('indexRebuilt', '', this.paths.index, '', this.clock()));
  }

  /**
   * One bad entry must not stop the library: a damaged file with no backup (already quarantined
   * by readFile), something that is not a regular file (a folder or FIFO named like a document:
   * set aside in quarantine/), or a file we may not read (left in place: the user can fix its
   * permissions) is left out of the list with a notice, and the rest opens.
   */
  private async entryOrSkip(id: string, file: string, trashedAt: string): Promise<StoredEntry | undefined> {
    try {
      const stat = await disk().stat(file);
      if (!stat.isFile()) {
        const movedTo = await quarantineFile(this.paths, file, this.clock());
        await this.addNotice(notice('unreadableSkipped', id, movedTo, 'not a regular file', this.clock()));
        return undefined;
      }
      return await this.entryFromDisk(id, file, trashedAt);
    } catch (e) {
      if (e instanceof AppError && e.code === 'corrupt') return undefined;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined; // gone, or a dangling symlink: nothing to list
      if (!code) throw e;
      if (!this.notices().some((n) => n.kind === 'unreadableSkipped' && n.file === file)) {
        await this.addNotice(notice('unreadableSkipped', id, file, code, this.clock()));
      }
      return undefined;
    }
  }

  private async entryFromDisk(id: string, file: string, trashedAt: string): Promise<StoredEntry | undefined> {
    try {
      const doc = await this.readFile(id, file);
      const stat = await disk().stat(file);
      return { ...entryOf(doc.doc, { trashedAt }), fileId: fileIdOf(stat) };
    } catch (e) {
      if (e instanceof AppError && e.code === 'newerSchema') return this.newerEntry(id, file, trashedAt);
      if (e instanceof AppError && e.code === 'notFound') return undefined;
      throw e;
    }
  }

  private async newerEntry(id: string, file: string, trashedAt: string): Promise<StoredEntry> {
    let peek = { title: '', kind: 'minutes', updatedAt: '', revision: 0 };
    try {
      peek = peekNewer(JSON.parse(await readText(file)));
    } catch {
      /* listed with what we have */
    }
    const kind = (['minutes', 'briefing', 'report'] as const).find((k) => k === peek.kind) ?? 'minutes';
    return {
      id,
      title: peek.title.slice(0, 200),
      kind,
      status: 'draft',
      script: 'hans',
      meetingName: '',
      meetingDate: '',
      excerpt: '',
      templateId: '',
      createdAt: peek.updatedAt,
      updatedAt: peek.updatedAt,
      revision: peek.revision,
      newerSchema: true,
      trashedAt,
      fileId: '',
    };
  }

  // ---------------------------------------------------------------- reading

  /**
   * Reads and validates one document file. A damaged file is quarantined and the newest good
   * backup restored (with a notice); a newer-schema file is refused read-only.
   */
  private async readFile(id: string, file: string): Promise<DocumentFile> {
    const cached = this.files.get(id);
    if (cached) return cached;
    let text: string;
    try {
      text = await readText(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('notFound', id);
      throw e;
    }
    try {
      const parsed = parseJsonFile(file, text, DocumentFile, prepareDocumentFile);
      if (parsed.doc.id !== id) throw new CorruptFileError(file, `holds document ${parsed.doc.id}`);
      this.files.set(id, parsed);
      return parsed;
    } catch (e) {
      if (e instanceof NewerSchemaError) {
        throw new AppError('newerSchema', `${file}: schema ${e.found} > ${e.supported}`, { file: id, found: e.found, supported: e.supported });
      }
      if (!(e instanceof CorruptFileError)) throw e;
      return this.recover(id, file, e.reason);
    }
  }

  private async recover(id: string, file: string, reason: string): Promise<DocumentFile> {
    const movedTo = await quarantineFile(this.paths, file, this.clock());
    const backup = await latestGoodBackup(this.paths, id);
    if (!backup) {
      await this.addNotice(notice('quarantinedUnrecoverable', id, movedTo, reason, this.clock()));
      throw new AppError('corrupt', `${file}: ${reason}; moved to ${movedTo}`, { file: movedTo });
    }
    await restoreFromBackup(file, backup.file);
    await this.addNotice(notice('restoredFromBackup', id, movedTo, `${reason}; restored revision ${backup.file.doc.revision}`, this.clock()));
    this.files.set(id, backup.file);
    return backup.file;
  }

  private locate(id: string): { file: string; entry: StoredEntry } {
    const entry = this.index.entries.get(id);
    if (!entry) throw new AppError('notFound', id);
    return { file: entry.trashedAt ? this.paths.trashed(id) : this.paths.document(id), entry };
  }

  list(options: { trashed?: boolean } = {}): IndexEntry[] {
    const trashed = options.trashed ?? false;
    const out: IndexEntry[] = [];
    for (const { fileId: _f, ...entry } of this.index.entries.values()) if (!!entry.trashedAt === trashed) out.push(entry);
    // Newest first. updatedAt is an ISO 8601 UTC timestamp (toISOString), whose order is its code
    // unit order: compared as plain strings, not with localeCompare, whose first call builds ICU's
    // collator (15-25 ms, the largest single step of `briefing list` on a 100-document library).
    return out.sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0));
  }

  /**
   * The document and the versions one can go back to: the file's recent history, then the older
   * snapshots kept in backups/ (thinned by time, so yesterday's version is among them).
   */
  async get(id: string): Promise<{ doc: BriefingT; revisions: { revision: number; updatedAt: string }[] }> {
    const { file } = this.locate(id);
    const data = await this.readFile(id, file);
    const revisions = [data.doc, ...data.history].map((d) => ({ revision: d.revision, updatedAt: d.updatedAt }));
    const seen = new Set(revisions.map((r) => r.revision));
    const older = (await listBackups(this.paths, id)).sort((a, b) => b.seq - a.seq);
    for (const s of older) {
      const revision = parseBackupName(s.name)!.revision;
      if (seen.has(revision) || !s.at) continue;
      seen.add(revision);
      revisions.push({ revision, updatedAt: new Date(s.at).toISOString() });
    }
    return { doc: data.doc, revisions };
  }

  async getRevision(id: string, revision: number): Promise<BriefingT> {
    const { file } = this.locate(id);
    const data = await this.readFile(id, file);
    const found = [data.doc, ...data.history].find((d) => d.revision === revision);
    if (found) return found;
    const snapshots = (await listBackups(this.paths, id)).sort((a, b) => b.seq - a.seq);
    for (const s of snapshots) {
      if (parseBackupName(s.name)!.revision !== revision) continue;
      const backup = await readBackup(this.paths, id, s.name);
      if (backup?.doc.revision === revision) return backup.doc;
    }
    throw new AppError('notFound', `${id}@${revision}`);
  }

  // ---------------------------------------------------------------- writing

  /** Serialises work on one document: two saves never interleave their file operations. */
  private serial<T>(id: string, work: () => Promise<T>): Promise<T> {
    const prev = this.queues.get(id) ?? Promise.resolve();
    const next = prev.then(work, work);
    const tail = next.catch(() => undefined);
    this.queues.set(id, tail);
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id);
    });
    return next;
  }

  private assertOpen(): void {
    if (this.closed) throw new AppError('internal', 'store is closed');
  }

  /** Stores a brand-new document (revision 1). */
  async create(doc: BriefingT): Promise<BriefingT> {
    this.assertOpen();
    const now = this.clock().toISOString();
    const fresh = Briefing.parse({ ...doc, schemaVersion: SCHEMA_VERSION, revision: 1, createdAt: doc.createdAt || now, updatedAt: now });
    if (this.index.entries.has(fresh.id)) throw new AppError('conflict', `document ${fresh.id} exists`);
    return this.serial(fresh.id, () => this.write(fresh, []));
  }

  /**
   * Saves a new revision. `doc.revision` must be the revision the caller started from; anything
   * else means someone saved in between, and the caller must reload rather than overwrite.
   */
  async save(input: BriefingT): Promise<BriefingT> {
    this.assertOpen();
    const doc = Briefing.parse(input);
    return this.serial(doc.id, async () => {
      const { file, entry } = this.locate(doc.id);
      if (entry.newerSchema) throw new AppError('readOnly', doc.id);
      if (entry.trashedAt) throw new AppError('readOnly', `${doc.id} is in the trash`);
      const current = await this.readFile(doc.id, file);
      if (current.doc.revision !== doc.revision) {
        throw new AppError('conflict', `revision ${doc.revision} is not the stored ${current.doc.revision}`, { stored: current.doc.revision });
      }
      const next: BriefingT = { ...doc, createdAt: current.doc.createdAt, revision: doc.revision + 1, updatedAt: this.clock().toISOString() };
      return this.write(next, [current.doc, ...current.history].slice(0, HISTORY_DEPTH));
    });
  }

  private async write(doc: BriefingT, history: BriefingT[]): Promise<BriefingT> {
    const data: DocumentFile = { format: 'briefing-desk/document', schemaVersion: SCHEMA_VERSION, doc, history };
    const text = serialize(data);
    const file = this.paths.document(doc.id);
    await writeFileDurable(file, text);
    this.files.set(doc.id, data);
    // The save is durable from here on; backup and index are caches of it and may be rebuilt.
    try {
      const savedAt = Date.parse(doc.updatedAt) || this.clock().getTime();
      this.backupNames.set(doc.id, await writeBackup(this.paths, doc.id, doc.revision, text, this.backupNames.get(doc.id), savedAt, this.clock().getTime()));
    } catch {
      this.backupNames.delete(doc.id);
    }
    const stat = await disk()
      .stat(file)
      .catch(() => undefined);
    await this.index.put({ ...entryOf(doc), fileId: stat ? fileIdOf(stat) : '' });
    return doc;
  }

  async duplicate(id: string, suffix = '（副本）'): Promise<BriefingT> {
    const { doc } = await this.get(id);
    const now = this.clock().toISOString();
    const title = (doc.title + suffix).slice(0, 200);
    return this.create({ ...structuredClone(doc), id: newId('d'), title, status: 'draft', createdAt: now, updatedAt: now, revision: 0 });
  }

  // ---------------------------------------------------------------- whole-library moves (backup/restore)

  /** The stored file of a document (current version and history), for the library archive. */
  async exportFile(id: string): Promise<{ file: DocumentFile; trashed: boolean }> {
    const { file, entry } = this.locate(id);
    return { file: await this.readFile(id, file), trashed: !!entry.trashedAt };
  }

  /**
   * Writes a document that arrives whole (from a library archive) keeping its revision. Where a
   * local version exists it goes into the history and the backups, so nothing is dropped.
   */
  async importFile(incoming: DocumentFile): Promise<void> {
    this.assertOpen();
    const data = DocumentFile.parse(incoming);
    await this.serial(data.doc.id, async () => {
      const entry = this.index.entries.get(data.doc.id);
      let history = data.history;
      if (entry && !entry.newerSchema) {
        const local = await this.readFile(data.doc.id, entry.trashedAt ? this.paths.trashed(data.doc.id) : this.paths.document(data.doc.id));
        history = [local.doc, ...data.history].sort((a, b) => b.revision - a.revision).slice(0, HISTORY_DEPTH);
        if (entry.trashedAt)
          await disk()
            .unlink(this.paths.trashed(data.doc.id))
            .catch(() => undefined);
      }
      await this.write(data.doc, history);
    });
  }

  /**
   * Moves the whole library (documents, trash, backups, templates, settings) into `target`,
   * leaving an empty one. Used by replace-restore: backups must go too, or a later recovery would
   * bring back a revision of the replaced library over the restored one.
   */
  async setAsideAll(target: string): Promise<void> {
    this.assertOpen();
    await Promise.allSettled([...this.queues.values()]);
    await ensureDir(target);
    const dirs = [this.paths.documents, this.paths.trash, this.paths.backups];
    for (const from of [...dirs, this.paths.templates, this.paths.settings]) {
      const exists = await disk()
        .stat(from)
        .then(
          () => true,
          () => false,
        );
      if (exists) await renameDurable(from, path.join(target, path.basename(from)));
    }
    for (const d of dirs) await ensureDir(d);
    this.files.clear();
    this.backupNames.clear();
    this.index.entries.clear();
    await this.index.compact();
    this.kv.templates.data.templates = [];
    await this.kv.templates.write();
    this.kv.settings.data.settings = DEFAULT_SETTINGS;
    await this.kv.settings.write();
  }

  // ---------------------------------------------------------------- trash

  async trash(id: string): Promise<void> {
    this.assertOpen();
    await this.serial(id, async () => {
      const { entry } = this.locate(id);
      if (entry.trashedAt) return;
      await renameDurable(this.paths.document(id), this.paths.trashed(id));
      await this.index.put({ ...entry, trashedAt: this.clock().toISOString() });
    });
  }

  async restore(id: string): Promise<void> {
    this.assertOpen();
    await this.serial(id, async () => {
      const { entry } = this.locate(id);
      if (!entry.trashedAt) return;
      await renameDurable(this.paths.trashed(id), this.paths.document(id));
      await this.index.put({ ...entry, trashedAt: '' });
    });
  }

  /** Permanently deletes what is in the trash, with its backups. The only deleting operation. */
  async emptyTrash(): Promise<number> {
    this.assertOpen();
    let removed = 0;
    for (const entry of this.list({ trashed: true })) {
      await this.serial(entry.id, async () => {
        await disk()
          .unlink(this.paths.trashed(entry.id))
          .catch(() => undefined);
        await disk().rmTree(this.paths.backupDir(entry.id));
        this.files.delete(entry.id);
        this.backupNames.delete(entry.id);
        await this.index.delete(entry.id);
        removed++;
      });
    }
    return removed;
  }

  // ---------------------------------------------------------------- notices

  notices(): Notice[] {
    return [...this.kv.notices.data.notices];
  }

  async addNotice(n: Notice): Promise<void> {
    this.kv.notices.data.notices = [...this.kv.notices.data.notices, n].slice(-200);
    await this.kv.notices.write();
  }

  async dismissNotice(id: string): Promise<void> {
    this.kv.notices.data.notices = this.kv.notices.data.notices.filter((n) => n.id !== id);
    await this.kv.notices.write();
  }

  // ---------------------------------------------------------------- templates and settings

  userTemplates(): TemplateT[] {
    return [...this.kv.templates.data.templates];
  }

  async saveTemplate(template: TemplateT): Promise<TemplateT> {
    const parsed = Template.parse({ ...template, builtIn: false });
    const others = this.kv.templates.data.templates.filter((t) => t.id !== parsed.id);
    this.kv.templates.data.templates = [...others, parsed];
    await this.kv.templates.write();
    return parsed;
  }

  async deleteTemplate(id: string): Promise<void> {
    const before = this.kv.templates.data.templates.length;
    this.kv.templates.data.templates = this.kv.templates.data.templates.filter((t) => t.id !== id);
    if (this.kv.templates.data.templates.length === before) throw new AppError('notFound', id);
    await this.kv.templates.write();
  }

  settings(): SettingsT {
    return this.kv.settings.data.settings;
  }

  async updateSettings(patch: Partial<SettingsT>): Promise<SettingsT> {
    const next = Settings.parse({ ...this.kv.settings.data.settings, ...patch });
    const previous = this.kv.settings.data.settings;
    this.kv.settings.data.settings = next;
    try {
      await this.kv.settings.write();
    } catch (e) {
      this.kv.settings.data.settings = previous;
      throw e;
    }
    return next;
  }

  // ---------------------------------------------------------------- lifecycle

  /** Compacts the index so the next open reads one snapshot, then releases the lock. */
  async close(): Promise<void> {
    if (this.closed) return;
    await Promise.allSettled([...this.queues.values()]);
    this.closed = true;
    try {
      // every change since open is in the journal (or made the index behind); none: nothing to fold
      if (this.index.needsCompaction) await this.index.compact();
    } catch (e) {
      // The journal missed a change and the snapshot could not take it either: keep the lock, so
      // the next open finds it stale and reconciles every file against the index.
      if (this.index.behind) return;
      await this.lock.release();
      throw e;
    }
    await this.lock.release();
  }
}

export function openStore(options: StoreOptions): Promise<DocumentStore> {
  return DocumentStore.open(options);
}

function notice(kind: Notice['kind'], documentId: string, file: string, detail: string, now: Date): Notice {
  return { id: newId('n'), kind, documentId, file, at: now.toISOString(), detail: detail.slice(0, 2000) };
}
