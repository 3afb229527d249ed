/**
 * API tokens through the real Node server (`npm start`'s entry over a SQLite file): made from a
 * session, used by a script with `Authorization: Bearer`, refused once expired, and dead once revoked.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;

beforeAll(async () => {
  server = await startNodeServer();
  admin = new TestClient((path, init) => fetch(server.base + path, init));
  await setUpAdmin(admin);
}, 60_000);

afterAll(() => server?.stop());

/** What a script sends: the token and nothing else (no cookie, no CSRF token). */
const script = (token: string, path: string, init: RequestInit = {}) =>
  fetch(server.base + path, { ...init, headers: { authorization: `Bearer ${token}`, ...init.headers } });

async function envelope(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe('API tokens on npm start', () => {
  it('makes a token, lets a script use it, records the day, and revoking it stops it', async () => {
    const made = await admin.post('/api/tokens', { name: 'nightly export', expiresInDays: 30 });
    expect(made.status, made.text).toBe(201);
    const { id, token } = made.json as { id: string; token: string };

    const me = await script(token, '/api/auth/me');
    expect(me.status).toBe(200);
    expect(((await me.json()) as { user: { email: string } }).user.email).toBe('admin@example.org');
    const created = await script(token, '/api/partnerships', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'P', sector: 'S', region: 'R', timeZone: 'America/Chicago' }),
    });
    expect(created.status).toBe(201);

    const listed = (await admin.get('/api/tokens')).json.tokens as Record<string, unknown>[];
    expect(listed).toHaveLength(1);
    expect(listed[0]).toMatchObject({
      id,
      name: 'nightly export',
      lastUsedOn: new Date().toISOString().slice(0, 10),
    });
    expect(JSON.stringify(listed)).not.toContain(token);

    const revoked = await admin.del(`/api/tokens/${id}`);
    expect(revoked.status).toBe(200);
    const after = await script(token, '/api/auth/me');
    expect(after.status).toBe(401);
    expect((await envelope(after)).code).toBe('UNAUTHENTICATED');
    expect((await script(token, '/api/tokens')).status).toBe(401);
  });

  it('refuses an expired token with 401 and a message saying it expired', async () => {
    const { id, token } = (await admin.post('/api/tokens', { name: 'old job' })).json as {
      id: string;
      token: string;
    };
    expect((await script(token, '/api/auth/me')).status).toBe(200);
    // The server's clock is the real one, so the token's expiry is moved into the past instead.
    const db = new Database(server.databasePath);
    try {
      db.pragma('busy_timeout = 5000');
      db.prepare('UPDATE api_tokens SET expires_at = ? WHERE id = ?').run('2026-01-02T03:04:05.000Z', id);
    } finally {
      db.close();
    }
    const res = await script(token, '/api/auth/me');
    expect(res.status).toBe(401);
    const error = await envelope(res);
    expect(error.code).toBe('UNAUTHENTICATED');
    expect(error.message).toMatch(/expired on 2026-01-02/);
  });

  it('refuses to let a token make tokens, through the real server too', async () => {
    const { token } = (await admin.post('/api/tokens', { name: 'renewer' })).json as { token: string };
    const res = await script(token, '/api/tokens', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'forever', expiresInDays: 365 }),
    });
    expect(res.status).toBe(403);
    expect((await envelope(res)).code).toBe('FORBIDDEN');
  });
});
