import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

/**
 * A cancelled or interrupted export leaves only whole files: every file in `dir` starts with the PDF
 * header and ends with its trailer, none cut off mid-write. Returns the sorted file names.
 */
export function expectWholePdfs(dir: string): string[] {
  const names = readdirSync(dir).sort();
  for (const f of names) {
    const bytes = readFileSync(path.join(dir, f));
    expect(bytes.subarray(0, 5).toString(), f).toBe('%PDF-');
    expect(bytes.subarray(-8).toString(), f).toMatch(/%%EOF\s*$/);
  }
  return names;
}
