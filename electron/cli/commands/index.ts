import type { Command } from '../command';
import { checkCommand } from './check';
import { coreCommands } from './core';
import { importCommand } from './import';
import { issueCommand } from './issue';

/** Every `briefing` subcommand. Features add theirs here. */
export const COMMANDS: Command[] = [...coreCommands, importCommand, checkCommand, exportCommand, issueCommand];
import { exportCommand } from './export';
