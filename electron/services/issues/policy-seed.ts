import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { z } from 'zod';
import { AddressBookFile, Id, newId, newSeries, type Policy } from '../../../shared/model';
import { pathExists } from '../disk';
import { writeFileDurable } from '../fs-durable';
import type { IssueFiles } from './issue-files';

/** A shared address book is a list of units, not a library: larger files are not read. */
const MAX_BOOK_BYTES = 4 * 1024 * 1024;

/** Which version of the policy's shared address book was last merged in (its SHA-256). */
const Marker = z.object({ addressBookSha256: z.string() });

/**
 * What the administrator's policy gives the issues feature (issue 9, policy keys defaultSeries and
 * addressBookFile), applied when the feature first opens a data dir:
 *
 * - defaultSeries: a data dir with no series yet gets the admin's series (its id when that is a
 *   valid id, so every PC of the office numbers the same series; its name; the policy's default
 *   issuer). Only a fresh data dir: a series the user renamed or retired is theirs.
 * - addressBookFile: SEEDED, not a read-only overlay. The book is copied in (the shared file's ids
 *   kept, so lists built on two PCs name the same entries), and whenever the shared file changes,
 *   units it has that the local book lacks (by name) are appended; nothing local is removed or
 *   reordered. Why not read-only: the app is offline-first and the share is often unreachable (a
 *   laptop at a meeting), yet distribution lists must still print; the user orders the book and
 *   adds the units only their office sends to. An unreachable or bad file changes nothing and is
 *   tried again at the next start.
 */
export async function seedFromPolicy(files: IssueFiles, policy: Policy, now: Date): Promise<void> {
  const series = policy.defaultSeries?.value;
  const bookFile = policy.addressBookFile?.value;
  if (!series && !bookFile) return;
  await files.ensure();
  if (series && !(await pathExists(files.paths.series))) {
    const made = newSeries({ name: series.name, issuer: policy.defaultIssuer?.value ?? '', now });
    await files.writeSeries([{ ...made, id: Id.safeParse(series.id).success ? series.id : made.id }]);
  }
  if (bookFile) await mergeSharedBook(files, bookFile);
}

function markerPath(files: IssueFiles): string {
  return `${files.paths.addressBook.replace(/\.json$/, '')}.policy.json`;
}

async function mergeSharedBook(files: IssueFiles, file: string): Promise<void> {
  let bytes: Buffer;
  try {
    if ((await stat(file)).size > MAX_BOOK_BYTES) return;
    bytes = await readFile(file);
  } catch {
    return; // the share is not reachable now: the local book is used as it is
  }
  const sha = createHash('sha256').update(bytes).digest('hex');
  const marker = await readFile(markerPath(files), 'utf8').then(
    (t) => Marker.safeParse(JSON.parse(t)),
    () => undefined,
  );
  if (marker?.success && marker.data.addressBookSha256 === sha) return;
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch {
    return;
  }
  const shared = AddressBookFile.safeParse(raw);
  if (!shared.success) return;
  const book = await files.addressBook();
  const names = new Set(book.entries.map((e) => e.name.trim()));
  const ids = new Set(book.entries.map((e) => e.id));
  const added = shared.data.entries.filter((e) => !names.has(e.name.trim())).map((e) => (ids.has(e.id) ? { ...e, id: newId('a') } : e));
  if (added.length > 0) await files.writeAddressBook({ ...book, entries: [...book.entries, ...added] });
  await writeFileDurable(markerPath(files), JSON.stringify({ addressBookSha256: sha }));
}
