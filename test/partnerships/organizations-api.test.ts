/**
 * Renaming, re-kinding and removing organizations (/api/partnerships/:id/organizations/:orgId), and
 * what removal says it will do first. Every refusal is checked to have written nothing.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';

const password = 'correct horse battery';

async function world() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const made = async (name: string) =>
    (
      await admin.post('/api/partnerships', {
        name,
        sector: 'Advanced manufacturing',
        region: 'River Valley',
        timeZone: 'America/Chicago',
      })
    ).json.partnership.id as string;
  const pid = await made('River Valley');
  const otherPid = await made('Lake Shore');
  const org = async (p: string, name: string, kind = 'employer') =>
    (await admin.post(`/api/partnerships/${p}/organizations`, { name, kind })).json.organization.id as string;
  const acme = await org(pid, 'Acme Tool');
  const bolt = await org(pid, 'Bolt Works');
  const foreign = await org(otherPid, 'Lake Employer');
  const added = await admin.post(`/api/partnerships/${pid}/contacts`, [
    { firstName: 'Ana', phone: '+13125550101', kind: 'worker', organizationId: acme },
    { firstName: 'Ben', phone: '+13125550102', kind: 'worker', organizationId: acme },
    { firstName: 'Cy', phone: '+13125550103', kind: 'worker', organizationId: bolt },
  ]);
  expect(added.status, added.text).toBe(201);
  const account = async (email: string, role: string, memberships: unknown[]) => {
    const res = await admin.post('/api/users', { email, name: email.split('@')[0], password, role, memberships });
    expect(res.status, res.text).toBe(201);
    const c = new TestClient(ctx);
    expect((await c.post('/api/auth/login', { email, password })).status).toBe(200);
    return { client: c, id: res.json.user.id as string };
  };
  const analyst = await account('analyst@example.org', 'analyst', [{ partnershipId: pid }]);
  const viewer = await account('viewer@example.org', 'viewer', [{ partnershipId: pid }]);
  const employer = await account('hr@acme.example', 'viewer', [{ partnershipId: pid, organizationId: acme }]);
  const outsider = await account('lake@example.org', 'analyst', [{ partnershipId: otherPid }]);
  return { ctx, admin, pid, otherPid, acme, bolt, foreign, analyst, viewer, employer, outsider };
}

/** Everything a refused request could have touched, to compare before and after. */
function snapshot(ctx: TestContext) {
  return JSON.stringify([
    ctx.raw.prepare('SELECT * FROM organizations ORDER BY id').all(),
    ctx.raw.prepare('SELECT id, organization_id FROM contacts ORDER BY id').all(),
    ctx.raw.prepare('SELECT * FROM memberships ORDER BY user_id, partnership_id').all(),
  ]);
}

const path = (pid: string, org: string, rest = '') => `/api/partnerships/${pid}/organizations/${org}${rest}`;

describe('PATCH /api/partnerships/:id/organizations/:orgId', () => {
  it('renames an organization and changes its kind, as the list then shows', async () => {
    const w = await world();
    const res = await w.admin.patch(path(w.pid, w.acme), { name: '  Acme Tool & Die ', kind: 'education' });
    expect(res.status, res.text).toBe(200);
    expect(res.json.organization).toEqual({
      id: w.acme,
      partnershipId: w.pid,
      name: 'Acme Tool & Die',
      kind: 'education',
    });
    const kindOnly = await w.analyst.client.patch(path(w.pid, w.bolt), { kind: 'labor' });
    expect(kindOnly.status, kindOnly.text).toBe(200);
    expect(kindOnly.json.organization).toMatchObject({ name: 'Bolt Works', kind: 'labor' });
    const list = (await w.admin.get(`/api/partnerships/${w.pid}/organizations`)).json.organizations;
    expect(list.map((o: any) => [o.name, o.kind])).toEqual([
      ['Acme Tool & Die', 'education'],
      ['Bolt Works', 'labor'],
    ]);
  });

  it('keeps names unique in a partnership, and lets a name be kept as it is', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const clash = await w.admin.patch(path(w.pid, w.acme), { name: 'Bolt Works' });
    expect(clash.status).toBe(409);
    expect(clash.json.error.code).toBe('CONFLICT');
    expect(snapshot(w.ctx)).toBe(before);
    expect((await w.admin.patch(path(w.pid, w.acme), { name: 'Acme Tool', kind: 'other' })).status).toBe(200);
    // Another partnership's names do not clash.
    expect((await w.admin.patch(path(w.pid, w.acme), { name: 'Lake Employer' })).status).toBe(200);
  });

  it('answers two renames to one name at the same moment with one 200 and one 409, never a 500', async () => {
    const w = await world();
    const [a, b] = await Promise.all([
      w.admin.patch(path(w.pid, w.acme), { name: 'Same Name' }),
      w.admin.patch(path(w.pid, w.bolt), { name: 'Same Name' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(w.ctx.errors).toEqual([]);
    const both = await Promise.all([
      w.admin.post(`/api/partnerships/${w.pid}/organizations`, { name: 'New One', kind: 'other' }),
      w.admin.post(`/api/partnerships/${w.pid}/organizations`, { name: 'New One', kind: 'other' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
    expect(w.ctx.errors).toEqual([]);
  });

  it.each([
    ['an empty body', {}],
    ['an empty name', { name: '   ' }],
    ['a name too long', { name: 'x'.repeat(161) }],
    ['an unknown kind', { kind: 'bank' }],
    ['a name of the wrong type', { name: 42 }],
  ])('refuses %s with 422 and writes nothing', async (_, body) => {
    const w = await world();
    const before = snapshot(w.ctx);
    const res = await w.admin.patch(path(w.pid, w.acme), body);
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    expect(res.json.error.message).toBeTruthy();
    expect(snapshot(w.ctx)).toBe(before);
  });

  it('refuses a body that is not JSON', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const res = await w.admin.request('PATCH', path(w.pid, w.acme), '{"name":', {});
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('BAD_JSON');
    expect(snapshot(w.ctx)).toBe(before);
  });

  it('refuses viewers and employer accounts, good body or bad, and writes nothing', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    for (const c of [w.viewer.client, w.employer.client]) {
      for (const body of [{ name: 'Taken over' }, { kind: 'bank' }]) {
        const res = await c.patch(path(w.pid, w.acme), body);
        expect(res.status).toBe(403);
        expect(res.json.error.code).toBe('FORBIDDEN');
      }
    }
    expect(snapshot(w.ctx)).toBe(before);
  });

  it("answers 404 for another partnership's organization, an unknown one, and a partnership not one's own", async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const tries: [TestClient, string][] = [
      [w.admin, path(w.pid, w.foreign)],
      [w.admin, path(w.otherPid, w.acme)],
      [w.admin, path(w.pid, 'no-such-org')],
      [w.admin, path('no-such-partnership', w.acme)],
      [w.analyst.client, path(w.otherPid, w.foreign)],
      [w.outsider.client, path(w.pid, w.acme)],
    ];
    for (const [c, p] of tries) {
      for (const body of [{ name: 'Renamed' }, { kind: 'bank' }]) {
        const res = await c.patch(p, body);
        expect(res.status, `${p} ${res.text}`).toBe(404);
        expect(res.json.error.code).toBe('NOT_FOUND');
        expect(res.text).not.toContain('Lake Employer');
        expect(res.text).not.toContain('Acme');
      }
    }
    expect(snapshot(w.ctx)).toBe(before);
  });

  it('needs a session', async () => {
    const w = await world();
    const res = await new TestClient(w.ctx).patch(path(w.pid, w.acme), { name: 'x' });
    expect(res.status).toBe(401);
  });
});

describe('GET /api/partnerships/:id/organizations/:orgId/impact', () => {
  it('says how many contacts lose the organization and which employer accounts lose access', async () => {
    const w = await world();
    const res = await w.analyst.client.get(path(w.pid, w.acme, '/impact'));
    expect(res.status, res.text).toBe(200);
    expect(res.json.impact).toEqual({
      organization: { id: w.acme, partnershipId: w.pid, name: 'Acme Tool', kind: 'employer' },
      contacts: 2,
      members: [{ id: w.employer.id, name: 'hr', email: 'hr@acme.example' }],
      adminOnly: true,
    });
    const bolt = (await w.admin.get(path(w.pid, w.bolt, '/impact'))).json.impact;
    expect(bolt).toMatchObject({ contacts: 1, members: [], adminOnly: false });
  });

  it('is closed to viewers and employer accounts, and 404 across partnerships', async () => {
    const w = await world();
    expect((await w.viewer.client.get(path(w.pid, w.acme, '/impact'))).status).toBe(403);
    expect((await w.employer.client.get(path(w.pid, w.acme, '/impact'))).status).toBe(403);
    expect((await w.admin.get(path(w.pid, w.foreign, '/impact'))).status).toBe(404);
    expect((await w.outsider.client.get(path(w.pid, w.acme, '/impact'))).status).toBe(404);
    expect((await w.admin.get(path(w.pid, 'nope', '/impact'))).status).toBe(404);
  });
});

describe('DELETE /api/partnerships/:id/organizations/:orgId', () => {
  it('removes it from lists, releases its contacts and ends the memberships limited to it, in one write', async () => {
    const w = await world();
    const res = await w.admin.del(path(w.pid, w.acme));
    expect(res.status, res.text).toBe(200);
    expect(res.json.removed).toMatchObject({ contacts: 2, members: [{ email: 'hr@acme.example' }] });
    const list = (await w.admin.get(`/api/partnerships/${w.pid}/organizations`)).json.organizations;
    expect(list.map((o: any) => o.name)).toEqual(['Bolt Works']);
    const contacts = (await w.admin.get(`/api/partnerships/${w.pid}/contacts`)).json.contacts;
    expect(contacts.map((c: any) => [c.firstName, c.organizationId])).toEqual(
      expect.arrayContaining([
        ['Ana', null],
        ['Ben', null],
        ['Cy', w.bolt],
      ]),
    );
    // The employer's account is left with no membership: it no longer reaches the partnership at all.
    expect((await w.employer.client.get(`/api/partnerships/${w.pid}`)).status).toBe(404);
    expect((await w.employer.client.get('/api/partnerships')).json.partnerships).toEqual([]);
    // The row stays, marked removed, so past reviews keep the name.
    const row = w.ctx.raw.prepare('SELECT name, removed_at FROM organizations WHERE id = ?').get(w.acme) as any;
    expect(row.name).toBe('Acme Tool');
    expect(row.removed_at).toBe(w.ctx.clock.now().toISOString());
    // Gone for every later request.
    expect((await w.admin.del(path(w.pid, w.acme))).status).toBe(404);
    expect((await w.admin.patch(path(w.pid, w.acme), { name: 'Back' })).status).toBe(404);
    expect((await w.admin.get(path(w.pid, w.acme, '/impact'))).status).toBe(404);
  });

  it('no longer offers a removed organization to new contacts or employer accounts', async () => {
    const w = await world();
    await w.admin.del(path(w.pid, w.bolt));
    const contact = await w.admin.post(`/api/partnerships/${w.pid}/contacts`, {
      firstName: 'Di',
      phone: '+13125550104',
      kind: 'worker',
      organizationId: w.bolt,
    });
    expect(contact.status).toBe(422);
    const byName = await w.admin.post(`/api/partnerships/${w.pid}/contacts`, {
      firstName: 'Di',
      phone: '+13125550104',
      kind: 'worker',
      organization: 'Bolt Works',
    });
    expect(byName.status).toBe(422);
    const member = await w.admin.post(`/api/partnerships/${w.pid}/members`, {
      userId: w.viewer.id,
      organizationId: w.bolt,
    });
    expect(member.status).toBe(422);
  });

  it('brings a removed organization back, same id, when its name is added again', async () => {
    const w = await world();
    await w.admin.del(path(w.pid, w.bolt));
    const again = await w.admin.post(`/api/partnerships/${w.pid}/organizations`, {
      name: 'Bolt Works',
      kind: 'labor',
    });
    expect(again.status, again.text).toBe(201);
    expect(again.json.organization).toMatchObject({ id: w.bolt, kind: 'labor' });
    // Its contacts were released at removal and stay so.
    const contacts = (await w.admin.get(`/api/partnerships/${w.pid}/contacts`)).json.contacts;
    expect(contacts.find((c: any) => c.firstName === 'Cy').organizationId).toBeNull();
    // A rename onto a removed organization's name is refused with a way forward.
    await w.admin.del(path(w.pid, w.bolt));
    const rename = await w.admin.patch(path(w.pid, w.acme), { name: 'Bolt Works' });
    expect(rename.status).toBe(409);
    expect(rename.json.error.message).toMatch(/removed organization/);
  });

  it('lets an analyst remove an organization nobody logs in for, but not one that would end an account', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const refused = await w.analyst.client.del(path(w.pid, w.acme));
    expect(refused.status).toBe(403);
    expect(refused.json.error.message).toMatch(/only an admin/);
    expect(snapshot(w.ctx)).toBe(before);
    expect((await w.analyst.client.del(path(w.pid, w.bolt))).status).toBe(200);
  });

  it('refuses viewers and employer accounts and answers 404 across partnerships, writing nothing', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    expect((await w.viewer.client.del(path(w.pid, w.bolt))).status).toBe(403);
    expect((await w.employer.client.del(path(w.pid, w.acme))).status).toBe(403);
    expect((await w.admin.del(path(w.pid, w.foreign))).status).toBe(404);
    expect((await w.admin.del(path(w.otherPid, w.acme))).status).toBe(404);
    expect((await w.outsider.client.del(path(w.pid, w.bolt))).status).toBe(404);
    expect((await w.outsider.client.del(path(w.otherPid, w.acme))).status).toBe(404);
    expect((await w.admin.del(path(w.pid, 'nope'))).status).toBe(404);
    expect(snapshot(w.ctx)).toBe(before);
  });
});
