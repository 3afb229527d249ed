/**
 * Sign-in throttling through `npm start`'s entry (issue 12, item 4): password guessing against the
 * real server, on its real clock, behind a proxy (TRUST_PROXY=1) so X-Forwarded-For names each client.
 */
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, testAdmin } from '../helpers/app.ts';
import {
  guessUntilWait as guessUntilWaitOn,
  signInOver,
  sleepSeconds,
  staffWithEmails,
} from '../helpers/sign-in.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
const password = testAdmin.password;
const client = () => new TestClient((path, init) => fetch(server.base + path, init));
const login = signInOver(client, 'x-forwarded-for');
const guessUntilWait = (email: (i: number) => string, address: string, seconds: number) =>
  guessUntilWaitOn(login, email, address, seconds);

beforeAll(async () => {
  server = await startNodeServer({ TRUST_PROXY: '1' });
  await staffWithEmails(client(), ['target@example.org', 'bystander@example.org', 'burst@example.org']);
}, 60_000);

afterAll(() => server?.stop());

describe('POST /api/auth/login on npm start', () => {
  it('checks 5 of 30 wrong guesses from one client, answers the rest 429 with Retry-After, and holds the right password too', async () => {
    const answers = [];
    for (let i = 0; i < 30; i++)
      answers.push(await login('target@example.org', `guess ${i}`, '198.51.100.10'));
    expect(answers.slice(0, 5).map((a) => a.status)).toEqual([401, 401, 401, 401, 401]);
    // The sixth waits a second, the next checked one two...: on a machine too busy to send the 25
    // others within the second, one or two more may be checked, never many.
    expect(answers.filter((a) => a.status === 401).length).toBeLessThanOrEqual(7);
    for (const a of answers.slice(5).filter((a) => a.status !== 401)) {
      expect(a.status).toBe(429);
      expect(a.code).toBe('LOGIN_LOCKED');
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
    }

    // The right password, even from another address, waits as well: the wait is the account's.
    const held = await guessUntilWait(() => 'target@example.org', '198.51.100.10', 4);
    const right = await login('target@example.org', password, '198.51.100.11');
    expect(right.status).toBe(429);
    expect(right.code).toBe('LOGIN_LOCKED');
    expect(right.setCookie).toBeNull();

    // Another account from another address is not held up.
    expect((await login('bystander@example.org', password, '203.0.113.5')).status).toBe(200);

    // Once the wait has passed the right password gets in, and the count starts over.
    await sleepSeconds(Number(held.retryAfter));
    expect((await login('target@example.org', password, '198.51.100.11')).status).toBe(200);
    expect((await login('target@example.org', 'wrong again', '198.51.100.11')).status).toBe(401);
  }, 90_000);

  it('checks few of 30 guesses sent at once, and one alone once a longer wait is due', async () => {
    const burst = () =>
      Promise.all(
        Array.from({ length: 30 }, (_, i) => login('burst@example.org', `burst ${i}`, '198.51.100.20')),
      );
    // Five, unless a busy machine gets some of them to the server after the first second's wait.
    const first = (await burst()).map((a) => a.status);
    expect(first.filter((s) => s === 401).length).toBeGreaterThanOrEqual(5);
    expect(first.filter((s) => s === 401).length).toBeLessThanOrEqual(7);
    expect(first.filter((s) => s === 429).length).toBeGreaterThanOrEqual(23);

    // Once a wait of four seconds or more has passed, the next guess starts one of eight or more.
    await sleepSeconds(
      Number((await guessUntilWait(() => 'burst@example.org', '198.51.100.20', 4)).retryAfter),
    );
    const second = await burst();
    expect(second.filter((a) => a.status === 401)).toHaveLength(1);
    const refused = second.filter((a) => a.status === 429);
    expect(refused).toHaveLength(29);
    for (const a of refused) expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(7);
  }, 90_000);

  it('slows one client trying many emails, known or not, and not the next client', async () => {
    const answers = [];
    for (let i = 0; i < 10; i++) answers.push(await login(`someone${i}@example.org`, 'guess', '192.0.2.99'));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(401));
    await guessUntilWait((i) => `other${i}@example.org`, '192.0.2.99', 4);
    expect((await login('nobody@example.org', 'guess', '192.0.2.99')).status).toBe(429);
    expect((await login('admin@example.org', password, '192.0.2.99')).status).toBe(429);
    expect((await login('admin@example.org', password, '192.0.2.100')).status).toBe(200);
  }, 90_000);

  it('keeps no email or address in the database file', async () => {
    const bytes = ['', '-wal']
      .map((s) => server.databasePath + s)
      .filter((p) => existsSync(p))
      .map((p) => readFileSync(p).toString('latin1'))
      .join('');
    expect(bytes).toContain('login_throttle');
    for (const secret of ['someone3@example.org', '192.0.2.99', '198.51.100.10'])
      expect(bytes).not.toContain(secret);
  });
});
