/**
 * The role matrix of the admin-only routes: creating and changing partnerships, adding members and
 * staff accounts. Analysts and viewers of the partnership are refused with 403, whatever the body
 * (the role is checked before the body, so a bad body never tells them more than the role does), and
 * nothing is written.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient } from '../helpers/app.ts';

const partnership = { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' };

describe('admin-only routes', () => {
  it('refuses analysts and viewers, for good and bad bodies alike, and writes nothing', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const id = (await admin.post('/api/partnerships', partnership)).json.partnership.id as string;
    const analyst = await staffClient(ctx, admin, 'analyst', [id]);
    const viewer = await staffClient(ctx, admin, 'viewer', [id]);
    const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
    const before = {
      partnerships: (await admin.get('/api/partnerships')).json,
      partnership: (await admin.get(`/api/partnerships/${id}`)).json,
      members: (await admin.get(`/api/partnerships/${id}/members`)).json,
      users: (await admin.get('/api/users')).json,
    };
    for (const client of [analyst, viewer]) {
      for (const body of [partnership, { name: 7 }, {}]) {
        const calls = [
          client.post('/api/partnerships', body),
          client.patch(`/api/partnerships/${id}`, body),
          client.post(`/api/partnerships/${id}/members`, { userId: adminId, ...body }),
          client.post('/api/users', { email: 'x@example.org', name: 'X', role: 'admin', ...body }),
        ];
        for (const res of await Promise.all(calls)) {
          expect(res.status, res.text).toBe(403);
          expect(res.json.error.code).toBe('FORBIDDEN');
        }
      }
    }
    expect({
      partnerships: (await admin.get('/api/partnerships')).json,
      partnership: (await admin.get(`/api/partnerships/${id}`)).json,
      members: (await admin.get(`/api/partnerships/${id}/members`)).json,
      users: (await admin.get('/api/users')).json,
    }).toEqual(before);
  });
});
