import { z } from 'zod';

/**
 * How a request names a file. Two ways, both checked here and again in the services:
 * - `handle`: in the app, the native save/open dialog keeps the chosen path in main and returns an
 *   opaque single-use handle (dialog:saveFile / dialog:openFile); only main turns it back into a path.
 * - `path`: an absolute path, accepted by the services only inside the allowed folders (the data
 *   dir's exports/ and imports/, or folders named with --allow) after realpath; the CLI, run by
 *   the user in their own shell, may name any path.
 */
export const FILE_HANDLE_PATTERN = /^fh_[0-9a-f]{32}$/;
export const FileHandle = z.string().regex(FILE_HANDLE_PATTERN);
export const FilePath = z.string().min(1).max(4096);
export const FILE_HANDLE_PURPOSES = ['save', 'open', 'folder'] as const;
export type FileHandlePurpose = (typeof FILE_HANDLE_PURPOSES)[number];

/** For a .refine: exactly one of the two ways to name a file is given. */
export function oneTarget(r: { path?: unknown; handle?: unknown }): boolean {
  return (r.path === undefined) !== (r.handle === undefined);
}
export const ONE_TARGET = { message: 'validation.pathOrHandle' } as const;

/** A native dialog's answer: the handle (null when cancelled) and the chosen file's name to show. */
export const DialogChoice = z.object({ handle: FileHandle.nullable(), name: z.string() });
export type DialogChoice = z.infer<typeof DialogChoice>;
