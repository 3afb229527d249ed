/**
 * WAL checkpoints on a worker thread. With SQLite's automatic checkpoint, the commit that pushes the
 * WAL past 1,000 pages copies them all into the database file and fsyncs it, on the event loop: in
 * the submission's SQL alone that was half its time (~107 µs per submit with it, ~57 µs without).
 * Here a second connection in a worker copies committed pages in the background (a PASSIVE
 * checkpoint never blocks the writer or readers).
 *
 * The server's connection keeps an automatic checkpoint, at a much higher mark, for one job the
 * worker cannot do: under steady writes a background checkpoint almost never finds the WAL without a
 * newer commit, and SQLite rewinds the WAL only after a complete one, so alone it let the WAL grow
 * by hundreds of MB in a benchmark run. When the WAL passes `walPages`, the writer's own checkpoint
 * finishes the job (only the pages the worker has not copied yet) and the WAL starts over.
 *
 * Durability does not change: a commit is as durable as before (WAL + synchronous=NORMAL), and a
 * checkpoint only moves committed pages from the WAL into the database file. If the worker fails,
 * the connection goes back to SQLite's default automatic checkpoints.
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

export interface CheckpointOptions {
  /** How often the worker copies committed pages. */
  everyMs?: number;
  /** WAL size (pages) at which the writer checkpoints itself, so the WAL can start over. */
  walPages?: number;
}

export function startCheckpointer(
  raw: Database.Database,
  path: string,
  { everyMs = 100, walPages = 5_000 }: CheckpointOptions = {},
): Checkpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(source, { eval: true, workerData: { path, everyMs, driver } });
  // A background helper: it must not keep a finished process (a CLI command, a test) alive.
  worker.unref();
  raw.pragma(`wal_autocheckpoint = ${walPages}`);
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
      // Waited for now: an unref'd worker would let the process end with this promise pending.
      worker.ref();
      worker.postMessage('stop');
      return exited;
    },
  };
}
