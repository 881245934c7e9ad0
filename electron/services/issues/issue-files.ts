import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api';
import { AddressBook, ISSUE_SCHEMA_VERSION, Issue, Series } from '../../../shared/model';
import { disk, readText } from '../disk';
import { ensureDir, writeFileDurable } from '../fs-durable';

/**
 * Where issues live in a data dir, beside documents/ (one folder, so backups take it whole):
 *   issues/series.json         every series, retired ones included
 *   issues/address-book.json   the ordered address book
 *   issues/register.log        the 期号 register (register.ts)
 *   issues/items/<id>.json     one file per issue (its items are its own copies)
 * Every write is durable (fs-durable.ts); every read is validated with zod.
 */
export function issuePaths(dataDir: string) {
  const root = path.join(dataDir, 'issues');
  return {
    root,
    series: path.join(root, 'series.json'),
    addressBook: path.join(root, 'address-book.json'),
    register: path.join(root, 'register.log'),
    issues: path.join(root, 'items'),
    issue: (id: string) => path.join(root, 'items', `${id}.json`),
  };
}
export type IssuePaths = ReturnType<typeof issuePaths>;

export const SeriesFile = z.object({ format: z.literal('briefing-desk/series'), series: z.array(Series) });
export const IssueFile = z.object({ format: z.literal('briefing-desk/issue'), issue: Issue });
export const AddressBookFileOnDisk = z.object({ format: z.literal('briefing-desk/address-book'), book: AddressBook });

async function readJson<S extends z.ZodType>(file: string, schema: S): Promise<z.output<S> | undefined> {
  let text: string;
  try {
    text = await readText(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    raw = undefined;
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('corrupt', `unreadable: ${file}`, { path: file });
  return parsed.data;
}

export class IssueFiles {
  constructor(readonly paths: IssuePaths) {}

  async ensure(): Promise<void> {
    await ensureDir(this.paths.issues);
  }

  async series(): Promise<Series[]> {
    return (await readJson(this.paths.series, SeriesFile))?.series ?? [];
  }

  async writeSeries(series: Series[]): Promise<void> {
    await writeFileDurable(this.paths.series, JSON.stringify({ format: 'briefing-desk/series', series }, null, 1));
  }

  async addressBook(): Promise<AddressBook> {
    return (await readJson(this.paths.addressBook, AddressBookFileOnDisk))?.book ?? { schemaVersion: ISSUE_SCHEMA_VERSION, entries: [] };
  }

  async writeAddressBook(book: AddressBook): Promise<void> {
    await writeFileDurable(this.paths.addressBook, JSON.stringify({ format: 'briefing-desk/address-book', book }, null, 1));
  }

  async issue(id: string): Promise<Issue | undefined> {
    return (await readJson(this.paths.issue(id), IssueFile))?.issue;
  }

  async mustIssue(id: string): Promise<Issue> {
    const issue = await this.issue(id);
    if (!issue) throw new AppError('notFound', `issue ${id}`, { id });
    return issue;
  }

  async writeIssue(issue: Issue): Promise<void> {
    await writeFileDurable(this.paths.issue(issue.id), JSON.stringify({ format: 'briefing-desk/issue', issue }));
  }

  async removeIssue(id: string): Promise<void> {
    await disk().unlink(this.paths.issue(id));
  }

  /** Every readable issue; a damaged file is skipped (listed nowhere, left in place for repair). */
  async allIssues(): Promise<Issue[]> {
    let names: string[];
    try {
      names = await disk().readdir(this.paths.issues);
    } catch {
      return [];
    }
    const out: Issue[] = [];
    for (const name of names) {
      const m = /^([A-Za-z0-9_-]{6,64})\.json$/.exec(name);
      if (!m) continue;
      const issue = await this.issue(m[1]!).catch(() => undefined);
      if (issue) out.push(issue);
    }
    return out;
  }
}
