import type { Command } from '../command';
import { coreCommands } from './core';

/** Every `briefing` subcommand. Features add theirs here. */
export const COMMANDS: Command[] = [...coreCommands];
