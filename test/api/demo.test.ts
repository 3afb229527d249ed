import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, TestClient } from '../helpers/app.ts';

describe('POST /api/demo', () => {
  it('loads the demo partnership for an admin, once', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const res = await admin.post('/api/demo');
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({
      partnership: { name: 'River Valley Advanced Manufacturing Partnership' },
      organizations: 9,
      campaigns: 14,
    });
    expect(res.json.responses).toBeGreaterThan(400);
    expect(res.json.workerLinks.length).toBeGreaterThan(0);
    const listed = await admin.get('/api/partnerships');
    expect(listed.json.partnerships.map((p: { id: string }) => p.id)).toContain(res.json.partnership.id);
    const again = await admin.post('/api/demo');
    expect(again.status).toBe(409);
    expect(again.json.error.code).toBe('CONFLICT');
  }, 60_000);

  it('is for admins only', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    expect((await new TestClient(ctx).post('/api/demo')).status).toBe(401);
    await admin.post('/api/users', {
      email: 'ann@example.org',
      name: 'Ann',
      password: 'correct horse battery',
      role: 'analyst',
      partnershipIds: [],
    });
    const analyst = new TestClient(ctx);
    await analyst.post('/api/auth/login', { email: 'ann@example.org', password: 'correct horse battery' });
    const res = await analyst.post('/api/demo');
    expect(res.status).toBe(403);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual({ n: 0 });
  });

  it('points to the CLI where one request may not run that many statements (D1)', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    ctx.deps.statementBudget = 600;
    const res = await admin.post('/api/demo');
    expect(res.status).toBe(409);
    expect(res.json.error.message).toMatch(/npm run cli -- demo/);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual({ n: 0 });
  });
});
