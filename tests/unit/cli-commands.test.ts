import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../electron/cli/commands';
import { SPECS } from '../../electron/cli/commands/specs';
import { BUILTIN_TEMPLATES } from '../../shared/templates';

// `briefing help` prints the command table's specs without loading any command module, and main.ts
// parses a command's flags with the spec before it loads the module: the two must not drift.
describe('the CLI command table', () => {
  it('loads, for every entry, the command its spec describes', async () => {
    expect(COMMANDS.map((c) => c.name)).toEqual(['list', 'show', 'new', 'backup', 'restore', 'policy', 'import', 'check', 'export', 'issue', 'add', 'tasks']);
    for (const entry of COMMANDS) {
      const command = await entry.load();
      expect({ name: command.name, usage: command.usage, valueFlags: command.valueFlags }).toEqual({ name: entry.name, usage: entry.usage, valueFlags: entry.valueFlags });
      expect(typeof command.run).toBe('function');
    }
  });

  it('lists every built-in template in the usage of `new` (written out so help loads no templates)', () => {
    expect(SPECS.new.usage).toContain(`(${BUILTIN_TEMPLATES.map((t) => t.id).join(', ')})`);
  });
});
