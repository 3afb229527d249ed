/**
 * submit_rps vs bare_rps: autocannon at 50 connections against the real submission endpoint and a
 * bare Hono endpoint in the same server process, one after the other in one run.
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
// Both endpoints get the same short warm-up before they are measured, so neither pays for the JIT
// compiling its path (the submission path has far more code to compile than the bare one).
const warmupRequests = 3000;

type Load = { duration: number } | { amount: number };

function load(url: string, size: Load, next: () => { path: string; body: string }) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        ...size,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    void instance;
  });
}

export async function submitThroughput(): Promise<Figure[]> {
  return run(false);
}

/**
 * submit_ceiling: the same run plus the same submission on plain node:http (bench/raw-submit.ts) in
 * the same process: how close to the bare endpoint a submission can get at all with this write.
 */
export async function submitCeiling(): Promise<Figure[]> {
  return run(true);
}

async function run(withRaw: boolean): Promise<Figure[]> {
  // node itself, not npx: killing npx left the server running (and holding its port and CPU) after
  // the run, which skewed every run after it.
  const perRun = Math.ceil(seconds * 9000) + warmupRequests;
  const invitations = withRaw ? 2 * perRun : perRun;
  // BENCH_CPU_PROF=dir writes the server's CPU profile there (seeding included; the load is the end).
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const args = [
    ...profile,
    '--import',
    'tsx',
    'bench/submit-server.ts',
    String(invitations),
    ...(withRaw ? ['raw'] : []),
  ];
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
    let t = 0;
    const submit = () => ({ path: `/s/${tokens[t]}/submit`, body: bodies[t++ % bodies.length]! });
    // The raw endpoint takes its tokens from the second half, so no token is submitted twice.
    let r = perRun;
    const raw = () => ({ path: `/raw/${tokens[r]}/submit`, body: bodies[r++ % bodies.length]! });
    await load(base, { amount: warmupRequests }, bare);
    await load(base, { amount: warmupRequests }, submit);
    if (withRaw) await load(base, { amount: warmupRequests }, raw);
    const bareRun = await load(base, { duration: seconds }, bare);
    const submitRun = await load(base, { duration: seconds }, submit);
    const rawRun = withRaw ? await load(base, { duration: seconds }, raw) : null;
    if (t > perRun || r > invitations)
      throw new Error(`ran out of tokens (${tokens.length}); lower BENCH_SECONDS`);
    const failed = submitRun.non2xx + submitRun.errors;
    const ratio = (run: autocannon.Result) =>
      Number((run.requests.average / bareRun.requests.average).toFixed(2));
    const figures: Figure[] = [
      { name: 'bare_rps', value: Math.round(bareRun.requests.average), unit: 'req/s' },
      { name: 'bare_p99_ms', value: bareRun.latency.p99, unit: 'ms' },
      { name: 'submit_rps', value: Math.round(submitRun.requests.average), unit: 'req/s' },
      { name: 'submit_p99_ms', value: submitRun.latency.p99, unit: 'ms' },
      { name: 'submit_ratio', value: ratio(submitRun), unit: 'x' },
      { name: 'submit_failed', value: failed, unit: 'requests' },
    ];
    if (rawRun) {
      figures.push(
        { name: 'raw_submit_rps', value: Math.round(rawRun.requests.average), unit: 'req/s' },
        { name: 'raw_submit_p99_ms', value: rawRun.latency.p99, unit: 'ms' },
        { name: 'raw_submit_ratio', value: ratio(rawRun), unit: 'x' },
        { name: 'raw_submit_failed', value: rawRun.non2xx + rawRun.errors, unit: 'requests' },
      );
    }
    return figures;
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
