// This file is the `peer-mentoring` command-line entry point.
import { isoDateOf } from '../domain/dates';
import { runCli } from './main';

// Output piped into a command that stops reading early (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => isoDateOf(new Date()),
}).then((code) => {
  process.exitCode = code;
});
