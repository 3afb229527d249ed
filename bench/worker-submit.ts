/**
 * worker_submit: submission throughput on the local Worker (workerd + local D1 under `wrangler dev`)
 * against Node + SQLite (bench/submit-server.ts), side by side in one run: the same answer bodies, the
 * same number of requests after the same warm-up, at the same concurrency, one server after the other.
 * The Worker's links are rebuilt from its LINK_SECRET and the invitation ids, as the dispatcher does.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { linkToken } from '../server/campaigns/links.ts';
import { getTemplate } from '../surveys/index.ts';
import { seededRandom, validAnswers } from '../test/helpers/answers.ts';
import { HttpClient } from '../test/workers/client.ts';
import { day } from '../test/workers/seed.ts';
import { devLinkSecret, queryD1, startLocalWorker } from '../test/workers/wrangler.ts';
import type { Figure } from './run.ts';

const requests = Number(process.env.BENCH_WORKER_REQUESTS ?? 4000);
const warmup = 500;
const connections = 20;

function load(url: string, amount: number, next: () => { path: string; body: string }) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon(
      {
        url,
        connections,
        amount,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (req) => ({ ...req, ...next() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

function expectOk(res: { status: number; text: string }, status: number, what: string) {
  if (res.status !== status) throw new Error(`${what}: ${res.status} ${res.text}`);
}

/** A launched campaign of `n` invitations on the Worker, through its API; returns their tokens. */
async function seedWorker(url: string, persistTo: string, n: number): Promise<string[]> {
  const admin = new HttpClient(url);
  expectOk(
    await admin.post('/api/setup', {
      email: 'bench@example.org',
      name: 'Bench',
      password: 'bench password 123',
    }),
    201,
    'setup',
  );
  const p = await admin.post('/api/partnerships', {
    name: 'Bench',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'UTC',
  });
  expectOk(p, 201, 'partnership');
  const partnershipId = p.json.partnership.id as string;
  for (let start = 0; start < n; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - start) }, (_, i) => ({
      firstName: `W${start + i}`,
      email: `w${start + i}@bench.example`,
      kind: 'worker',
      attributes: { occupation: ['machinist', 'welder', 'assembler'][(start + i) % 3]! },
    }));
    expectOk(await admin.post(`/api/partnerships/${partnershipId}/contacts`, batch), 201, 'contacts');
  }
  // Email is not among the channels, so no messages are queued: only the invitations matter here.
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Bench',
    templateId: 'worker-voice',
    period: '2026-Q4',
    segmentAttributes: ['occupation'],
    opensOn: day(-1),
    closesOn: day(30),
    channels: ['sms'],
  });
  expectOk(camp, 201, 'campaign');
  const id = camp.json.campaign.id as string;
  // A launch over one request's D1 budget is written in parts; launching again continues it.
  for (let finished = false; !finished;) {
    const launched = await admin.post(`/api/campaigns/${id}/launch`);
    expectOk(launched, 200, 'launch');
    finished = launched.json.launch?.finished ?? true;
  }
  const rows = await queryD1<{ id: string }>(
    persistTo,
    `SELECT id FROM invitations WHERE campaign_id = '${id}'`,
  );
  return Promise.all(rows.map((r) => linkToken(devLinkSecret, r.id, 0)));
}

/** GET /healthz, which touches no database: what the runtime and its HTTP path cost alone. */
function healthz(url: string) {
  return new Promise<autocannon.Result>((resolve, reject) => {
    autocannon({ url: `${url}/healthz`, connections, amount: requests }, (err, result) =>
      err ? reject(err) : resolve(result),
    );
  });
}

/** Warm-up, then `requests` submissions, each on a link of its own, then as many GET /healthz. */
async function measure(base: string, tokens: string[], bodies: string[]) {
  let t = 0;
  const submit = () => ({ path: `/s/${tokens[t]}/submit`, body: bodies[t++ % bodies.length]! });
  await load(base, warmup, submit);
  const run = await load(base, requests, submit);
  if (t > tokens.length) throw new Error(`ran out of links (${tokens.length})`);
  return { run, bare: await healthz(base) };
}

export async function workerSubmitBench(): Promise<Figure[]> {
  const def = getTemplate('worker-voice')!;
  const rand = seededRandom(11);
  const bodies = Array.from({ length: 200 }, () => JSON.stringify({ answers: validAnswers(def, rand) }));
  const links = requests + warmup + 100;

  const worker = await startLocalWorker('sv-bench-worker-');
  let onWorker: Awaited<ReturnType<typeof measure>>;
  try {
    onWorker = await measure(
      worker.dev.url,
      await seedWorker(worker.dev.url, worker.persistTo, links),
      bodies,
    );
  } finally {
    await worker.stop();
  }

  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/submit-server.ts', String(links)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let onNode: Awaited<ReturnType<typeof measure>>;
  try {
    const line = await Promise.race([
      new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve)),
      exited.then(() => Promise.reject(new Error('the Node bench server exited before it was ready'))),
    ]);
    const { port, tokensFile } = JSON.parse(line) as { port: number; tokensFile: string };
    onNode = await measure(
      `http://127.0.0.1:${port}`,
      JSON.parse(readFileSync(tokensFile, 'utf8')) as string[],
      bodies,
    );
  } finally {
    child.kill('SIGTERM');
    await exited;
  }

  const [workerRun, nodeRun] = [onWorker.run, onNode.run];
  return [
    { name: 'worker_submit_rps', value: Math.round(workerRun.requests.average), unit: 'req/s' },
    { name: 'worker_submit_p99_ms', value: workerRun.latency.p99, unit: 'ms' },
    { name: 'worker_submit_failed', value: workerRun.non2xx + workerRun.errors, unit: 'requests' },
    { name: 'node_submit_rps', value: Math.round(nodeRun.requests.average), unit: 'req/s' },
    { name: 'node_submit_p99_ms', value: nodeRun.latency.p99, unit: 'ms' },
    { name: 'node_submit_failed', value: nodeRun.non2xx + nodeRun.errors, unit: 'requests' },
    { name: 'worker_healthz_rps', value: Math.round(onWorker.bare.requests.average), unit: 'req/s' },
    { name: 'node_healthz_rps', value: Math.round(onNode.bare.requests.average), unit: 'req/s' },
    {
      name: 'worker_submit_ratio',
      value: Number((workerRun.requests.average / nodeRun.requests.average).toFixed(2)),
      unit: 'x (Worker / Node)',
    },
  ];
}
