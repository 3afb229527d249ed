/**
 * Sign-in throttling on the Worker (issue 12, item 4): workerd with a local D1 migrated by wrangler,
 * where the counts live in D1 and an attempt is counted and checked in one D1 batch. Under
 * `wrangler dev` a request's own CF-Connecting-IP is kept (miniflare sets one only when it is
 * missing), so the test names its clients with it, as Cloudflare's edge does.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testAdmin } from '../helpers/app.ts';
import {
  guessUntilWait as guessUntilWaitOn,
  signInOver,
  sleepSeconds,
  staffWithEmails,
} from '../helpers/sign-in.ts';
import { HttpClient } from './client.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

let worker: LocalWorker;
const password = testAdmin.password;
const login = signInOver(() => new HttpClient(worker.dev.url), 'cf-connecting-ip');
const guessUntilWait = (email: (i: number) => string, address: string, seconds: number) =>
  guessUntilWaitOn(login, email, address, seconds);

beforeAll(async () => {
  worker = await startLocalWorker('sv-login-throttle-');
  await staffWithEmails(new HttpClient(worker.dev.url), ['target@example.org', 'burst@example.org']);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

describe('POST /api/auth/login on the Worker', () => {
  it('checks 5 wrong guesses, answers the next 429 LOGIN_LOCKED with Retry-After, and holds the right password until the wait has passed', async () => {
    const answers = [];
    for (let i = 0; i < 12; i++)
      answers.push(await login('target@example.org', `guess ${i}`, '198.51.100.10'));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    // A busy machine may let one more through after the first second's wait, never many.
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(6);
    for (const a of answers.filter((a) => a.status !== 401)) {
      expect(a.status).toBe(429);
      expect(a.code).toBe('LOGIN_LOCKED');
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    }

    const held = await guessUntilWait(() => 'target@example.org', '198.51.100.10', 4);
    const right = await login('target@example.org', password, '198.51.100.11');
    expect(right.status).toBe(429);
    expect(right.setCookie).toBeNull();

    await sleepSeconds(Number(held.retryAfter));
    expect((await login('target@example.org', password, '198.51.100.11')).status).toBe(200);
    expect((await login('target@example.org', 'wrong again', '198.51.100.11')).status).toBe(401);
  }, 120_000);

  it('counts guesses sent at once in D1 before checking them: one alone once a longer wait is due', async () => {
    await sleepSeconds(
      Number((await guessUntilWait(() => 'burst@example.org', '198.51.100.20', 4)).retryAfter),
    );
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => login('burst@example.org', `burst ${i}`, '198.51.100.20')),
    );
    expect(answers.filter((a) => a.status === 401)).toHaveLength(1);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(19);
  }, 120_000);

  it('slows one CF-Connecting-IP trying many emails, and not the next', async () => {
    for (let i = 0; i < 10; i++)
      expect((await login(`someone${i}@example.org`, 'guess', '192.0.2.99')).status).toBe(401);
    await guessUntilWait((i) => `other${i}@example.org`, '192.0.2.99', 4);
    expect((await login('admin@example.org', password, '192.0.2.99')).status).toBe(429);
    expect((await login('admin@example.org', password, '192.0.2.100')).status).toBe(200);
  }, 120_000);

  it('keeps only keyed hashes in D1', async () => {
    const rows = await queryD1(worker.persistTo, 'SELECT * FROM login_throttle');
    expect(rows.length).toBeGreaterThan(0);
    const dump = JSON.stringify(rows);
    for (const secret of ['target@example.org', 'someone3@example.org', '192.0.2.99', '198.51.100.10'])
      expect(dump).not.toContain(secret);
    for (const row of rows) expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
  }, 60_000);
});
