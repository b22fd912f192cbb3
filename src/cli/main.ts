// This file dispatches `peer-mentoring <command> …` to a command and turns every failure into one sentence.
import { CliError, CliIo } from './cli-io';
import { COMMANDS } from './commands';

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, command]) => `  ${command.usage.padEnd(62)} ${command.summary}`);
  return `Usage: peer-mentoring <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(`Unknown command "${name}".\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`${error.message}\n`);
      return error.exitCode;
    }
    // An unexpected failure is still one sentence; the stack is only shown when asked for.
    io.err(`Something went wrong: ${(error as Error).message}\n`);
    if (process.env.PEER_MENTORING_DEBUG) io.err(`${(error as Error).stack}\n`);
    return 1;
  }
}
