/**
 * submit_rps_with_rollups vs submit_rps_without_rollups: autocannon at 50 connections against the real
 * submission endpoint with the aggregate statement and without it, side by side in one run, in one
 * server process (bench/review-submit-server.ts), same answers, same warm-up.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { getTemplate } from '../surveys/index.ts';
import { seededRandom, validAnswers } from '../test/helpers/answers.ts';
import type { Figure } from './run.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const warmup = 3000;

function load(
  url: string,
  size: { duration: number } | { amount: number },
  next: () => { path: string; body: string },
) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections: 50,
        ...size,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

export async function rollupThroughput(): Promise<Figure[]> {
  const invitations = Math.ceil(seconds * 8000) + warmup;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'bench/review-submit-server.ts', String(invitations)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    const line = await Promise.race([
      new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve)),
      exited.then(() => Promise.reject(new Error('the bench server exited before it was ready'))),
    ]);
    const { port, tokensFile } = JSON.parse(line) as { port: number; tokensFile: string };
    const tokens = JSON.parse(readFileSync(tokensFile, 'utf8')) as { with: string[]; without: string[] };
    const def = getTemplate('worker-voice')!;
    const rand = seededRandom(11);
    const bodies = Array.from({ length: 200 }, () => JSON.stringify({ answers: validAnswers(def, rand) }));
    const base = `http://127.0.0.1:${port}`;
    const used = { with: 0, without: 0 };
    const next = (side: 'with' | 'without') => () => {
      const i = used[side]++;
      return { path: `/${side}/s/${tokens[side][i]}/submit`, body: bodies[i % bodies.length]! };
    };
    await load(base, { amount: warmup }, next('without'));
    await load(base, { amount: warmup }, next('with'));
    const without = await load(base, { duration: seconds }, next('without'));
    const withRollups = await load(base, { duration: seconds }, next('with'));
    if (used.with > tokens.with.length || used.without > tokens.without.length)
      throw new Error('ran out of tokens; lower BENCH_SECONDS');
    return [
      { name: 'submit_rps_without_rollups', value: Math.round(without.requests.average), unit: 'req/s' },
      { name: 'submit_rps_with_rollups', value: Math.round(withRollups.requests.average), unit: 'req/s' },
      {
        name: 'rollup_submit_ratio',
        value: Number((withRollups.requests.average / without.requests.average).toFixed(2)),
        unit: 'x',
      },
      {
        name: 'rollup_submit_failed',
        value: without.non2xx + without.errors + withRollups.non2xx + withRollups.errors,
        unit: 'requests',
      },
    ];
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
