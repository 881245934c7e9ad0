/**
 * Runs every step in order, each even when an earlier one threw, so one failing feature cannot
 * keep the data-dir lock held or the printer running. Throws the failure (an AggregateError when
 * several failed) once all have run.
 */
export async function disposeAll(steps: readonly (() => unknown)[]): Promise<void> {
  const errors: unknown[] = [];
  for (const step of steps) {
    try {
      await step();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `${errors.length} services failed to close`);
}
