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

function load(url: string, next: () => { path: string; body: string }) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: seconds,
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
  const child = spawn('npx', ['tsx', 'bench/submit-server.ts', String(Math.ceil(seconds * 9000))], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const line = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve));
    const { port, tokensFile } = JSON.parse(line) as { port: number; tokensFile: string };
    const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as string[];
    const def = getTemplate('worker-voice')!;
    const rand = seededRandom(11);
    const bodies = Array.from({ length: 200 }, () => JSON.stringify({ answers: validAnswers(def, rand) }));
    const base = `http://127.0.0.1:${port}`;
    let n = 0;
    const bare = await load(base, () => ({ path: '/bare', body: bodies[n++ % bodies.length]! }));
    let t = 0;
    const submit = await load(base, () => ({ path: `/s/${tokens[t++]}/submit`, body: bodies[t % bodies.length]! }));
    if (t > tokens.length) throw new Error(`ran out of tokens (${tokens.length}); lower BENCH_SECONDS`);
    const failed = submit.non2xx + submit.errors;
    return [
      { name: 'bare_rps', value: Math.round(bare.requests.average), unit: 'req/s' },
      { name: 'bare_p99_ms', value: bare.latency.p99, unit: 'ms' },
      { name: 'submit_rps', value: Math.round(submit.requests.average), unit: 'req/s' },
      { name: 'submit_p99_ms', value: submit.latency.p99, unit: 'ms' },
      { name: 'submit_ratio', value: Number((submit.requests.average / bare.requests.average).toFixed(2)), unit: 'x' },
      { name: 'submit_failed', value: failed, unit: 'requests' },
    ];
  } finally {
    child.kill('SIGTERM');
  }
}
