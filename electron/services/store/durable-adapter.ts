import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { readText } from '../disk';
import { writeFileDurable, type DurableWriteOptions } from '../fs-durable';

export class CorruptFileError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'CorruptFileError';
  }
}

/**
 * A lowdb Adapter for one JSON file: every read is parsed and validated with the file's zod schema
 * (a file that fails is reported as corrupt, never half-used); every write is durable.
 * `prepare` runs on the raw JSON before validation (schema migrations, newer-schema refusal).
 */
export class DurableJsonAdapter<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    readonly file: string,
    private readonly schema: S,
    private readonly options: { prepare?: (raw: unknown) => unknown; pretty?: boolean } = {},
  ) {}

  async read(): Promise<z.output<S> | null> {
    let text: string;
    try {
      text = await readText(this.file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
    return parseJsonFile(this.file, text, this.schema, this.options.prepare);
  }

  async write(data: z.output<S>, writeOptions: DurableWriteOptions = {}): Promise<void> {
    await writeFileDurable(this.file, serialize(data, this.options.pretty), writeOptions);
  }
}

export function serialize(data: unknown, pretty = false): string {
  return pretty ? `${JSON.stringify(data, null, 2)}\n` : JSON.stringify(data);
}

export function parseJsonFile<S extends z.ZodType>(file: string, text: string, schema: S, prepare?: (raw: unknown) => unknown): z.output<S> {
  let raw: unknown;
  try {
    // A BOM or a truncated write shows up here as a parse error.
    raw = JSON.parse(text);
  } catch (e) {
    throw new CorruptFileError(file, `not JSON (${(e as Error).message})`);
  }
  const prepared = prepare ? prepare(raw) : raw;
  const result = schema.safeParse(prepared);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new CorruptFileError(file, `schema: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`);
  }
  return result.data;
}
