// This file starts the whole workbench: the demo workbook when there is none, the local functions (the real
// proximity handler, in-process), the workbook session over the .xlsx, and the server. Tests, the bench and
// `npm start` all start it here.
import fs from 'node:fs';
import path from 'node:path';
import { demoXlsx } from '../cli/commands/demo';
import { isoDateOf } from '../domain/dates';
import { LocalFunctions, NO_LOCAL_FUNCTIONS, startLocalFunctions } from './local-functions';
import { RunningServer, startServer } from './server';
import { WorkbookSession } from './workbook-session';
import { WorkbenchError } from './workbench-error';

export interface WorkbenchOptions {
  file: string;
  port: number;
  /** The project folder: dist/addon, dist/workbench and functions/lib are found from it. */
  root: string;
  /** The demo's "today" and the add-on's clock, for repeatable runs; the real date when omitted. */
  asOf?: string;
  /** Leave the local functions out (tests that do not need them start faster). */
  withoutFunctions?: boolean;
  /** The signed-in user (Session.getActiveUser), who is also the one account the local functions allow. */
  user?: string;
}

export interface Workbench {
  url: string;
  port: number;
  file: string;
  wroteDemo: boolean;
  functionsNote: string;
  /** Where the manager summary is saved when the add-on publishes it. */
  managerFile: string;
  session: WorkbookSession;
  stop(): Promise<void>;
}

async function writeDemo(file: string, asOf: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  try {
    await demoXlsx(asOf).save(file);
  } catch (error) {
    throw new WorkbenchError(`Could not write the demo workbook to ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); choose a folder you can write to, like "npm start -- ~/demo.xlsx".`);
  }
}

export async function startWorkbench(options: WorkbenchOptions): Promise<Workbench> {
  const file = path.resolve(options.file);
  const asOf = options.asOf ?? isoDateOf(new Date());
  const wroteDemo = !fs.existsSync(file);
  if (wroteDemo) {
    if (!file.toLowerCase().endsWith('.xlsx')) throw new WorkbenchError(`The workbook name must end in .xlsx, like my-program.xlsx (got "${options.file}").`);
    await writeDemo(file, asOf);
  }
  const user = options.user ?? 'coordinator@example.org';
  const functions: LocalFunctions = options.withoutFunctions ? NO_LOCAL_FUNCTIONS : startLocalFunctions({ root: options.root, user });
  let session: WorkbookSession;
  let server: RunningServer;
  try {
    session = await WorkbookSession.open({
      file,
      addonDir: path.join(options.root, 'dist', 'addon'),
      fetch: functions.fetch,
      identityToken: functions.identityToken,
      functionUrl: functions.proximityUrl,
      user,
      now: options.asOf ? new Date(`${options.asOf}T15:00:00Z`) : undefined,
    });
    server = await startServer({ session, assetsDir: path.join(options.root, 'dist', 'workbench'), port: options.port });
  } catch (error) {
    await functions.close();
    throw error;
  }
  return {
    url: server.url,
    port: server.port,
    file,
    wroteDemo,
    functionsNote: functions.note,
    managerFile: session.managerFile,
    session,
    async stop() {
      await server.close();
      await session.flush();
      session.close();
      await functions.close();
    },
  };
}
