/**
 * Where the library lives, decided from plain values so it is unit-tested without Electron:
 * `--data-dir PATH` (or `--data-dir=PATH`) for portable installs and tests, else BRIEFING_DATA_DIR,
 * else Electron's userData/data. The same two overrides as the CLI and browser mode.
 */
export function dataDirArg(argv: readonly string[]): string | undefined {
  let found: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') break;
    if (a === '--data-dir') {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) found = next;
      i++;
    } else if (a.startsWith('--data-dir=')) {
      found = a.slice('--data-dir='.length);
    }
  }
  return found && found.trim() !== '' ? found : undefined;
}

export function resolveDataDir(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, defaultDir: () => string): string {
  const fromArg = dataDirArg(argv);
  if (fromArg) return fromArg;
  const fromEnv = env.BRIEFING_DATA_DIR;
  if (fromEnv && fromEnv.trim() !== '') return fromEnv;
  return defaultDir();
}
