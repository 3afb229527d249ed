/**
 * Crash safety, proven: the dispatcher runs as a child process (`npm run cli -- dispatch`) against a
 * real SMTP server and the Twilio peer, and is killed with SIGKILL at random moments, again and
 * again, until the campaign is done. Every message must arrive; a message may arrive twice only if
 * it was in flight (claimed and not yet recorded) at a kill.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { nodeDeps } from '../../server/runtime/deps.ts';
import { seededRandom } from '../helpers/answers.ts';
import { allDayPartnership } from '../helpers/seed.ts';
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.ts';
import { startTwilioPeer, type TwilioPeer } from '../helpers/twilio-peer.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const perChannel = 150;
const concurrency = 16; // the dispatcher's default sends in flight per channel
const leaseSeconds = 1;
const kill = 8;

let dir: string;
let smtp: SmtpPeer;
let twilio: TwilioPeer;
let env: Record<string, string>;
let deps: ReturnType<typeof nodeDeps>;

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-crash-'));
  smtp = await startSmtpPeer({ parse: false });
  // No server is listening for status callbacks here: the peer drops them.
  twilio = await startTwilioPeer({ deliver: async () => new Response(null, { status: 204 }) });
  env = {
    DATABASE_PATH: join(dir, 'crash.db'),
    LINK_SECRET: 'crash-test-link-secret-0123456789abcdef',
    ANSWER_SECRET: 'crash-test-answer-secret-0123456789abcd',
    PUBLIC_URL: 'https://survey.example.org',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'River Valley <surveys@example.org>',
    TWILIO_ACCOUNT_SID: twilio.accountSid,
    TWILIO_AUTH_TOKEN: twilio.authToken,
    TWILIO_FROM: '+13125550100',
    TWILIO_API_URL: twilio.url,
    // Paced so that kills land in the middle of sending, with short leases so the test moves on.
    SMS_PER_SECOND: '10',
    EMAIL_PER_SECOND: '10',
    SEND_LEASE_SECONDS: String(leaseSeconds),
  };
  deps = nodeDeps(readConfig(env), undefined, {});
  const { client, partnershipId } = await allDayPartnership(
    createApp(() => deps),
    'River Valley',
    'America/Chicago',
  );
  const contacts = [
    ...Array.from({ length: perChannel }, (_, i) => ({
      firstName: `S${i}`,
      phone: `+1312556${String(1000 + i)}`,
      smsConsent: true,
      kind: 'worker',
    })),
    ...Array.from({ length: perChannel }, (_, i) => ({
      firstName: `E${i}`,
      email: `e${i}@work.example`,
      kind: 'worker',
    })),
  ];
  expect((await client.post(`/api/partnerships/${partnershipId}/contacts`, contacts)).status).toBe(201);
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Crash',
    templateId: 'worker-voice',
    period: '2026-Q4',
    opensOn: day(-1),
    closesOn: day(30),
  });
  expect((await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`)).json).toEqual({
    invited: 2 * perChannel,
    queued: 2 * perChannel,
  });
}, 60_000);

afterAll(async () => {
  await deps?.sqlite.close();
  await smtp?.close();
  await twilio?.close();
  rmSync(dir, { recursive: true, force: true });
});

const received = () => twilio.messages.length + smtp.recipients.length;

/** How many messages each recipient has received so far. */
function arrived(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const to of [...twilio.messages.map((m) => m.to), ...smtp.recipients])
    counts.set(to, (counts.get(to) ?? 0) + 1);
  return counts;
}

/** Runs `dispatch` once; with `killAfterMs`, kills it that long after its first message arrives. */
function runDispatcher(killAfterMs: number | null): Promise<'killed' | 'done'> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/cli.ts', 'dispatch'], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += d));
  const before = received();
  let timer: ReturnType<typeof setTimeout> | null = null;
  const watch =
    killAfterMs === null
      ? null
      : setInterval(() => {
          if (received() === before || timer) return;
          timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        }, 5);
  return new Promise((resolve, reject) => {
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (watch) clearInterval(watch);
      if (signal === 'SIGKILL') resolve('killed');
      else if (code === 0) resolve('done');
      else reject(new Error(`dispatch exited ${code}: ${stderr}`));
    });
  });
}

const count = (sql: string) => (deps.sqlite.raw.prepare(sql).get() as { n: number }).n;

describe('the dispatcher under SIGKILL', () => {
  it('loses no message and sends twice at most what was in flight at each kill', async () => {
    const rand = seededRandom(Number(process.env.CRASH_SEED ?? 20261122));
    let kills = 0;
    let inFlight = 0;
    for (
      let round = 0;
      round < 40 && count("SELECT count(*) AS n FROM outbox WHERE status IN ('queued', 'sending')") > 0;
      round++
    ) {
      // Killed while sending: anywhere from just after its first message to 0.3 s later.
      const outcome = await runDispatcher(kills < kill ? Math.floor(rand() * 300) : null);
      if (outcome === 'killed') {
        kills++;
        // Bytes already in a socket may still land: let them, then look at what the kill left.
        await new Promise((r) => setTimeout(r, 100));
        // In flight = claimed, handed to the provider, not recorded. Those, and only those, go again.
        const unrecorded = (
          deps.sqlite.raw
            .prepare(
              "SELECT coalesce(c.phone, c.email) AS to_ FROM outbox o JOIN contacts c ON c.id = o.contact_id WHERE o.status = 'sending'",
            )
            .all() as { to_: string }[]
        ).filter((r) => arrived().has(r.to_)).length;
        expect(unrecorded).toBeLessThanOrEqual(2 * concurrency);
        inFlight += unrecorded;
      }
      // Rows a killed run left claimed become due again when their lease runs out.
      if (count("SELECT count(*) AS n FROM outbox WHERE status = 'sending'") > 0)
        await new Promise((r) => setTimeout(r, leaseSeconds * 1000 + 50));
    }
    expect(count("SELECT count(*) AS n FROM outbox WHERE status IN ('queued', 'sending')")).toBe(0);
    expect(kills).toBe(kill);

    const received = arrived();
    const expected = [
      ...Array.from({ length: perChannel }, (_, i) => `+1312556${String(1000 + i)}`),
      ...Array.from({ length: perChannel }, (_, i) => `e${i}@work.example`),
    ];
    const missing = expected.filter((to) => !received.has(to));
    const duplicates = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
    console.log(
      `crash test: ${kills} kills, ${expected.length} messages expected, ${twilio.messages.length + smtp.recipients.length} received, ` +
        `${missing.length} missing, ${duplicates} duplicates, ${inFlight} in flight at the kills`,
    );
    expect(missing).toEqual([]);
    expect([...received.keys()].sort()).toEqual([...expected].sort());
    expect(duplicates).toBeLessThanOrEqual(inFlight);
    expect(count("SELECT count(*) AS n FROM outbox WHERE status = 'sent' AND provider_id IS NOT NULL")).toBe(
      2 * perChannel,
    );
  }, 180_000);
});
