/**
 * API tokens for scripts (issue 12, item 9): an expiry chosen at creation, the day of last use,
 * listing and revoking, and who may do which. In process, with the clock moved by hand.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrate, migrationsDir } from '../../server/runtime/sqlite.ts';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';

const day = 86_400_000;

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const p = (await admin.post('/api/partnerships', { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' }))
    .json.partnership.id as string;
  const analyst = await staffClient(ctx, admin, 'analyst', [p]);
  const viewer = await staffClient(ctx, admin, 'viewer', [p]);
  return { ctx, admin, analyst, viewer };
}

/** A request with only the bearer token, as a script sends it. */
function bearer(ctx: TestContext, token: string, path = '/api/auth/me', init: RequestInit = {}) {
  return ctx.app.request(path, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });
}

async function issue(client: TestClient, body: unknown = { name: 'nightly import' }) {
  const res = await client.post('/api/tokens', body);
  expect(res.status, res.text).toBe(201);
  return res.json as { id: string; token: string; name: string; expiresAt: string; createdAt: string };
}

describe('POST /api/tokens', () => {
  it('shows the token once, stores only its hash, and expires it in 90 days unless told otherwise', async () => {
    const { ctx, admin } = await setup();
    const made = await issue(admin);
    expect(made.token).toMatch(/^svk_[\w-]{43}$/);
    expect(made.createdAt).toBe('2026-08-15T15:00:00.000Z');
    expect(made.expiresAt).toBe(new Date(Date.parse(made.createdAt) + 90 * day).toISOString());
    const row = ctx.raw.prepare('SELECT * FROM api_tokens WHERE id = ?').get(made.id) as Record<
      string,
      unknown
    >;
    expect(JSON.stringify(row)).not.toContain(made.token);
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row.last_used_on).toBeNull();

    const year = await issue(admin, { name: 'yearly', expiresInDays: 365 });
    expect(year.expiresAt).toBe('2027-08-15T15:00:00.000Z');
    const week = await issue(admin, { name: 'a week', expiresInDays: 7 });
    expect(week.expiresAt).toBe('2026-08-22T15:00:00.000Z');
  });

  it('keeps POST /api/auth/tokens, the first route, with the same expiry', async () => {
    const { ctx, admin } = await setup();
    const res = await admin.post('/api/auth/tokens', { name: 'old script', expiresInDays: 30 });
    expect(res.status).toBe(201);
    expect(res.json).toMatchObject({ name: 'old script', expiresAt: '2026-09-14T15:00:00.000Z' });
    expect((await bearer(ctx, res.json.token)).status).toBe(200);
    const plain = await admin.post('/api/auth/tokens', { name: 'no expiry given' });
    expect(plain.json.expiresAt).toBe('2026-11-13T15:00:00.000Z');
  });

  it('refuses bad bodies with a clear 4xx and stores nothing', async () => {
    const { ctx, admin } = await setup();
    const cases: [unknown, number, string][] = [
      [{}, 422, 'VALIDATION_FAILED'],
      [{ name: '   ' }, 422, 'VALIDATION_FAILED'],
      [{ name: 'x'.repeat(81) }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', expiresInDays: 0 }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', expiresInDays: 366 }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', expiresInDays: 1.5 }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', expiresInDays: '30' }, 422, 'VALIDATION_FAILED'],
      [{ name: 'ok', expiresInDays: null }, 422, 'VALIDATION_FAILED'],
      [[], 422, 'VALIDATION_FAILED'],
      ['{"name":', 400, 'BAD_JSON'],
    ];
    for (const [body, status, code] of cases) {
      const res = await admin.post('/api/tokens', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error.code).toBe(code);
    }
    const text = await admin.request('POST', '/api/tokens', 'name=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM api_tokens').get()).toEqual({ n: 0 });
  });

  it('needs a signed-in session with its CSRF token; a token cannot make tokens', async () => {
    const { ctx, admin } = await setup();
    expect((await new TestClient(ctx).post('/api/tokens', { name: 'x' })).status).toBe(401);
    const csrf = admin.csrf;
    admin.csrf = '';
    const noCsrf = await admin.post('/api/tokens', { name: 'x' });
    expect(noCsrf.status).toBe(403);
    expect(noCsrf.json.error.code).toBe('CSRF_FAILED');
    admin.csrf = csrf;
    // Otherwise a leaked token could renew itself before it expires, for ever.
    const { token } = await issue(admin);
    for (const path of ['/api/tokens', '/api/auth/tokens']) {
      const res = await bearer(ctx, token, path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'renewed', expiresInDays: 365 }),
      });
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('FORBIDDEN');
    }
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM api_tokens').get()).toEqual({ n: 1 });
  });
});

describe('using a token', () => {
  it('answers 401 UNAUTHENTICATED saying the token expired, from its expiry on', async () => {
    const { ctx, admin } = await setup();
    const { token, expiresAt } = await issue(admin, { name: 'short', expiresInDays: 1 });
    expect((await bearer(ctx, token)).status).toBe(200);
    ctx.clock.set(new Date(Date.parse(expiresAt) - 1).toISOString());
    expect((await bearer(ctx, token)).status).toBe(200);
    ctx.clock.set(expiresAt);
    const res = await bearer(ctx, token);
    expect(res.status).toBe(401);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired on 2026-08-16/);
    // The session that made it still works, and can see the token listed as expired.
    ctx.clock.advance(-day);
    expect((await admin.get('/api/tokens')).json.tokens[0].expiresAt).toBe(expiresAt);
  });

  it('answers an unknown or revoked token with a message that does not say expired', async () => {
    const { ctx } = await setup();
    const res = await bearer(ctx, 'svk_forged');
    expect(res.status).toBe(401);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/revoked/);
    expect(error.message).not.toMatch(/expired/);
  });

  it('records the day of last use, not the time, and writes it at most once a day', async () => {
    const { ctx, admin } = await setup();
    const { id, token } = await issue(admin);
    ctx.raw.exec(`CREATE TABLE token_writes (n INTEGER);
      CREATE TRIGGER count_token_writes AFTER UPDATE ON api_tokens BEGIN INSERT INTO token_writes VALUES (1); END;`);
    const writes = () => (ctx.raw.prepare('SELECT count(*) AS n FROM token_writes').get() as { n: number }).n;
    const listed = async () =>
      (await admin.get('/api/tokens')).json.tokens.find((t: { id: string }) => t.id === id).lastUsedOn;
    const lastUsed = () => ctx.raw.prepare('SELECT last_used_on FROM api_tokens WHERE id = ?').get(id);

    expect(await listed()).toBeNull();
    for (let i = 0; i < 5; i++) expect((await bearer(ctx, token)).status).toBe(200);
    expect(await listed()).toBe('2026-08-15');
    expect(writes()).toBe(1);
    ctx.clock.advance(8 * 3600_000); // 23:00 the same day (UTC)
    await bearer(ctx, token);
    expect(writes()).toBe(1);
    ctx.clock.advance(2 * 3600_000);
    await bearer(ctx, token);
    await bearer(ctx, token);
    expect(lastUsed()).toEqual({ last_used_on: '2026-08-16' });
    expect(writes()).toBe(2);
  });
});

describe('GET /api/tokens', () => {
  it("lists a viewer's own tokens only, and every token with its owner to an admin, never a hash", async () => {
    const { ctx, admin, analyst, viewer } = await setup();
    const a = await issue(admin, { name: 'admin script' });
    const b = await issue(analyst, { name: 'analyst script' });
    const v = await issue(viewer, { name: 'viewer script' });

    const own = await viewer.get('/api/tokens');
    expect(own.status).toBe(200);
    expect(own.json.tokens).toEqual([
      {
        id: v.id,
        name: 'viewer script',
        createdAt: v.createdAt,
        expiresAt: v.expiresAt,
        lastUsedOn: null,
        owner: { id: expect.any(String), name: 'viewer', email: 'viewer-1@example.org' },
      },
    ]);
    const ownByToken = await bearer(ctx, v.token, '/api/tokens');
    expect(((await ownByToken.json()) as { tokens: { id: string }[] }).tokens.map((t) => t.id)).toEqual([
      v.id,
    ]);
    expect((await analyst.get('/api/tokens')).json.tokens.map((t: { id: string }) => t.id)).toEqual([b.id]);

    const all = await admin.get('/api/tokens');
    expect(
      all.json.tokens.map((t: { name: string; owner: { email: string } }) => [t.name, t.owner.email]),
    ).toEqual(
      expect.arrayContaining([
        ['admin script', 'admin@example.org'],
        ['analyst script', 'analyst-1@example.org'],
        ['viewer script', 'viewer-1@example.org'],
      ]),
    );
    expect(all.json.tokens).toHaveLength(3);
    const hashes = ctx.raw.prepare('SELECT token_hash FROM api_tokens').all() as { token_hash: string }[];
    for (const text of [all.text, own.text]) {
      for (const secret of [a.token, b.token, v.token, ...hashes.map((h) => h.token_hash)])
        expect(text).not.toContain(secret);
      expect(text).not.toMatch(/hash/i);
    }
  });

  it('needs a signed-in user', async () => {
    const { ctx } = await setup();
    expect((await new TestClient(ctx).get('/api/tokens')).status).toBe(401);
  });
});

describe('DELETE /api/tokens/:id', () => {
  it('revokes your own token, which stops working at once', async () => {
    const { ctx, viewer } = await setup();
    const { id, token } = await issue(viewer);
    expect((await bearer(ctx, token)).status).toBe(200);
    const res = await viewer.del(`/api/tokens/${id}`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ ok: true });
    expect((await bearer(ctx, token)).status).toBe(401);
    expect((await viewer.get('/api/tokens')).json.tokens).toEqual([]);
    expect((await viewer.del(`/api/tokens/${id}`)).status).toBe(404);
  });

  it("lets an admin revoke anyone's token", async () => {
    const { ctx, admin, analyst } = await setup();
    const { id, token } = await issue(analyst);
    expect((await admin.del(`/api/tokens/${id}`)).status).toBe(200);
    expect((await bearer(ctx, token)).status).toBe(401);
  });

  it("refuses an analyst or viewer another's token as if it did not exist, and the token keeps working", async () => {
    const { ctx, admin, analyst, viewer } = await setup();
    const theirs = await issue(admin);
    const viewers = await issue(viewer);
    for (const [client, id] of [
      [analyst, theirs.id],
      [analyst, viewers.id],
      [viewer, theirs.id],
    ] as const) {
      const res = await client.del(`/api/tokens/${id}`);
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe('NOT_FOUND');
    }
    expect((await bearer(ctx, theirs.token)).status).toBe(200);
    expect((await bearer(ctx, viewers.token)).status).toBe(200);
  });

  it('answers 404 for an unknown id, 401 without sign-in and 403 without CSRF', async () => {
    const { ctx, admin } = await setup();
    const { id, token } = await issue(admin);
    const unknown = await admin.del('/api/tokens/no-such-token');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('NOT_FOUND');
    expect((await new TestClient(ctx).del(`/api/tokens/${id}`)).status).toBe(401);
    admin.csrf = '';
    expect((await admin.del(`/api/tokens/${id}`)).status).toBe(403);
    expect((await bearer(ctx, token)).status).toBe(200);
  });

  it('lets a script revoke its own token with it', async () => {
    const { ctx, admin } = await setup();
    const { id, token } = await issue(admin);
    expect((await bearer(ctx, token, `/api/tokens/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await bearer(ctx, token)).status).toBe(401);
  });
});

describe('migration 0013', () => {
  it('gives tokens made before it an expiry 90 days on, and refuses a new token without one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sv-tokens-migration-'));
    try {
      for (const f of readdirSync(migrationsDir).filter((f) => f < '0013'))
        symlinkSync(join(migrationsDir, f), join(dir, f));
      const raw = new Database(':memory:');
      raw.pragma('foreign_keys = ON');
      migrate(raw, dir);
      raw.exec(`INSERT INTO users VALUES ('u1', 'a@example.org', 'A', 'x', 'admin', '2025-01-01T00:00:00.000Z');
        INSERT INTO api_tokens VALUES ('t1', 'hash1', 'u1', 'old', '2025-01-01T00:00:00.000Z');`);
      const before = Date.now();
      expect(migrate(raw)).toContain('0013_api_token_lifecycle.sql');
      const after = Date.now();
      const row = raw.prepare('SELECT * FROM api_tokens').get() as Record<string, string | null>;
      expect(row).toMatchObject({ id: 't1', token_hash: 'hash1', name: 'old', last_used_on: null });
      expect(row.expires_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      const expires = Date.parse(row.expires_at!);
      expect(expires).toBeGreaterThanOrEqual(Math.floor(before / 1000) * 1000 + 90 * day);
      expect(expires).toBeLessThanOrEqual(after + 90 * day);
      expect(() =>
        raw.exec(`INSERT INTO api_tokens (id, token_hash, user_id, name, created_at)
          VALUES ('t2', 'hash2', 'u1', 'new', '2026-01-01T00:00:00.000Z')`),
      ).toThrow(/NOT NULL/);
      // Deleting the user still deletes their tokens.
      raw.exec(`DELETE FROM users`);
      expect(raw.prepare('SELECT count(*) AS n FROM api_tokens').get()).toEqual({ n: 0 });
      raw.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
