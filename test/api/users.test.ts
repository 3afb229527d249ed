import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, TestClient } from '../helpers/app.ts';

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const p1 = (await admin.post('/api/partnerships', { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' }))
    .json.partnership.id;
  const p2 = (await admin.post('/api/partnerships', { name: 'B', sector: 'S', region: 'R', timeZone: 'UTC' }))
    .json.partnership.id;
  const ann = (
    await admin.post('/api/users', {
      email: 'ann@example.org',
      name: 'Ann',
      password: 'correct horse battery',
      role: 'analyst',
      partnershipIds: [p1],
    })
  ).json.user;
  const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
  return { ctx, admin, p1, p2, ann, adminId };
}

async function signIn(ctx: ReturnType<typeof makeTestApp>, email: string) {
  const client = new TestClient(ctx);
  const res = await client.post('/api/auth/login', { email, password: 'correct horse battery' });
  expect(res.status).toBe(200);
  return client;
}

describe('staff accounts', () => {
  it('lists users with their partnerships, and a partnership its members', async () => {
    const { admin, p1, ann } = await setup();
    const users = (await admin.get('/api/users')).json.users;
    expect(users.find((u: { id: string }) => u.id === ann.id)).toMatchObject({
      role: 'analyst',
      partnershipIds: [p1],
    });
    const members = await admin.get(`/api/partnerships/${p1}/members`);
    expect(members.status).toBe(200);
    expect(members.json.members.map((m: { email: string }) => m.email)).toEqual(['ann@example.org']);
  });

  it('changes a role and replaces memberships at once', async () => {
    const { ctx, admin, p1, p2, ann } = await setup();
    const res = await admin.patch(`/api/users/${ann.id}`, { role: 'viewer', partnershipIds: [p2] });
    expect(res.status, res.text).toBe(200);
    expect(res.json.user).toMatchObject({ role: 'viewer', partnershipIds: [p2] });
    const viewer = await signIn(ctx, 'ann@example.org');
    expect((await viewer.get(`/api/partnerships/${p1}`)).status).toBe(404);
    expect((await viewer.get(`/api/partnerships/${p2}`)).status).toBe(200);
    expect(
      (await viewer.post(`/api/partnerships/${p2}/organizations`, { name: 'X', kind: 'employer' })).status,
    ).toBe(403);
  });

  it('removes an account with its sessions, but never yourself or the last admin', async () => {
    const { ctx, admin, ann, adminId } = await setup();
    const annClient = await signIn(ctx, 'ann@example.org');
    expect((await admin.del(`/api/users/${ann.id}`)).status).toBe(200);
    expect((await annClient.get('/api/auth/me')).status).toBe(401);
    const self = await admin.del(`/api/users/${adminId}`);
    expect(self.status).toBe(409);
    const demote = await admin.patch(`/api/users/${adminId}`, { role: 'analyst' });
    expect(demote.status).toBe(409);
    expect(demote.json.error.message).toMatch(/only admin/);
  });

  it('answers unknown users, bad bodies and non-admins with 4xx and changes nothing', async () => {
    const { ctx, admin, ann } = await setup();
    expect((await admin.patch('/api/users/nope', { name: 'X' })).status).toBe(404);
    expect((await admin.del('/api/users/nope')).status).toBe(404);
    expect((await admin.patch(`/api/users/${ann.id}`, {})).status).toBe(422);
    expect((await admin.patch(`/api/users/${ann.id}`, { role: 'owner' })).status).toBe(422);
    expect((await admin.patch(`/api/users/${ann.id}`, { partnershipIds: ['missing'] })).status).toBe(422);
    const analyst = await signIn(ctx, 'ann@example.org');
    expect((await analyst.patch(`/api/users/${ann.id}`, { role: 'admin' })).status).toBe(403);
    expect((await analyst.del(`/api/users/${ann.id}`)).status).toBe(403);
    expect(ctx.raw.prepare("SELECT role FROM users WHERE email = 'ann@example.org'").get()).toEqual({
      role: 'analyst',
    });
  });
});
