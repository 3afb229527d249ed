/**
 * `npm start` as a person runs it: the real Node process over a SQLite file, its dispatcher loop
 * sending through the development senders and releasing answers. Answers submitted over HTTP leave
 * every review unchanged until the loop releases at least k of them together; the answer secret is
 * made beside the database, readable by its owner only, and never written into the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { root } from '../helpers/cli.ts';
import { TestClient } from '../helpers/app.ts';
import { freePort } from '../workers/wrangler.ts';

let server: ChildProcess;
let base: string;
const dir = mkdtempSync(join(tmpdir(), 'sv-npm-start-'));

beforeAll(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/node.ts'], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: base,
      DATABASE_PATH: join(dir, 'survey.db'),
      DISPATCH_INTERVAL_SECONDS: '1',
      EMAIL_PER_SECOND: '0',
    },
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    const up = await fetch(`${base}/healthz`).catch(() => null);
    if (up?.ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('npm start did not answer /healthz');
}, 60_000);

afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((r) => server?.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
});

const until = async <T>(what: string, get: () => Promise<T>, ok: (v: T) => boolean): Promise<T> => {
  for (let i = 0; i < 150; i++) {
    const v = await get();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
};

describe('npm start', () => {
  it('keeps answers out of every review until its loop releases at least k together', async () => {
    const admin = new TestClient((path, init) => fetch(`${base}${path}`, init));
    const setup = await admin.post('/api/setup', {
      email: 'a@example.org',
      name: 'Ada',
      password: 'correct horse battery',
    });
    expect(setup.status, setup.text).toBe(201);
    const p = await admin.post('/api/partnerships', {
      name: 'River Valley',
      sector: 'Manufacturing',
      region: 'River Valley',
      timeZone: 'UTC',
      reviewYear: 'calendar',
      minGroupSize: 5,
    });
    const pid = p.json.partnership.id as string;
    const people = Array.from({ length: 6 }, (_, i) => ({
      firstName: `W${i}`,
      email: `w${i}@mail.example`,
      kind: 'worker',
    }));
    expect((await admin.post(`/api/partnerships/${pid}/contacts`, people)).status).toBe(201);
    const today = new Date().toISOString().slice(0, 10);
    const c = await admin.post(`/api/partnerships/${pid}/campaigns`, {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: today.slice(0, 4),
      opensOn: today,
      closesOn: today,
      channels: ['email'],
    });
    const campaignId = c.json.campaign.id as string;
    expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
    // The loop sends the invitations through the development mailer; the outbox shows their links.
    const messages = await until(
      'the loop to send six invitations',
      async () =>
        (await admin.get(`/api/dev/outbox?campaignId=${campaignId}`)).json.messages as { body: string }[],
      (m) => m.length === 6 && m.every((x) => /\/s\/[\w-]{24}/.test(x.body)),
    );
    const tokens = messages.map((m) => /\/s\/([\w-]{24})/.exec(m.body)![1]!);
    const review = async () =>
      (await admin.get(`/api/partnerships/${pid}/reviews/${today.slice(0, 4)}`)).text.replace(
        /"generatedAt":"[^"]*"/,
        '"generatedAt":""',
      );
    const before = await review();

    // Four answers: fewer than five can never go, so however long the loop runs, nothing moves.
    const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(3));
    const submit = (token: string) =>
      fetch(`${base}/s/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
    for (const token of tokens.slice(0, 4)) expect((await submit(token)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 2500));
    expect(await review()).toBe(before);
    const waiting = (await admin.get(`/api/campaigns/${campaignId}/progress`)).json.progress.answers;
    expect(waiting).toMatchObject({ waiting: 4, released: 0 });

    // The fifth: the loop releases the five together within a tick or two.
    expect((await submit(tokens[4]!)).status).toBe(200);
    const released = await until(
      'the loop to release five answers',
      async () => JSON.parse(await review()).review.templates[0].overall.n as number | null,
      (n) => n === 5,
    );
    expect(released).toBe(5);

    // The secret that seals waiting answers sits beside the database, owner-only, and not inside it.
    const secretFile = join(dir, 'answer-secret');
    expect(statSync(secretFile).mode & 0o777).toBe(0o600);
    const secret = readFileSync(secretFile, 'utf8').trim();
    expect(secret.length).toBeGreaterThanOrEqual(32);
    for (const file of ['survey.db', 'survey.db-wal']) {
      const bytes = readFileSync(join(dir, file));
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
    }
  }, 90_000);
});
