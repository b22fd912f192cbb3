// This file serves the workbench on loopback: the page with the read-only grid, the add-on's real sidebar with the
// google.script.run shim, the calls the sidebar and the menu make, and the grid's data.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { withShim } from './sidebar-html';
import { WorkbookSession } from './workbook-session';
import { WorkbenchError } from './workbench-error';

export interface ServerOptions {
  session: WorkbookSession;
  /** The built page (index.html, page.js, page.css, shim.js). */
  assetsDir: string;
  port: number;
  host?: string;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const MAX_BODY = 1_000_000;
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

class HttpProblem extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function send(response: http.ServerResponse, status: number, type: string, body: string): void {
  // No other site may show the workbench in a frame (clickjacking); the page itself frames its sidebar.
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', 'X-Frame-Options': 'SAMEORIGIN', 'Content-Security-Policy': "frame-ancestors 'self'" });
  response.end(body);
}

const sendJson = (response: http.ServerResponse, body: unknown, status = 200) => send(response, status, 'application/json; charset=utf-8', JSON.stringify(body));

/** Reads a JSON body; only application/json is accepted, so a page on another site cannot post a plain form here. */
async function readJson(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  if (!String(request.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpProblem(415, 'Send JSON.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new HttpProblem(413, 'The request is too large.');
    chunks.push(chunk as Buffer);
  }
  try {
    const value = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new HttpProblem(400, 'The request is not a JSON object.');
}

/** Only this machine's names are served, so another site cannot reach the workbench through DNS rebinding. */
function isLocalHost(header: string | undefined): boolean {
  const name = (header ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '127.0.0.1' || name === '::1';
}

function handler(options: ServerOptions) {
  const { session } = options;
  const asset = (name: string) => fs.readFileSync(path.join(options.assetsDir, name), 'utf8');
  const shim = asset('shim.js');
  const shown = (kind: 'sidebars' | 'dialogs', id: number | null, response: http.ServerResponse) => {
    const html = session.shownHtml(kind, id);
    if (html === null) throw new HttpProblem(404, 'The add-on has not shown that page.');
    send(response, 200, TYPES['.html']!, withShim(html, shim));
  };

  return async (request: http.IncomingMessage, response: http.ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const route = `${request.method} ${url.pathname}`;
    if (!isLocalHost(request.headers.host)) throw new HttpProblem(403, 'The workbench answers only on localhost.');
    if (route === 'GET /' || route === 'GET /index.html') return send(response, 200, TYPES['.html']!, asset('index.html'));
    if (route === 'GET /page.js' || route === 'GET /page.css') return send(response, 200, TYPES[path.extname(url.pathname)]!, asset(url.pathname.slice(1)));
    if (route === 'GET /favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (route === 'GET /sidebar') return shown('sidebars', null, response);
    const page = /^GET \/(sidebar|dialog)\/(\d+)$/.exec(route);
    if (page) return shown(page[1] === 'sidebar' ? 'sidebars' : 'dialogs', Number(page[2]), response);
    if (route === 'POST /rpc') {
      const body = await readJson(request);
      if (typeof body.name !== 'string' || !/^[A-Za-z_$][\w$]*$/.test(body.name)) throw new HttpProblem(400, 'Name a server function.');
      return sendJson(response, await session.call(body.name, Array.isArray(body.args) ? body.args : []));
    }
    if (route === 'GET /api/tabs') {
      return sendJson(response, { file: path.basename(session.file), version: session.version, saveError: session.saveError, active: session.active(), tabs: session.tabs(), menus: session.menus() });
    }
    if (route === 'GET /api/tab') {
      const view = session.tab(url.searchParams.get('name') ?? '');
      if (!view) throw new HttpProblem(404, 'There is no tab with that name.');
      return sendJson(response, view);
    }
    if (route === 'POST /api/select') {
      const body = await readJson(request);
      return sendJson(response, { ok: session.select(String(body.tab), Number(body.row), Number(body.column ?? 1)) });
    }
    if (route === 'POST /api/menu') {
      const body = await readJson(request);
      const known = session.menus().some((menu) => menu.items.some((item) => item.functionName === body.functionName));
      if (!known) throw new HttpProblem(404, 'The add-on menu has no such item.');
      return sendJson(response, await session.menu(String(body.functionName)));
    }
    throw new HttpProblem(404, 'Not found.');
  };
}

/** Starts serving; a port already in use becomes one sentence with the fix. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const handle = handler(options);
  const server = http.createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      const status = error instanceof HttpProblem ? error.status : 500;
      if (!response.headersSent) sendJson(response, { ok: false, message: error instanceof HttpProblem ? error.message : 'The workbench failed to answer.' }, status);
      else response.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new WorkbenchError(`Port ${options.port} is already in use; stop the program using it, or choose another port with "npm start -- --port ${options.port + 1}".`));
      else if (error.code === 'EACCES') reject(new WorkbenchError(`Port ${options.port} needs administrator rights here; choose a port above 1024 with "npm start -- --port 8787".`));
      else reject(error);
    });
    server.listen(options.port, host, () => {
      const port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://localhost:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
