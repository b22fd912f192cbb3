// This file lets UrlFetchApp (synchronous, as in Apps Script) reach an asynchronous handler — such as the real proximity
// function — running in a worker thread of the same process: the calling thread posts the request and sleeps on a
// shared flag until the worker has answered. No network and no loopback port are involved.
import { MessageChannel, MessagePort, receiveMessageOnPort, Worker, workerData } from 'node:worker_threads';
import type { FetchHandler, FetchRequest, FetchResponse } from './services';

interface Bridge {
  port: MessagePort;
  flag: SharedArrayBuffer;
}

export interface BlockingFetch {
  fetch: FetchHandler;
  close(): Promise<void>;
}

/**
 * Starts `workerFile` (plain JavaScript) with `data` as `workerData.data`; the worker answers with serveFetch().
 * Each call waits at most `timeoutMs`, then answers 504 as a gateway would.
 */
export function startBlockingFetch(workerFile: string, data: unknown, timeoutMs = 30_000): BlockingFetch {
  const { port1, port2 } = new MessageChannel();
  const flag = new SharedArrayBuffer(4);
  const signal = new Int32Array(flag);
  const bridge: Bridge = { port: port2, flag };
  const worker = new Worker(workerFile, { workerData: { bridge, data }, transferList: [port2] });
  worker.unref();
  let failed: Error | null = null;
  worker.on('error', (error) => {
    failed = error;
  });
  let sequence = 0;
  return {
    fetch(request: FetchRequest): FetchResponse {
      if (failed) throw new Error(`the in-process function stopped: ${failed.message}`);
      const id = ++sequence;
      Atomics.store(signal, 0, 0);
      port1.postMessage({ id, request });
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const message = receiveMessageOnPort(port1)?.message as { id: number; response: FetchResponse } | undefined;
        if (message && message.id === id) return message.response;
        const left = deadline - Date.now();
        if (left <= 0) return { status: 504, body: '{"error":"the in-process function did not answer in time"}' };
        Atomics.wait(signal, 0, 0, Math.min(left, 50));
        if (failed) throw new Error(`the in-process function stopped: ${(failed as Error).message}`);
      }
    },
    async close() {
      port1.close();
      await worker.terminate();
    },
  };
}

/** Inside the worker: answers each request with `handle`, then wakes the waiting thread. */
export function serveFetch(handle: (request: FetchRequest) => Promise<FetchResponse>): unknown {
  const { bridge, data } = workerData as { bridge: Bridge; data: unknown };
  const signal = new Int32Array(bridge.flag);
  bridge.port.on('message', (message: { id: number; request: FetchRequest }) => {
    void handle(message.request)
      .catch((error: unknown): FetchResponse => ({ status: 500, body: JSON.stringify({ error: (error as Error)?.name ?? 'Error' }) }))
      .then((response) => {
        bridge.port.postMessage({ id: message.id, response });
        Atomics.store(signal, 0, 1);
        Atomics.notify(signal, 0);
      });
  });
  return data;
}
