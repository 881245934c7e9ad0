/** The paragraph the crash child writes for a revision: long enough that a write takes a while. */
export function bodyFor(id: string, revision: number): string {
  return `${id}-r${revision}-`.repeat(200 + (revision % 7) * 50);
}
