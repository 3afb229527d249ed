/**
 * Sign-in throttling (issue 12, item 4), in process with a movable clock: a growing wait per typed
 * email and per client address, then a lockout, answered at once with 429 LOGIN_LOCKED and
 * Retry-After; the same for emails that have no account.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { clientBucket } from '../../server/client-address.ts';
import { sha256Hex } from '../../server/ids.ts';
import { adminClient, makeTestApp, TestClient, testClientHeader, type TestContext } from '../helpers/app.ts';

const email = 'admin@example.org';
const password = 'correct horse battery';

let ctx: TestContext;
let infos: { msg: string; fields: Record<string, unknown> }[];

beforeEach(async () => {
  ctx = makeTestApp();
  await adminClient(ctx);
  infos = [];
  ctx.deps.log = { ...ctx.deps.log, info: (msg, fields = {}) => void infos.push({ msg, fields }) };
});

/** One sign-in from `address`, as a fresh browser (no cookie). */
async function login(body: { email: string; password: string }, address = '198.51.100.1') {
  const res = await new TestClient(ctx).request('POST', '/api/auth/login', body, {
    [testClientHeader]: address,
  });
  return { ...res, retryAfter: res.headers.get('retry-after') };
}

const wrong = (who = email, address?: string) => login({ email: who, password: 'not the password' }, address);

/** Wrong guesses, each waiting out any wait first, until `failures` were checked; the last answer. */
async function guessPatiently(failures: number, who = email, address?: string) {
  let checked = 0;
  let res = await wrong(who, address);
  for (;;) {
    // Checked: a 401, or the 429 of the failure that locked (its message names a time, not a wait).
    if (res.status === 401 || /after \d\d:\d\d/.test(res.json.error.message)) checked++;
    else ctx.clock.advance(Number(res.retryAfter) * 1000);
    if (checked === failures) return res;
    res = await wrong(who, address);
  }
}

describe('POST /api/auth/login: a growing wait', () => {
  it('checks five wrong passwords, then answers 429 LOGIN_LOCKED with Retry-After at once, the wait doubling', async () => {
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    const held = await wrong();
    expect(held.status).toBe(429);
    expect(held.json.error.code).toBe('LOGIN_LOCKED');
    expect(held.retryAfter).toBe('1');
    expect(held.json.error.message).toMatch(/too many failed sign-ins/i);

    const waits: string[] = [];
    for (let i = 0; i < 5; i++) {
      ctx.clock.advance(Number(waits.at(-1) ?? held.retryAfter) * 1000);
      expect((await wrong()).status).toBe(401);
      waits.push((await wrong()).retryAfter!);
    }
    expect(waits).toEqual(['2', '4', '8', '16', '32']);
  });

  it('refuses the right password while a wait runs, and lets it in once the wait has passed', async () => {
    for (let i = 0; i < 5; i++) await wrong();
    const early = await login({ email, password });
    expect(early.status).toBe(429);
    expect(early.headers.get('set-cookie')).toBeNull();
    ctx.clock.advance(999);
    expect((await login({ email, password })).status).toBe(429);
    ctx.clock.advance(1);
    expect((await login({ email, password })).status).toBe(200);
  });

  it('clears the account count on a success: five more wrong passwords are checked again', async () => {
    for (let i = 0; i < 4; i++) await wrong();
    expect((await login({ email, password })).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    expect((await wrong()).status).toBe(429);
  });

  it('counts attempts before checking them, so guesses sent at once are checked at most five times', async () => {
    const answers = await Promise.all(Array.from({ length: 30 }, () => wrong()));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
  });

  it('caps the wait at a minute', async () => {
    let longest = 0;
    for (let i = 0; i < 19; i++) {
      let res = await wrong();
      while (res.status === 429) {
        longest = Math.max(longest, Number(res.retryAfter));
        ctx.clock.advance(Number(res.retryAfter) * 1000);
        res = await wrong();
      }
      expect(res.status).toBe(401);
    }
    expect(longest).toBe(60);
  });
});

describe('POST /api/auth/login: a lockout', () => {
  it('locks the account for 15 minutes at the 20th failure, with a clear message and a log line of hashes', async () => {
    ctx.clock.set('2026-08-15T15:00:00Z');
    const locked = await guessPatiently(20);
    expect(locked.status).toBe(429);
    expect(locked.json.error.code).toBe('LOGIN_LOCKED');
    expect(locked.retryAfter).toBe('900');
    const until = new Date(ctx.clock.now().getTime() + 15 * 60_000);
    const hhmm = new Date(Math.ceil(until.getTime() / 60_000) * 60_000).toISOString().slice(11, 16);
    expect(locked.json.error.message).toBe(
      `Too many failed sign-ins for this account. Try again after ${hhmm} UTC.`,
    );
    expect(locked.json.error.details).toEqual({ retryAfterSeconds: 900, until: until.toISOString() });

    const lines = infos.filter((l) => l.msg === 'login locked');
    expect(lines).toHaveLength(1);
    const fields = JSON.stringify(lines[0]!.fields);
    expect(lines[0]!.fields).toMatchObject({ by: 'account', failures: 20, until: until.toISOString() });
    expect(lines[0]!.fields.key).toMatch(/^[0-9a-f]{16}$/);
    expect(fields).not.toContain(email);
    expect(fields).not.toContain('not the password');
    expect(fields).not.toContain('198.51.100.1');

    // The right password from another address is refused until the lockout ends.
    ctx.clock.advance(15 * 60_000 - 1000);
    const still = await login({ email, password }, '203.0.113.50');
    expect(still.status).toBe(429);
    expect(still.retryAfter).toBe('1');
    expect(still.json.error.message).toBe(locked.json.error.message);
    ctx.clock.advance(1000);
    expect((await login({ email, password }, '203.0.113.50')).status).toBe(200);
  });

  it('locks again at the next failure after a lockout, until fifteen quiet minutes have passed', async () => {
    await guessPatiently(20);
    ctx.clock.advance(15 * 60_000);
    const again = await wrong();
    expect(again.status).toBe(429);
    expect(again.retryAfter).toBe('900');
    ctx.clock.advance(30 * 60_000);
    for (let i = 0; i < 5; i++) expect((await wrong()).status).toBe(401);
    expect((await wrong()).retryAfter).toBe('1');
  });

  it('does not count attempts refused during a wait', async () => {
    for (let i = 0; i < 5; i++) await wrong();
    for (let i = 0; i < 50; i++) expect((await wrong()).status).toBe(429);
    ctx.clock.advance(1000);
    expect((await wrong()).status).toBe(401);
    expect((await wrong()).retryAfter).toBe('2');
  });
});

describe('POST /api/auth/login: by client address', () => {
  it('slows an address guessing many accounts after ten, and locks it at the hundredth', async () => {
    const attacker = '192.0.2.66';
    for (let i = 0; i < 10; i++) expect((await wrong(`user${i}@example.org`, attacker)).status).toBe(401);
    const held = await wrong('user10@example.org', attacker);
    expect(held.status).toBe(429);
    expect(held.retryAfter).toBe('1');
    // The real admin cannot sign in from there during the wait, but can from elsewhere.
    expect((await login({ email, password }, attacker)).status).toBe(429);
    expect((await login({ email, password }, '203.0.113.9')).status).toBe(200);

    let n = 10;
    let last = held;
    while (n < 100) {
      if (last.status === 429) ctx.clock.advance(Number(last.retryAfter) * 1000);
      last = await wrong(`user${n}@example.org`, attacker);
      if (last.status === 401 || last.json.error.message.includes('network')) n++;
    }
    expect(last.status).toBe(429);
    expect(last.retryAfter).toBe('900');
    expect(last.json.error.message).toMatch(
      /^Too many failed sign-ins from your network\. Try again after \d\d:\d\d UTC\.$/,
    );
    expect(infos.filter((l) => l.msg === 'login locked').map((l) => l.fields.by)).toEqual(['address']);
  });

  it('counts every checked guess on the address too, those that start an account wait included', async () => {
    const attacker = '192.0.2.67';
    for (let i = 0; i < 5; i++) expect((await wrong(email, attacker)).status).toBe(401);
    for (let i = 0; i < 5; i++) expect((await wrong(`user${i}@example.org`, attacker)).status).toBe(401);
    expect((await wrong('user5@example.org', attacker)).retryAfter).toBe('1');
  });

  it('takes a successful sign-in back from the address count, so an office signing in is never slowed', async () => {
    const office = '203.0.113.20';
    for (let i = 0; i < 30; i++) expect((await login({ email, password }, office)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await wrong(`user${i}@example.org`, office)).status).toBe(401);
    expect((await login({ email, password }, office)).status).toBe(200);
  });

  it('counts an IPv6 /64 as one address, and an IPv4-mapped address as its IPv4 address', async () => {
    for (let i = 0; i < 10; i++) await wrong(`user${i}@example.org`, `2001:db8:1:2::${i + 1}`);
    expect((await wrong('x@example.org', '2001:db8:1:2:ffff:1:2:3')).status).toBe(429);
    expect((await wrong('x@example.org', '2001:db8:1:3::1')).status).toBe(401);

    expect(clientBucket('::ffff:198.51.100.4')).toBe(clientBucket('198.51.100.4'));
    expect(clientBucket('2001:DB8:0:0:1::1')).toBe(clientBucket('2001:db8::1:0:0:5'));
    expect(clientBucket('fe80::1%eth0')).toBe(clientBucket('fe80::2'));
    expect(clientBucket('2001:db8::1')).not.toBe(clientBucket('2001:db9::1'));
  });
});

describe('POST /api/auth/login: unknown emails and what is stored', () => {
  it('answers an unknown email exactly as a known one, step by step through the lockout', async () => {
    const run = async (who: string, address: string) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 40; i++) {
        const res = await wrong(who, address);
        seen.push([res.status, res.json.error.code, res.json.error.message, res.retryAfter]);
        if (res.status === 429) ctx.clock.advance(Number(res.retryAfter) * 1000);
      }
      return seen;
    };
    const start = ctx.clock.now().toISOString();
    const known = await run(email, '198.51.100.1');
    ctx.clock.set(start);
    const unknown = await run('nobody@example.org', '198.51.100.2');
    expect(unknown).toEqual(known);
    expect(known.filter((r) => (r as unknown[])[0] === 429).length).toBeGreaterThan(10);
  });

  it('counts the email as typed, whatever its case and spaces', async () => {
    for (let i = 0; i < 5; i++) await wrong(i % 2 ? ' ADMIN@example.org ' : 'Admin@Example.org');
    expect((await login({ email, password })).status).toBe(429);
  });

  it('stores neither emails nor addresses, nor their plain hashes', async () => {
    await wrong(email, '198.51.100.77');
    await wrong('nobody@example.org', '198.51.100.77');
    const rows = ctx.raw.prepare('SELECT * FROM login_throttle').all();
    expect(rows).toHaveLength(3);
    const dump = JSON.stringify(rows);
    for (const secret of [email, 'nobody@example.org', '198.51.100.77']) {
      expect(dump).not.toContain(secret);
      expect(dump).not.toContain(await sha256Hex(secret));
    }
  });

  it('deletes rows a day after their last attempt, when it next writes', async () => {
    await wrong('gone@example.org', '198.51.100.90');
    ctx.clock.advance(24 * 3600_000 + 1000);
    await wrong('new@example.org', '198.51.100.91');
    const rows = ctx.raw.prepare('SELECT last_at FROM login_throttle').all() as { last_at: string }[];
    expect(rows.map((r) => r.last_at)).toEqual([
      ctx.clock.now().toISOString(),
      ctx.clock.now().toISOString(),
    ]);
  });
});
