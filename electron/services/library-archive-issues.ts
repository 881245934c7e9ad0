import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { AppError } from '../../shared/api';
import type { RegisterEntry } from '../../shared/api/channels/issues';
import type { AddressBook, Issue, Series } from '../../shared/model';
import { invalid, parseEntry } from './archive-parse';
import { pathExists } from './disk';
import { ensureDir, renameDurable } from './fs-durable';
import { AddressBookFileOnDisk, IssueFile, IssueFiles, SeriesFile, issuePaths } from './issues/issue-files';
import { NumberRegister, parseRegister } from './issues/register';

/**
 * The issues part of the library archive (manifest version 2): series, the address book, every
 * issue and the 期号 register. The register is never replaced, only merged: a restore must not
 * make the library forget a number it handed out, or "issue 5, back up, issue 6, restore" would
 * hand out 6 again. Issues, series and address entries merge by id, newer winning.
 */
const ISSUE_ID = z.string().regex(/^[A-Za-z0-9_-]{6,64}$/);
export const IssuesManifest = z.array(ISSUE_ID).max(100_000);

const ENTRY = {
  series: 'issues/series.json',
  addressBook: 'issues/address-book.json',
  register: 'issues/register.log',
  issue: (id: string) => `issues/items/${id}.json`,
};

export interface IssuesPart {
  series: Series[];
  book: AddressBook;
  register: RegisterEntry[];
  issues: Issue[];
}

export interface IssuesRestored {
  series: number;
  issues: number;
  addressEntries: number;
  registerLines: number;
}

/** Adds the issues' entries to `files`; returns the issue ids for the manifest. */
export async function collectIssues(dataDir: string, files: Record<string, Uint8Array>): Promise<string[]> {
  const store = new IssueFiles(issuePaths(dataDir));
  // read-only: the issues feature may be appending to the register right now (a torn tail is left out)
  const register = await NumberRegister.read(store.paths.register);
  files[ENTRY.register] = strToU8(register.map((e) => `${JSON.stringify(e)}\n`).join(''));
  files[ENTRY.series] = strToU8(JSON.stringify({ format: 'briefing-desk/series', series: await store.series() }));
  files[ENTRY.addressBook] = strToU8(JSON.stringify({ format: 'briefing-desk/address-book', book: await store.addressBook() }));
  const ids: string[] = [];
  for (const issue of await store.allIssues()) {
    files[ENTRY.issue(issue.id)] = strToU8(JSON.stringify({ format: 'briefing-desk/issue', issue }));
    ids.push(issue.id);
  }
  return ids;
}

export function issueEntryNames(ids: readonly string[]): string[] {
  return [ENTRY.series, ENTRY.addressBook, ENTRY.register, ...ids.map(ENTRY.issue)];
}

/** Validates the whole part before anything is written (a bad archive changes nothing). */
export function parseIssues(files: Map<string, Uint8Array>, ids: readonly string[]): IssuesPart {
  const series = parseEntry(files, ENTRY.series, SeriesFile).series;
  const book = parseEntry(files, ENTRY.addressBook, AddressBookFileOnDisk).book;
  const bytes = files.get(ENTRY.register);
  if (!bytes) throw invalid(`missing ${ENTRY.register}`);
  let register: RegisterEntry[];
  try {
    const parsed = parseRegister(strFromU8(bytes), ENTRY.register);
    // a backup writes whole lines only: a torn one means the archive was damaged
    if (parsed.torn) throw invalid(`${ENTRY.register}: torn last line`);
    register = parsed.entries;
  } catch (e) {
    if (e instanceof AppError && e.code === 'corrupt') throw invalid(`${ENTRY.register}: line ${String(e.params.line)} unreadable`);
    throw e;
  }
  const issues = ids.map((id) => {
    const issue = parseEntry(files, ENTRY.issue(id), IssueFile).issue;
    if (issue.id !== id) throw invalid(`${ENTRY.issue(id)}: id ${issue.id}`);
    return issue;
  });
  return { series, book, register, issues };
}

const STATUS_RANK: Record<Issue['status'], number> = { draft: 0, issued: 1, void: 2 };

/**
 * Which of two versions of one issue is newer: status first (a draft never overwrites the issued
 * issue, whatever its revision), then revision, then the edit time.
 */
function newerIssue(incoming: Issue, local: Issue): boolean {
  const a = [STATUS_RANK[incoming.status], incoming.revision, incoming.updatedAt] as const;
  const b = [STATUS_RANK[local.status], local.revision, local.updatedAt] as const;
  return a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];
}

function newerSeries(incoming: Series, local: Series): boolean {
  return incoming.revision !== local.revision ? incoming.revision > local.revision : incoming.updatedAt > local.updatedAt;
}

/**
 * Writes the part into the data dir. Merge: newer issues and series win, address entries the
 * library lacks (by id and by name) are appended in the archive's order. Replace: the current
 * series, address book and issues move to `aside` first (a copy of the register goes with them).
 * Both: the archive's register lines the library lacks are appended; none are dropped.
 */
export async function restoreIssues(dataDir: string, part: IssuesPart, mode: 'merge' | 'replace', aside: string): Promise<IssuesRestored> {
  const store = new IssueFiles(issuePaths(dataDir));
  const out: IssuesRestored = { series: 0, issues: 0, addressEntries: 0, registerLines: 0 };
  if (mode === 'replace') {
    const target = path.join(aside, 'issues');
    await ensureDir(target);
    for (const from of [store.paths.issues, store.paths.series, store.paths.addressBook]) {
      if (await pathExists(from)) await renameDurable(from, path.join(target, path.basename(from)));
    }
    if (await pathExists(store.paths.register)) await fs.copyFile(store.paths.register, path.join(target, path.basename(store.paths.register)));
  }
  await store.ensure();

  const localSeries = await store.series();
  const byId = new Map(localSeries.map((s) => [s.id, s]));
  for (const s of part.series) {
    const local = byId.get(s.id);
    if (local && !newerSeries(s, local)) continue;
    byId.set(s.id, s);
    out.series++;
  }
  if (out.series > 0) await store.writeSeries([...byId.values()]);

  const book = await store.addressBook();
  const ids = new Set(book.entries.map((e) => e.id));
  const names = new Set(book.entries.map((e) => e.name.trim()));
  const added = part.book.entries.filter((e) => !ids.has(e.id) && !names.has(e.name.trim()));
  if (added.length > 0 || mode === 'replace') await store.writeAddressBook({ ...book, entries: [...book.entries, ...added] });
  out.addressEntries = added.length;

  for (const issue of part.issues) {
    let local: Issue | undefined;
    try {
      local = await store.issue(issue.id);
    } catch {
      // damaged here, whole in the archive: keep the damaged file beside it, take the archive's
      const file = store.paths.issue(issue.id);
      await renameDurable(file, `${file}.damaged`);
    }
    if (local && !newerIssue(issue, local)) continue;
    await store.writeIssue(issue);
    out.issues++;
  }

  // Last, so that the issues' files are in place when the feature rolls allocations forward.
  const register = await NumberRegister.open(store.paths.register);
  out.registerLines = await register.mergeFrom(part.register);
  return out;
}
