import type { Command, CommandSpec } from '../args';
import { SPECS, type CommandName } from './specs';

/** A command as main.ts knows it before it runs: its spec, and how to load the module that runs it. */
export interface CommandEntry extends CommandSpec {
  load(): Promise<Command>;
}

/**
 * Where each command lives. Each loader import()s its module, so a run evaluates only the command
 * it runs: esbuild puts each module (with what only it needs: docx, layout, the importer) into a
 * chunk of its own in dist/cli/, and `help` evaluates none of them. Features add a command here
 * and its spec in specs.ts; a static import of a command module here would put it back into every
 * run (tests/integration/cli-bundle.test.ts checks that help loads no chunk).
 */
const LOADERS: { [N in CommandName]: () => Promise<Command> } = {
  // list and show open a bare store (with-store.ts): their chunk holds no services
  list: async () => (await import('./read')).list,
  show: async () => (await import('./read')).show,
  new: async () => (await import('./core')).create,
  backup: async () => (await import('./core')).backup,
  restore: async () => (await import('./core')).restore,
  policy: async () => (await import('./core')).policyCommand,
  import: async () => (await import('./import')).importCommand,
  check: async () => (await import('./check')).checkCommand,
  export: async () => (await import('./export')).exportCommand,
  issue: async () => (await import('./issue')).issueCommand,
  add: async () => (await import('./tasks')).addCommand,
  tasks: async () => (await import('./tasks')).tasksCommand,
};

/** Every `briefing` subcommand, in the order `briefing help` lists them. */
export const COMMANDS: CommandEntry[] = (Object.keys(SPECS) as CommandName[]).map((name) => ({ ...SPECS[name], load: LOADERS[name] }));
