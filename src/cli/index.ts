// This file is the `peer-mentoring` command-line entry point.
import { isoDateOf } from '../domain/dates';
import { runCli } from './main';

runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  today: () => isoDateOf(new Date()),
}).then((code) => {
  process.exitCode = code;
});
