import type { CommandSpec } from '../args';

/**
 * Every command's name, usage line and value flags, in the order `briefing help` lists them. Plain
 * data with no imports: `help` prints these without loading any command module, and main.ts parses
 * the arguments with them before it loads the one command that runs (commands/index.ts).
 */
export const SPECS = {
  list: {
    name: 'list',
    usage: 'list [--trashed] [--json] [--data-dir DIR]        list documents',
  },
  show: {
    name: 'show',
    usage: 'show ID [--data-dir DIR]                          print a document as JSON',
  },
  new: {
    name: 'new',
    // the built-in template ids, written out so that `help` need not load the templates (and zod);
    // tests/unit/cli-commands.test.ts keeps this list equal to BUILTIN_TEMPLATES
    usage:
      'new --template T [--title TEXT] [--data-dir DIR]  create from a template (builtin-minutes-hans, builtin-office-minutes-hans, builtin-topic-report-hans, builtin-work-briefing-hans, builtin-minutes-hant, builtin-office-minutes-hant, builtin-topic-report-hant, builtin-work-briefing-hant)',
    valueFlags: ['template', 'title'],
  },
  backup: {
    name: 'backup',
    usage: 'backup FILE [--force] [--data-dir DIR]            write the whole library to one archive file',
  },
  restore: {
    name: 'restore',
    usage: 'restore FILE [--replace] [--data-dir DIR]         merge (default) or replace the library from an archive',
  },
  policy: {
    name: 'policy',
    usage: "policy [--data-dir DIR]                           show the administrator's policy in force and the automatic backup",
  },
  import: {
    name: 'import',
    usage: 'import FILE [--json] [--to-simplified|--to-traditional [--variant hk]]  structured draft from a report (.txt .html .docx)',
    valueFlags: ['variant'],
  },
  check: {
    name: 'check',
    usage: 'check FILE [--json] [--terms TERMS.json] [--accept WORDS.txt] proofread a document JSON or a .txt',
    valueFlags: ['terms', 'accept'],
  },
  export: {
    name: 'export',
    usage:
      'export FILE.json|--data-dir DIR --id ID|ISSUE_ID --format pdf|docx|html [--layout minutes|briefing|report] --out PATH [--script keep|hans|hant] [--watermark TEXT] [--classification TEXT] [--force]',
    valueFlags: ['format', 'layout', 'out', 'data-dir', 'id', 'script', 'watermark', 'classification', 'variant'],
  },
  issue: {
    name: 'issue',
    usage:
      'issue ITEM.json… --name NAME --number N [--total N] --issuer UNIT [--date YYYY-MM-DD] [--to LIST] [--cc LIST] [--down LIST] [--copies N] [--numbered-copies | --copy-range FIRST-LAST] [--classification TEXT] [--separator rule|blank] [--kind regular|supplement] --format pdf|docx|html --out PATH [--script keep|hans|hant] [--force]',
    valueFlags: ['name', 'number', 'total', 'issuer', 'date', 'to', 'cc', 'down', 'copies', 'copy-range', 'classification', 'separator', 'kind', 'format', 'out', 'script'],
  },
  add: {
    name: 'add',
    usage: 'add FILE.json [--data-dir DIR]                    store a document (JSON) as new or as a new revision',
  },
  tasks: {
    name: 'tasks',
    usage: 'tasks [--overdue] [--owner UNIT] [--json] [--export xlsx|pdf|docx --out PATH [--portrait] [--issuer OFFICE] [--force]] [--data-dir DIR]  the task register (督办台账)',
    valueFlags: ['owner', 'export', 'out', 'issuer', 'data-dir'],
  },
} satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof SPECS;
