/**
 * API tokens on the Worker (workerd over a local D1 migrated by `wrangler d1 migrations apply`, so
 * migration 0013's table rebuild runs on D1 too): made, used with a bearer header, listed with the
 * day of last use, refused once expired, and dead once revoked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HttpClient } from './client.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';
import { setUpAdmin } from '../helpers/app.ts';

let worker: LocalWorker;
let admin: HttpClient;

beforeAll(async () => {
  worker = await startLocalWorker('sv-worker-tokens-');
  admin = new HttpClient(worker.dev.url);
  await setUpAdmin(admin);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

const script = (token: string, path: string, init: RequestInit = {}) =>
  fetch(worker.dev.url + path, {
    ...init,
    headers: { authorization: `Bearer ${token}`, ...init.headers },
    signal: AbortSignal.timeout(30_000),
  });

describe('API tokens on the Worker', () => {
  it('makes a token, lets a script use it, records the day, and revoking it stops it', async () => {
    const made = await admin.post('/api/tokens', { name: 'nightly export', expiresInDays: 7 });
    expect(made.status, made.text).toBe(201);
    const { id, token, createdAt, expiresAt } = made.json as Record<string, string>;
    expect(token).toMatch(/^svk_/);
    expect(Date.parse(expiresAt!) - Date.parse(createdAt!)).toBe(7 * 86_400_000);

    const me = await script(token!, '/api/auth/me');
    expect(me.status).toBe(200);
    const listed = (await admin.get('/api/tokens')).json.tokens as Record<string, unknown>[];
    expect(listed).toEqual([
      expect.objectContaining({
        id,
        name: 'nightly export',
        lastUsedOn: new Date().toISOString().slice(0, 10),
      }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(token);
    const [row] = await queryD1<{ token_hash: string }>(
      worker.persistTo,
      `SELECT token_hash FROM api_tokens`,
    );
    expect(row!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(listed)).not.toContain(row!.token_hash);

    expect((await admin.del(`/api/tokens/${id}`)).status).toBe(200);
    const after = await script(token!, '/api/auth/me');
    expect(after.status).toBe(401);
    expect(((await after.json()) as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
    expect((await admin.del(`/api/tokens/${id}`)).status).toBe(404);
  }, 60_000);

  it('refuses an expired token with 401 and a message saying it expired', async () => {
    const { id, token } = (await admin.post('/api/tokens', { name: 'old job' })).json as Record<
      string,
      string
    >;
    expect((await script(token!, '/api/auth/me')).status).toBe(200);
    // workerd runs on the real clock, so the expiry is moved into the past in D1 instead.
    await queryD1(
      worker.persistTo,
      `UPDATE api_tokens SET expires_at = '2026-01-02T03:04:05.000Z' WHERE id = '${id}'`,
    );
    const res = await script(token!, '/api/auth/me');
    expect(res.status).toBe(401);
    const { error } = (await res.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired on 2026-01-02/);
  }, 60_000);
});
