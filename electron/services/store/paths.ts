import path from 'node:path';

/** Where everything lives inside a data dir. One place, so tests and docs agree. */
export function storePaths(dataDir: string) {
  return {
    root: dataDir,
    documents: path.join(dataDir, 'documents'),
    trash: path.join(dataDir, 'trash'),
    backups: path.join(dataDir, 'backups'),
    quarantine: path.join(dataDir, 'quarantine'),
    index: path.join(dataDir, 'index.json'),
    journal: path.join(dataDir, 'index.journal'),
    templates: path.join(dataDir, 'templates.json'),
    settings: path.join(dataDir, 'settings.json'),
    notices: path.join(dataDir, 'notices.json'),
    document: (id: string) => path.join(dataDir, 'documents', `${id}.json`),
    trashed: (id: string) => path.join(dataDir, 'trash', `${id}.json`),
    backupDir: (id: string) => path.join(dataDir, 'backups', id),
  };
}
export type StorePaths = ReturnType<typeof storePaths>;

/** Document file names are ids; anything else in documents/ is not ours to read. */
export function idFromFileName(name: string): string | undefined {
  const m = /^([A-Za-z0-9_-]{6,64})\.json$/.exec(name);
  return m ? m[1] : undefined;
}
