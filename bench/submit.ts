/**
 * submit_vs_raw: autocannon at 50 connections against the app's submission endpoint and the same
 * submission on plain node:http (bench/raw-submit.ts), side by side in one run, in one server process
 * (bench/submit-server.ts) on one database. They take turns in short slices, A B B A four times over,
 * so a test run starting on this shared machine, or the database growing, weighs on both alike; the
 * server's CPU time per request is charged to each side too (submit_cpu_vs_raw), a steadier figure
 * when neighbours take cores. A bare Hono endpoint that writes nothing is measured once before them,
 * for reference only (submit_ratio).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { getTemplate } from '../surveys/index.ts';
import { seededRandom, validAnswers } from '../test/helpers/answers.ts';
import type { Figure } from './run.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = 50;
// Each endpoint gets the same short warm-up before it is measured, so none pays for the JIT compiling
// its path (the app's has far more code to compile than the others).
const warmupRequests = 3000;
// A B B A, four times over: short turns, so a neighbour's burst of work falls on both sides alike.
const order = Array.from({ length: 4 }, () => ['app', 'raw', 'raw', 'app'] as const).flat();
// Links to seed: enough for this many submissions a second on both sides together. Running out fails
// the run (raise BENCH_SUBMIT_RATE); seeding far more than needed only makes it slower.
const ratePerSecond = Number(process.env.BENCH_SUBMIT_RATE ?? 5000);

type Load = { duration: number } | { amount: number };
type Raw = autocannon.Result & { totalCompletedRequests: number };

function load(url: string, size: Load, next: () => { path: string; body: string }) {
  return new Promise<Raw>((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        ...size,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
        // Slices are merged below, latency histograms included, so p99 is over all of a side's requests.
        skipAggregateResult: true,
      },
      (err, result) => (err ? reject(err) : resolve(result as Raw)),
    );
  });
}

/** The server's CPU time so far, in µs (every thread of it; see /cpu in submit-server.ts). */
async function cpuUs(url: string): Promise<number> {
  return ((await (await fetch(`${url}/cpu`)).json()) as { us: number }).us;
}

/** Slices of one side as one run: requests over time, and percentiles over every request. */
function merge(url: string, slices: Raw[], cpu = 0) {
  const aggregate = (
    autocannon as unknown as {
      aggregateResult(r: Raw[], o: { url: string; connections: number }): autocannon.Result;
    }
  ).aggregateResult(slices, { url, connections });
  const requests = slices.reduce((a, s) => a + s.totalCompletedRequests, 0);
  const duration = slices.reduce((a, s) => a + s.duration, 0);
  return {
    rps: requests / duration,
    cpuPerRequest: cpu / requests,
    p99: aggregate.latency.p99,
    failed: aggregate.non2xx + aggregate.errors + aggregate.timeouts,
  };
}

export async function submitVsRaw(): Promise<Figure[]> {
  const invitations = Math.ceil(2 * seconds * ratePerSecond) + 3 * warmupRequests;
  // BENCH_CPU_PROF=dir writes the server's CPU profile there (seeding included; the load is the end).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // node itself, not npx: killing npx left the server running (and holding its port and CPU) after
  // the run, which skewed every run after it.
  const args = [...profile, '--import', 'tsx', 'bench/submit-server.ts', String(invitations)];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const line = await Promise.race([
      new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve)),
      exited.then(() => Promise.reject(new Error('the bench server exited before it was ready'))),
    ]);
    const { port, tokensFile } = JSON.parse(line) as { port: number; tokensFile: string };
    const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as string[];
    const def = getTemplate('worker-voice')!;
    const rand = seededRandom(11);
    // The same bodies, in the same rotation, go to every endpoint.
    const bodies = Array.from({ length: 200 }, () => JSON.stringify({ answers: validAnswers(def, rand) }));
    const base = `http://127.0.0.1:${port}`;
    let n = 0;
    const bare = () => ({ path: '/bare', body: bodies[n++ % bodies.length]! });
    // Both sides draw from one list of links, so no link is submitted twice and none is wasted.
    let t = 0;
    const next = (prefix: string) => () => {
      const i = t++;
      return { path: `${prefix}/${tokens[i]}/submit`, body: bodies[i % bodies.length]! };
    };
    const sides = { app: next('/s'), raw: next('/raw') };

    await load(base, { amount: warmupRequests }, bare);
    await load(base, { amount: warmupRequests }, sides.app);
    await load(base, { amount: warmupRequests }, sides.raw);
    const bareRun = merge(base, [await load(base, { duration: seconds }, bare)]);
    const slices = { app: [] as Raw[], raw: [] as Raw[] };
    const cpu = { app: 0, raw: 0 };
    const slice = (2 * seconds) / order.length;
    for (const side of order) {
      const before = await cpuUs(base);
      slices[side].push(await load(base, { duration: slice }, sides[side]));
      cpu[side] += (await cpuUs(base)) - before;
    }
    if (t > tokens.length) throw new Error(`ran out of links (${tokens.length}); raise BENCH_SUBMIT_RATE`);
    const app = merge(base, slices.app, cpu.app);
    const raw = merge(base, slices.raw, cpu.raw);
    return [
      { name: 'bare_rps', value: Math.round(bareRun.rps), unit: 'req/s' },
      { name: 'bare_p99_ms', value: bareRun.p99, unit: 'ms' },
      { name: 'submit_rps', value: Math.round(app.rps), unit: 'req/s' },
      { name: 'submit_p99_ms', value: app.p99, unit: 'ms' },
      { name: 'submit_failed', value: app.failed, unit: 'requests' },
      { name: 'raw_submit_rps', value: Math.round(raw.rps), unit: 'req/s' },
      { name: 'raw_submit_p99_ms', value: raw.p99, unit: 'ms' },
      { name: 'raw_submit_failed', value: raw.failed, unit: 'requests' },
      { name: 'submit_vs_raw', value: Number((app.rps / raw.rps).toFixed(2)), unit: 'x' },
      // The server's CPU time per submission (all its threads), and raw's over the app's: steadier than
      // throughput when other work shares the machine, since time spent waiting for a core is not in it.
      { name: 'submit_cpu_us', value: Math.round(app.cpuPerRequest), unit: 'µs/request' },
      { name: 'raw_submit_cpu_us', value: Math.round(raw.cpuPerRequest), unit: 'µs/request' },
      {
        name: 'submit_cpu_vs_raw',
        value: Number((raw.cpuPerRequest / app.cpuPerRequest).toFixed(2)),
        unit: 'x (raw CPU / app CPU per request)',
      },
      // For reference only: a bare endpoint writes nothing, so this is no budget.
      { name: 'submit_ratio', value: Number((app.rps / bareRun.rps).toFixed(2)), unit: 'x (vs bare)' },
    ];
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
