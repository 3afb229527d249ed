import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, TestClient } from '../helpers/app.ts';

describe('POST /api/setup', () => {
  it('creates the first admin and signs them in', async () => {
    const ctx = makeTestApp();
    const client = new TestClient(ctx);
    expect((await client.get('/api/setup')).json).toEqual({ needsSetup: true });
    const res = await client.post('/api/setup', {
      email: 'Boss@Example.org',
      name: 'Boss',
      password: 'a long enough password',
    });
    expect(res.status).toBe(201);
    expect(res.json.user).toMatchObject({ email: 'boss@example.org', role: 'admin' });
    expect(res.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(res.headers.get('set-cookie')).toMatch(/SameSite=Strict/i);
    expect((await client.get('/api/auth/me')).json.user.email).toBe('boss@example.org');
  });

  it('refuses a second setup', async () => {
    const ctx = makeTestApp();
    await adminClient(ctx);
    const res = await new TestClient(ctx).post('/api/setup', {
      email: 'x@example.org',
      name: 'X',
      password: 'another long password',
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('ALREADY_SET_UP');
  });

  it('stores only a PBKDF2 hash of the password', async () => {
    const ctx = makeTestApp();
    await adminClient(ctx);
    const row = ctx.raw.prepare('SELECT password_hash FROM users').get() as { password_hash: string };
    expect(row.password_hash).toMatch(/^pbkdf2-sha256\$100000\$/);
    expect(row.password_hash).not.toContain('correct horse');
  });

  it('refuses short passwords with a field message', async () => {
    const res = await new TestClient(makeTestApp()).post('/api/setup', {
      email: 'a@example.org',
      name: 'A',
      password: 'short',
    });
    expect(res.status).toBe(422);
    expect(res.json.error.details[0].path).toBe('password');
  });
});

describe('POST /api/auth/login and logout', () => {
  it('signs in with the right password and out again', async () => {
    const ctx = makeTestApp();
    await adminClient(ctx);
    const client = new TestClient(ctx);
    const res = await client.post('/api/auth/login', {
      email: 'admin@example.org',
      password: 'correct horse battery',
    });
    expect(res.status).toBe(200);
    expect(res.json.csrfToken).toBeTruthy();
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('answers a wrong password and an unknown email alike', async () => {
    const ctx = makeTestApp();
    await adminClient(ctx);
    const wrong = await new TestClient(ctx).post('/api/auth/login', {
      email: 'admin@example.org',
      password: 'nope nope nope',
    });
    const unknown = await new TestClient(ctx).post('/api/auth/login', {
      email: 'who@example.org',
      password: 'nope nope nope',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.json).toEqual(unknown.json);
  });

  it('expires sessions', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    ctx.clock.advance(2 * 3600 * 1000);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the X-CSRF-Token header', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const csrf = client.csrf;
    client.csrf = '';
    const res = await client.post('/api/partnerships', {
      name: 'P',
      sector: 'S',
      region: 'R',
      timeZone: 'America/Chicago',
    });
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('CSRF_FAILED');
    client.csrf = 'x'.repeat(csrf.length);
    expect((await client.post('/api/partnerships', {})).json.error.code).toBe('CSRF_FAILED');
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual({ n: 0 });
  });

  it('lets scripts use a bearer API token without CSRF', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const { token } = (await client.post('/api/auth/tokens', { name: 'nightly import' })).json;
    expect(token).toMatch(/^svk_/);
    const res = await ctx.app.request('/api/partnerships', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'P', sector: 'S', region: 'R', timeZone: 'America/Chicago' }),
    });
    expect(res.status).toBe(201);
    const bad = await ctx.app.request('/api/partnerships', {
      headers: { authorization: 'Bearer svk_forged' },
    });
    expect(bad.status).toBe(401);
  });
});

describe('roles', () => {
  it('keeps analysts and viewers inside their partnerships and viewers read-only', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const mine = (
      await admin.post('/api/partnerships', {
        name: 'Mine',
        sector: 'S',
        region: 'R',
        timeZone: 'America/Chicago',
      })
    ).json.partnership;
    const other = (
      await admin.post('/api/partnerships', {
        name: 'Other',
        sector: 'S',
        region: 'R',
        timeZone: 'America/Chicago',
      })
    ).json.partnership;
    for (const role of ['analyst', 'viewer']) {
      const res = await admin.post('/api/users', {
        email: `${role}@example.org`,
        name: role,
        password: 'a long enough password',
        role,
        partnershipIds: [mine.id],
      });
      expect(res.status).toBe(201);
    }
    const login = async (email: string) => {
      const c = new TestClient(ctx);
      await c.post('/api/auth/login', { email, password: 'a long enough password' });
      return c;
    };
    const analyst = await login('analyst@example.org');
    const viewer = await login('viewer@example.org');

    expect((await analyst.get('/api/partnerships')).json.partnerships.map((p: any) => p.name)).toEqual([
      'Mine',
    ]);
    expect((await analyst.get(`/api/partnerships/${other.id}`)).status).toBe(404);
    expect(
      (await analyst.post(`/api/partnerships/${mine.id}/organizations`, { name: 'Acme', kind: 'employer' }))
        .status,
    ).toBe(201);
    expect(
      (await analyst.post('/api/partnerships', { name: 'X', sector: 'S', region: 'R', timeZone: 'UTC' }))
        .status,
    ).toBe(403);
    expect(
      (
        await analyst.post('/api/users', {
          email: 'z@example.org',
          name: 'z',
          password: 'a long enough password',
        })
      ).status,
    ).toBe(403);

    expect((await viewer.get(`/api/partnerships/${mine.id}/organizations`)).status).toBe(200);
    const denied = await viewer.post(`/api/partnerships/${mine.id}/organizations`, {
      name: 'Beta',
      kind: 'employer',
    });
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe('FORBIDDEN');
    expect(
      (await viewer.post(`/api/partnerships/${other.id}/organizations`, { name: 'Beta', kind: 'employer' }))
        .status,
    ).toBe(403);
  });

  it('requires a session for the admin API', async () => {
    const res = await makeTestApp().app.request('/api/partnerships');
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('UNAUTHENTICATED');
  });
});
