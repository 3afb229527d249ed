/**
 * WAL checkpoints on a worker thread. With SQLite's automatic checkpoint, the commit that pushes the
 * WAL past 1,000 pages copies them all into the database file and fsyncs it, on the event loop: under
 * load that was about a third of a submission's SQLite time, paid by whichever requests were in that
 * group. Here a second connection in a worker copies committed pages in the background (a PASSIVE
 * checkpoint never blocks the writer or readers), and the server's connection stops checkpointing.
 *
 * Durability does not change: a commit is as durable as before (WAL + synchronous=NORMAL), and a
 * checkpoint only moves committed pages from the WAL into the database file. If the worker fails,
 * the connection goes back to automatic checkpoints, so the WAL can never grow without bound.
 */
import type Database from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

// Plain CommonJS, evaluated: it must run without the TypeScript loader the main thread may have.
const source = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path);
const timer = setInterval(() => db.pragma('wal_checkpoint(PASSIVE)'), workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface Checkpointer {
  /** Stops the worker and closes its connection (before the server's own, so that one can clean up). */
  stop(): Promise<void>;
}

export function startCheckpointer(raw: Database.Database, path: string, everyMs = 100): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(source, { eval: true, workerData: { path, everyMs, driver } });
  // A background helper: it must not keep a finished process (a CLI command, a test) alive.
  worker.unref();
  raw.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fallBack = () => {
    if (!stopping && raw.open) raw.pragma('wal_autocheckpoint = 1000');
  };
  worker.once('error', fallBack);
  void exited.then(fallBack);
  return {
    stop() {
      stopping = true;
      worker.postMessage('stop');
      return exited;
    },
  };
}
