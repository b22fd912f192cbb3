// This file lists the commands; each lives in its own file.
import type { Command } from '../cli-io';
import { checkCommand } from './check';
import { demoCommand } from './demo';
import { suggestCommand } from './suggest';
import { assignCommand } from './assign';
import { trainingCommand } from './training';
import { reviewsCommand } from './reviews';
import { summaryCommand } from './summary';

export const COMMANDS: Record<string, Command> = {
  demo: demoCommand,
  check: checkCommand,
  suggest: suggestCommand,
  assign: assignCommand,
  training: trainingCommand,
  reviews: reviewsCommand,
  summary: summaryCommand,
};
