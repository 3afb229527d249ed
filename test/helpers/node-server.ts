/**
 * `npm start`'s entry (server/runtime/node.ts) as a child process over a fresh SQLite file in a temp
 * directory: what a person runs, with the compression, socket and body reading that `app.request`
 * skips. Tests of the real server start one per file and stop it in afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './cli.ts';
import { freePort } from '../workers/wrangler.ts';

export interface RunningServer {
  base: string;
  dir: string;
  databasePath: string;
  /** What the process printed so far (stdout and stderr together). */
  output(): string;
  stop(): Promise<void>;
}

/** Starts the server and waits for /healthz; `env` adds to (or overrides) the defaults here. */
export async function startNodeServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const dir = mkdtempSync(join(tmpdir(), 'sv-node-'));
  const databasePath = join(dir, 'survey.db');
  let printed = '';
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/node.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_PATH: databasePath,
      DISPATCH_INTERVAL_SECONDS: '0',
      EMAIL_PER_SECOND: '0',
      SMS_PER_SECOND: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (b: Buffer) => void (printed += b.toString()));
  child.stderr?.on('data', (b: Buffer) => void (printed += b.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${base}/healthz`).catch(() => null);
    if (up?.ok) return { base, dir, databasePath, output: () => printed, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`npm start did not answer /healthz:\n${printed}`);
}
