// This file is google.script.run for the sidebar in the workbench: each call is posted to the workbench server,
// which runs it in the built add-on, and its answer goes to the success or failure handler as in Apps Script.
// It runs before the sidebar's own script and defines nothing else.

type Handler = (value: unknown, userObject?: unknown) => void;

interface Handlers {
  success?: Handler;
  failure?: Handler;
  userObject?: unknown;
}

/** Tells the workbench page (the sidebar's parent) that the workbook may have changed, so the grid refreshes. */
function notifyPage(): void {
  if (window.parent !== window) window.parent.postMessage({ source: 'workbench-sidebar', type: 'called' }, window.location.origin);
}

function send(name: string, args: unknown[], handlers: Handlers): void {
  const fail = (message: string) => handlers.failure?.(new Error(message), handlers.userObject);
  fetch('/rpc', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ name, args }) })
    .then((response) => response.json() as Promise<{ ok: boolean; value?: unknown; message?: string }>)
    .then(
      (answer) => {
        // Handlers run after the page is told, as in Sheets where the grid updates while the sidebar renders.
        notifyPage();
        if (answer.ok) handlers.success?.(answer.value ?? null, handlers.userObject);
        else fail(answer.message ?? 'The add-on gave no answer.');
      },
      () => fail('The workbench is not running (it may have been stopped); start it again with npm start and reload this page.'),
    );
}

function runner(handlers: Handlers): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property !== 'string' || property === 'then') return undefined;
        if (property === 'withSuccessHandler') return (success: Handler) => runner({ ...handlers, success });
        if (property === 'withFailureHandler') return (failure: Handler) => runner({ ...handlers, failure });
        if (property === 'withUserObject') return (userObject: unknown) => runner({ ...handlers, userObject });
        return (...args: unknown[]) => send(property, args, handlers);
      },
    },
  );
}

const host = {
  close: () => window.parent.postMessage({ source: 'workbench-sidebar', type: 'close' }, window.location.origin),
  setHeight: () => undefined,
  setWidth: () => undefined,
  editor: { focus: () => window.parent.postMessage({ source: 'workbench-sidebar', type: 'focus-editor' }, window.location.origin) },
};

Object.defineProperty(window, 'google', {
  value: {
    script: {
      get run() {
        return runner({});
      },
      host,
    },
  },
});
