// This file is the workbench's command line (`npm start -- [FILE.xlsx] [--port N]`): starts it, prints the address,
// and stops cleanly on Ctrl-C. Problems a person can fix are printed as one sentence, with no stack trace.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_PROXIMITY_URL } from './local-functions';
import { startWorkbench } from './workbench';
import { WorkbenchError } from './workbench-error';

const USAGE = 'npm start -- [FILE.xlsx] [--port 8787]';

function readOptions(argv: string[], root: string) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' }, 'as-of': { type: 'string' } } });
  } catch (error) {
    throw new WorkbenchError(`${(error as Error).message.replace(/\.$/, '')}; usage: ${USAGE}`, 2);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new WorkbenchError(`Give one workbook at most; usage: ${USAGE}`, 2);
  const port = values.port === undefined ? 8787 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new WorkbenchError(`--port must be a number from 1 to 65535, like --port 8787 (got "${values.port}").`, 2);
  const asOf = values['as-of'];
  if (asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) throw new WorkbenchError(`--as-of must be a date like 2026-03-03 (got "${asOf}").`, 2);
  return { file: positionals[0] ?? path.join(root, 'workbench', 'demo.xlsx'), port, asOf };
}

/** Runs until Ctrl-C; resolves with the exit code. */
export async function runWorkbench(argv: string[], root: string): Promise<number> {
  const out = (text: string) => process.stdout.write(`${text}\n`);
  try {
    const options = readOptions(argv, root);
    const bench = await startWorkbench({ ...options, root });
    const shown = path.relative(process.cwd(), bench.file) || bench.file;
    out(`Peer Mentoring workbench`);
    out(`  workbook:  ${shown}${bench.wroteDemo ? ' (new demo workbook)' : ''}; every change is saved to it`);
    out(`  functions: ${bench.functionsNote}`);
    if (bench.session.usesRunOnlyFunctionUrl) out(`  settings:  the proximity address is ${LOCAL_PROXIMITY_URL} for this run only (never saved to the workbook)`);
    out(`  summary:   "Publish manager summary" saves it to ${path.relative(process.cwd(), bench.managerFile) || bench.managerFile}`);
    out(`Open ${bench.url} in your browser. Press Ctrl-C to stop.`);
    return await new Promise<number>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        void bench.stop().then(() => {
          out(`Stopped. Your workbook is saved at ${shown}.`);
          resolve(0);
        });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  } catch (error) {
    if (error instanceof WorkbenchError) {
      process.stderr.write(`${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`The workbench stopped unexpectedly: ${(error as Error)?.message ?? String(error)}\n`);
    return 1;
  }
}
