/**
 * Drives the real wrangler CLI for the Worker tests: one-shot commands (bundle, D1 migrations, D1
 * queries) and `wrangler dev` as a child process group that can be stopped as a whole.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { madeOnce } from '../helpers/made-once.ts';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const wrangler = fileURLToPath(new URL('../../node_modules/.bin/wrangler', import.meta.url));

/** Offline and non-interactive: no metrics, no prompts (CI=true answers them with the default). */
export function wranglerEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    CI: 'true',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
    ...extra,
  };
}

export function run(
  file: string,
  args: string[],
  options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      {
        cwd: root,
        env: options.env ?? wranglerEnv(),
        timeout: options.timeoutMs ?? 120_000,
        maxBuffer: 64 << 20,
      },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${file} ${args.join(' ')} failed: ${err.message}\n${stdout}\n${stderr}`));
        else resolve({ stdout, stderr });
      },
    );
  });
}

/**
 * `wrangler dev` and `wrangler deploy` run wrangler.toml's build (`npm run build`, into dist/) each
 * time. Two test files doing so at once (Vitest runs two) wrote dist/ together, and one build failed
 * on the other's half-written files; so builds take turns across processes. An atomic mkdir is the
 * lock; a lock older than five minutes was left by a killed run and is taken over.
 */
export async function oneBuildAtATime<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(root, 'node_modules/.cache/sv-wrangler-build.lock');
  mkdirSync(join(lock, '..'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      try {
        if (Date.now() - statSync(lock).mtimeMs > 300_000) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export const runWrangler = (args: string[], options: { timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}) =>
  args[0] === 'deploy' ? oneBuildAtATime(() => run(wrangler, args, options)) : run(wrangler, args, options);

/** Rows of a local D1 query, through `wrangler d1 execute --json`. */
export async function queryD1<T = Record<string, unknown>>(persistTo: string, sql: string): Promise<T[]> {
  const { stdout: out } = await runWrangler([
    'd1',
    'execute',
    'DB',
    '--local',
    '--persist-to',
    persistTo,
    '--command',
    sql,
    '--json',
  ]);
  const parsed = JSON.parse(out.slice(out.indexOf('['))) as { results: T[] }[];
  return parsed.flatMap((r) => r.results);
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** LINK_SECRET of every local Worker here: a secret in production, a fixed test value locally. */
export const devLinkSecret = 'worker-test-link-secret-0123456789abcdef';
/** ANSWER_SECRET likewise: seals the answers waiting for release. */
export const devAnswerSecret = 'worker-test-answer-secret-0123456789abcd';

export interface DevServer {
  url: string;
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts `wrangler dev` (workerd with local D1) in its own process group and waits until /healthz
 * answers. Stopping signals the whole group, so workerd does not outlive the test.
 */
export interface DevOptions {
  /** More `--var NAME:value` pairs (secrets such as TWILIO_AUTH_TOKEN are plain vars locally). */
  vars?: Record<string, string>;
  /** `--test-scheduled`: GET /__scheduled runs the Worker's `scheduled` handler (the Cron Trigger). */
  testScheduled?: boolean;
  /** Sees everything wrangler and the Worker print, as it comes (output() keeps only the tail). */
  onOutput?: (text: string) => void;
  /** When the Worker counts as up; by default when /healthz answers 2xx. */
  ready?: (healthz: Response) => boolean;
}

/** A Worker served by `wrangler dev`, started once no other build runs (oneBuildAtATime). */
export const startDev = (options: DevOptions & { persistTo: string; readyTimeoutMs?: number }) =>
  oneBuildAtATime(() => startDevNow(options));

async function startDevNow(
  options: DevOptions & { persistTo: string; readyTimeoutMs?: number },
): Promise<DevServer> {
  const [port, inspectorPort] = [await freePort(), await freePort()];
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(
    wrangler,
    [
      'dev',
      '--local',
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(inspectorPort),
      '--persist-to',
      options.persistTo,
      '--show-interactive-dev-session=false',
      '--var',
      `PUBLIC_URL:${url}`,
      '--var',
      `LINK_SECRET:${devLinkSecret}`,
      '--var',
      `ANSWER_SECRET:${devAnswerSecret}`,
      ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
      ...(options.testScheduled ? ['--test-scheduled'] : []),
    ],
    { cwd: root, env: wranglerEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
    options.onOutput?.(chunk.toString());
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: DevServer = { url, output: () => log, stop: () => stopGroup(child, exited) };

  const deadline = Date.now() + (options.readyTimeoutMs ?? 90_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      await server.stop();
      throw new Error(`wrangler dev exited early (${child.exitCode ?? child.signalCode}):\n${log}`);
    }
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (options.ready ? options.ready(res) : res.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  await server.stop();
  throw new Error(`wrangler dev did not answer /healthz within the timeout:\n${log}`);
}

async function stopGroup(child: ChildProcess, exited: Promise<void>): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  const signalGroup = (sig: NodeJS.Signals) => {
    try {
      process.kill(-pid, sig);
    } catch {
      // the group is already gone
    }
  };
  if (child.exitCode === null && child.signalCode === null) {
    // wrangler shuts workerd down itself on SIGTERM; the group kill below is for whatever it leaves.
    child.kill('SIGTERM');
    const timedOut = await Promise.race([
      exited.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), 10_000)),
    ]);
    if (timedOut) signalGroup('SIGKILL');
  }
  await new Promise((r) => setTimeout(r, 200));
  signalGroup('SIGKILL');
}

export interface LocalWorker {
  dev: DevServer;
  /** The local D1's state folder, for queryD1. */
  persistTo: string;
  stop(): Promise<void>;
}

/**
 * A local D1 freshly migrated by `wrangler d1 migrations apply`, made once per state of the
 * migrations and wrangler.toml for the whole run: each Worker test copies it rather than applying
 * every migration again (some 15 CPU seconds each, twenty times a run).
 */
async function migratedD1(): Promise<string> {
  const hash = createHash('sha256').update(readFileSync(join(root, 'wrangler.toml')));
  for (const name of readdirSync(join(root, 'migrations')).sort())
    hash
      .update(name)
      .update('\0')
      .update(readFileSync(join(root, 'migrations', name)));
  return madeOnce(
    join(root, 'node_modules/.cache/sv-d1'),
    hash.digest('hex').slice(0, 16),
    async (scratch) =>
      void (await runWrangler(['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', scratch])),
    'migrated D1',
  );
}

/**
 * A fresh local D1 (a copy of the migrated one), with the Worker served on it. Builds dist/ first
 * when a direct `vitest run` skipped `npm test`'s pretest build.
 */
export async function startLocalWorker(prefix: string, options: DevOptions = {}): Promise<LocalWorker> {
  if (!existsSync(join(root, 'dist/assets/manifest.json')))
    await oneBuildAtATime(() => run('npm', ['run', 'build'], { env: wranglerEnv() }));
  const tmp = mkdtempSync(join(tmpdir(), prefix));
  const persistTo = join(tmp, 'state');
  cpSync(await migratedD1(), persistTo, { recursive: true });
  const dev = await startDev({ ...options, persistTo });
  return {
    dev,
    persistTo,
    async stop() {
      await dev.stop();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}
