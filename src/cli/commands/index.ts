// This file lists the commands; each lives in its own file.
import type { Command } from '../cli-io';
import { checkCommand } from './check';
import { demoCommand } from './demo';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  check: checkCommand,
};
