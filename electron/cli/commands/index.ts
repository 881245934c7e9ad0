import type { Command } from '../command';
import { checkCommand } from './check';
import { coreCommands } from './core';
import { importCommand } from './import';
import { issueCommand } from './issue';

/** Every `briefing` subcommand. Features add theirs here. */
export const COMMANDS: Command[] = [...coreCommands, importCommand, checkCommand, exportCommand, issueCommand, addCommand, tasksCommand];
import { exportCommand } from './export';
import { addCommand, tasksCommand } from './tasks';
