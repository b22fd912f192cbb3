// This file lists the commands; each lives in its own file.
import type { Command } from '../cli-io';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { suggestCommand } from './suggest';
import { assignCommand } from './assign';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  check: checkCommand,
  suggest: suggestCommand,
  assign: assignCommand,
};
