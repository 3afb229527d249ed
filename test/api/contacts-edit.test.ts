/**
 * Contacts staff correct (issue 14): the paged, searched list, reading and editing one contact, and
 * actions on a selection. Each route is attacked with bad input (nothing written), the wrong role,
 * another partnership's ids and unknown ids.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, staffClient, TestClient, type TestContext } from '../helpers/app.ts';

const password = 'correct horse battery';

async function world() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const partnership = async (name: string) => {
    const p = await admin.post('/api/partnerships', { name, sector: 'Care', region: 'North', timeZone: 'UTC' });
    expect(p.status, p.text).toBe(201);
    const id = p.json.partnership.id as string;
    const org = async (n: string) =>
      (await admin.post(`/api/partnerships/${id}/organizations`, { name: n, kind: 'employer' })).json.organization
        .id as string;
    return { id, orgs: [await org('Acme Care'), await org('Birch Homes')] };
  };
  const a = await partnership('North Care');
  const b = await partnership('South Care');
  const people = [
    { firstName: 'Ana', lastName: 'Alvarez', phone: '+13125550101', kind: 'worker', organizationId: a.orgs[0], smsConsent: true },
    { firstName: 'Ben', lastName: 'Baker', email: 'ben@example.org', kind: 'worker', organizationId: a.orgs[1], language: 'es' },
    { firstName: 'Cy', lastName: 'Chen', email: 'cy@example.org', phone: '+13125550103', kind: 'employer' },
    ...Array.from({ length: 57 }, (_, i) => ({
      firstName: `Worker${String(i).padStart(2, '0')}`,
      lastName: 'Zed',
      email: `w${i}@example.org`,
      kind: 'worker',
      organizationId: a.orgs[i % 2],
    })),
  ];
  const added = await admin.post(`/api/partnerships/${a.id}/contacts`, people);
  expect(added.status, added.text).toBe(201);
  const other = await admin.post(`/api/partnerships/${b.id}/contacts`, [
    { firstName: 'Olga', lastName: 'Other', phone: '+13125550199', kind: 'worker' },
  ]);
  const ids = Object.fromEntries((added.json.created as { id: string; firstName: string }[]).map((c) => [c.firstName, c.id]));
  return { ctx, admin, a, b, ids, otherId: other.json.created[0].id as string };
}

type World = Awaited<ReturnType<typeof world>>;

const rowOf = (ctx: TestContext, id: string) => ctx.raw.prepare('SELECT * FROM contacts WHERE id = ?').get(id);
const snapshot = (ctx: TestContext) => JSON.stringify(ctx.raw.prepare('SELECT * FROM contacts ORDER BY id').all());

async function employerViewer(w: World) {
  const res = await w.admin.post('/api/users', {
    email: 'hr@acme.example',
    name: 'Acme HR',
    password,
    role: 'viewer',
    memberships: [{ partnershipId: w.a.id, organizationId: w.a.orgs[0] }],
  });
  expect(res.status, res.text).toBe(201);
  const c = new TestClient(w.ctx);
  expect((await c.post('/api/auth/login', { email: 'hr@acme.example', password })).status).toBe(200);
  return c;
}

describe('GET /api/partnerships/:id/contacts', () => {
  it('pages 50 at a time by name with the total and a cursor, and page numbers reach the same rows', async () => {
    const w = await world();
    const first = await w.admin.get(`/api/partnerships/${w.a.id}/contacts`);
    expect(first.status).toBe(200);
    expect(first.json.total).toBe(60);
    expect(first.json.contacts).toHaveLength(50);
    expect(first.json.contacts[0].lastName).toBe('Alvarez');
    const second = await w.admin.get(
      `/api/partnerships/${w.a.id}/contacts?cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    expect(second.json.contacts).toHaveLength(10);
    expect(second.json.nextCursor).toBeNull();
    const page2 = await w.admin.get(`/api/partnerships/${w.a.id}/contacts?page=2`);
    expect(page2.json.contacts.map((c: { id: string }) => c.id)).toEqual(
      second.json.contacts.map((c: { id: string }) => c.id),
    );
    const seen = new Set([...first.json.contacts, ...second.json.contacts].map((c: { id: string }) => c.id));
    expect(seen.size).toBe(60);
  });

  it('searches name, email and phone digits, and filters by kind, organization, language, consent and opt-out', async () => {
    const w = await world();
    const names = async (query: string) => {
      const res = await w.admin.get(`/api/partnerships/${w.a.id}/contacts?${query}`);
      expect(res.status, res.text).toBe(200);
      return { names: res.json.contacts.map((c: { firstName: string }) => c.firstName), total: res.json.total };
    };
    expect((await names('q=ana%20alv')).names).toEqual(['Ana']);
    expect((await names('q=BEN%40example')).names).toEqual(['Ben']);
    expect((await names('q=(312)%20555-0103')).names).toEqual(['Cy']);
    expect((await names('q=5550101')).names).toEqual(['Ana']);
    expect((await names('kind=employer')).names).toEqual(['Cy']);
    expect((await names('organization=none')).names).toEqual(['Cy']);
    expect((await names(`organization=${w.a.orgs[1]}&limit=100`)).total).toBe(1 + 28);
    expect((await names('language=es')).names).toEqual(['Ben']);
    expect((await names('consent=yes')).names).toEqual(['Ana']);
    expect((await names('optedOut=any')).total).toBe(0);
    w.ctx.raw.prepare("UPDATE contacts SET sms_opted_out_at = '2026-08-01' WHERE id = ?").run(w.ids.Ana);
    expect((await names('optedOut=sms')).names).toEqual(['Ana']);
    expect((await names('optedOut=none')).total).toBe(59);
    expect((await names('q=%25')).total).toBe(60); // a wildcard typed is not a wildcard
  });

  it('refuses bad queries with the envelope, and stays within its own partnership', async () => {
    const w = await world();
    for (const q of ['limit=0', 'limit=101', 'page=0', 'kind=robot', 'consent=maybe', 'cursor=not-a-cursor', `q=${'x'.repeat(101)}`]) {
      const res = await w.admin.get(`/api/partnerships/${w.a.id}/contacts?${q}`);
      expect(res.status, q).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
    }
    const theirs = await w.admin.get(`/api/partnerships/${w.a.id}/contacts?q=Olga`);
    expect(theirs.json.total).toBe(0);
    expect((await w.admin.get('/api/partnerships/nope/contacts')).status).toBe(404);
  });

  it('lets a viewer read but not an employer-scoped member or a stranger', async () => {
    const w = await world();
    const viewer = await staffClient(w.ctx, w.admin, 'viewer', [w.a.id]);
    expect((await viewer.get(`/api/partnerships/${w.a.id}/contacts`)).status).toBe(200);
    const employer = await employerViewer(w);
    expect((await employer.get(`/api/partnerships/${w.a.id}/contacts`)).status).toBe(403);
    expect((await employer.get(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`)).status).toBe(403);
    const stranger = await staffClient(w.ctx, w.admin, 'analyst', [w.b.id]);
    expect((await stranger.get(`/api/partnerships/${w.a.id}/contacts`)).status).toBe(404);
  });
});

describe('GET /api/partnerships/:id/contacts/:contactId', () => {
  it('reads one contact, and 404s for an unknown one or another partnership\'s', async () => {
    const w = await world();
    const one = await w.admin.get(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`);
    expect(one.json.contact).toMatchObject({ firstName: 'Ana', phone: '+13125550101' });
    expect((await w.admin.get(`/api/partnerships/${w.a.id}/contacts/nope`)).status).toBe(404);
    const leak = await w.admin.get(`/api/partnerships/${w.a.id}/contacts/${w.otherId}`);
    expect(leak.status).toBe(404);
    expect(leak.text).not.toContain('Olga');
  });
});

describe('PATCH /api/partnerships/:id/contacts/:contactId', () => {
  it('changes every field, reading the phone into E.164 and the email in lower case', async () => {
    const w = await world();
    const res = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ben}`, {
      firstName: ' Benjamin ',
      lastName: 'Baker-Ruiz',
      email: 'Benjamin@Example.ORG',
      phone: '(312) 555-0177',
      language: 'en',
      kind: 'partner',
      organizationId: w.a.orgs[0],
      attributes: { occupation: 'cook' },
      smsConsent: true,
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.contact).toMatchObject({
      firstName: 'Benjamin',
      lastName: 'Baker-Ruiz',
      email: 'benjamin@example.org',
      phone: '+13125550177',
      language: 'en',
      kind: 'partner',
      organizationId: w.a.orgs[0],
      attributes: { occupation: 'cook' },
      smsConsent: true,
    });
    const cleared = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ben}`, {
      organizationId: null,
      email: null,
      attributes: {},
    });
    expect(cleared.json.contact).toMatchObject({ organizationId: null, email: null, attributes: {} });
  });

  it('refuses bad input with the field named and writes nothing', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const path = `/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`;
    const cases: [unknown, string, number][] = [
      [{ phone: '12' }, 'phone', 422],
      [{ email: 'not an email' }, 'email', 422],
      [{ phone: null }, 'email', 422], // Ana would have no way to reach her
      [{ firstName: '' }, 'firstName', 422],
      [{ kind: 'robot' }, 'kind', 422],
      [{ language: 'xx' }, 'language', 422],
      [{ smsConsent: 'yes' }, 'smsConsent', 422],
      [{ attributes: { 'Bad Name': 'x' } }, 'attributes.Bad Name', 422],
      [{ organizationId: w.b.orgs[0] }, 'organizationId', 422],
      [{ phone: '+13125550103' }, 'phone', 409], // Cy's
      [{ email: 'CY@example.org' }, 'email', 409],
      [{ smsOptedOut: false }, '', 422],
      [{}, '', 422],
    ];
    for (const [body, field, status] of cases) {
      const res = await w.admin.patch(path, body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.json.error.code).toMatch(/VALIDATION_FAILED|CONFLICT/);
      if (field) expect(res.json.error.details.map((d: { path: string }) => d.path), JSON.stringify(body)).toContain(field);
    }
    expect((await w.admin.request('PATCH', path, '{"firstName":')).json.error.code).toBe('BAD_JSON');
    expect((await w.admin.request('PATCH', path, 'firstName=x', { 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(415);
    expect((await w.admin.patch(path, { firstName: 'x'.repeat(70_000) })).status).toBe(413);
    expect(snapshot(w.ctx)).toBe(before);
  });

  it('refuses viewers, employer members, unknown ids and another partnership\'s contact, writing nothing', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const viewer = await staffClient(w.ctx, w.admin, 'viewer', [w.a.id]);
    expect((await viewer.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { firstName: 'X' })).status).toBe(403);
    expect((await viewer.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { kind: 'robot' })).status).toBe(403);
    const employer = await employerViewer(w);
    expect((await employer.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { firstName: 'X' })).status).toBe(403);
    expect((await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/nope`, { firstName: 'X' })).status).toBe(404);
    expect((await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.otherId}`, { firstName: 'X' })).status).toBe(404);
    expect((await w.admin.patch(`/api/partnerships/${w.b.id}/contacts/${w.ids.Ana}`, { firstName: 'X' })).status).toBe(404);
    const analyst = await staffClient(w.ctx, w.admin, 'analyst', [w.b.id]);
    expect((await analyst.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { firstName: 'X' })).status).toBe(404);
    expect(snapshot(w.ctx)).toBe(before);
    const member = await staffClient(w.ctx, w.admin, 'analyst', [w.a.id, w.b.id]);
    expect((await member.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { firstName: 'Anita' })).status).toBe(200);
  });

  it('keeps an opt-out when the phone or address changes, and says so', async () => {
    const w = await world();
    w.ctx.raw.prepare("UPDATE contacts SET sms_opted_out_at = '2026-08-01T00:00:00Z' WHERE id = ?").run(w.ids.Ana);
    const res = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { phone: '+13125550142' });
    expect(res.status).toBe(200);
    expect(res.json.contact).toMatchObject({ phone: '+13125550142', smsOptedOut: true });
    expect(res.json.notices.join(' ')).toMatch(/STOP/);
    // The old number stays opted out for anyone added with it later.
    const again = await w.admin.post(`/api/partnerships/${w.a.id}/contacts`, {
      firstName: 'New', phone: '+13125550101', kind: 'worker', smsConsent: true,
    });
    expect(again.json.created[0].smsOptedOut).toBe(true);
    // Moving someone else onto that number opts them out too, and says why.
    const moved = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ben}`, { phone: '+1 312 555 0101' });
    expect(moved.status).toBe(409); // New has it now
    const freed = await w.admin.del(`/api/partnerships/${w.a.id}/contacts/${again.json.created[0].id}`);
    expect(freed.status).toBe(200);
    const moved2 = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ben}`, { phone: '+1 312 555 0101' });
    expect(moved2.json.contact.smsOptedOut).toBe(true);
    expect(moved2.json.notices.join(' ')).toMatch(/STOP before/);
  });
});

describe('POST /api/partnerships/:id/contacts/bulk', () => {
  it('sets the organization of a selection, all or nothing', async () => {
    const w = await world();
    const ids = [w.ids.Ana!, w.ids.Ben!, w.ids.Cy!];
    const res = await w.admin.post(`/api/partnerships/${w.a.id}/contacts/bulk`, {
      action: 'setOrganization', ids, organizationId: w.a.orgs[1],
    });
    expect(res.status, res.text).toBe(200);
    expect(res.json.updated).toBe(3);
    for (const id of ids) expect(rowOf(w.ctx, id)).toMatchObject({ organization_id: w.a.orgs[1] });
    const none = await w.admin.post(`/api/partnerships/${w.a.id}/contacts/bulk`, { action: 'setOrganization', ids, organizationId: null });
    expect(none.json.updated).toBe(3);
  });

  it('deletes a selection', async () => {
    const w = await world();
    const res = await w.admin.post(`/api/partnerships/${w.a.id}/contacts/bulk`, { action: 'delete', ids: [w.ids.Ana, w.ids.Ben] });
    expect(res.status, res.text).toBe(200);
    expect(res.json.removal).toMatchObject({ erased: 2, invitationsAnonymized: 0 });
    expect(rowOf(w.ctx, w.ids.Ana!)).toMatchObject({ first_name: '', phone: null, email: null });
    expect((await w.admin.get(`/api/partnerships/${w.a.id}/contacts`)).json.total).toBe(58);
  });

  it('refuses a selection with another partnership\'s or an unknown id whole, and bad bodies, writing nothing', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const path = `/api/partnerships/${w.a.id}/contacts/bulk`;
    const mixed = await w.admin.post(path, { action: 'delete', ids: [w.ids.Ana, w.otherId] });
    expect(mixed.status).toBe(404);
    expect(mixed.text).not.toContain('Olga');
    expect((await w.admin.post(path, { action: 'delete', ids: [w.ids.Ana, 'nope'] })).status).toBe(404);
    expect((await w.admin.post(path, { action: 'setOrganization', ids: [w.ids.Ana, w.otherId], organizationId: w.a.orgs[0] })).status).toBe(404);
    expect((await w.admin.post(path, { action: 'setOrganization', ids: [w.ids.Ana], organizationId: w.b.orgs[0] })).status).toBe(422);
    expect((await w.admin.post(path, { action: 'delete', ids: [] })).status).toBe(422);
    expect((await w.admin.post(path, { action: 'delete', ids: Array.from({ length: 1001 }, (_, i) => `id${i}`) })).status).toBe(422);
    expect((await w.admin.post(path, { action: 'explode', ids: [w.ids.Ana] })).status).toBe(422);
    expect((await w.admin.post(path, { action: 'setOrganization', ids: [w.ids.Ana] })).status).toBe(422);
    expect((await w.admin.request('POST', path, '[')).json.error.code).toBe('BAD_JSON');
    const viewer = await staffClient(w.ctx, w.admin, 'viewer', [w.a.id]);
    expect((await viewer.post(path, { action: 'delete', ids: [w.ids.Ana] })).status).toBe(403);
    const employer = await employerViewer(w);
    expect((await employer.post(path, { action: 'delete', ids: [w.ids.Ana] })).status).toBe(403);
    expect((await w.admin.post(`/api/partnerships/${w.b.id}/contacts/bulk`, { action: 'delete', ids: [w.ids.Ana] })).status).toBe(404);
    expect((await w.admin.post('/api/partnerships/nope/contacts/bulk', { action: 'delete', ids: [w.ids.Ana] })).status).toBe(404);
    expect(snapshot(w.ctx)).toBe(before);
  });
});

describe('DELETE /api/partnerships/:id/contacts/:contactId', () => {
  it('deletes one contact; refuses viewers, unknown ids and another partnership\'s', async () => {
    const w = await world();
    const before = snapshot(w.ctx);
    const viewer = await staffClient(w.ctx, w.admin, 'viewer', [w.a.id]);
    expect((await viewer.del(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`)).status).toBe(403);
    expect((await w.admin.del(`/api/partnerships/${w.a.id}/contacts/${w.otherId}`)).status).toBe(404);
    expect((await w.admin.del(`/api/partnerships/${w.a.id}/contacts/nope`)).status).toBe(404);
    expect(snapshot(w.ctx)).toBe(before);
    const res = await w.admin.del(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`);
    expect(res.json.removal).toMatchObject({ erased: 1 });
    expect((await w.admin.del(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`)).status).toBe(404);
  });
});

describe('an edit against stored data', () => {
  it('refuses an email stored in another case by someone else as taken, not with a 500', async () => {
    const w = await world();
    w.ctx.raw.prepare("UPDATE contacts SET email = 'CY@Example.org' WHERE id = ?").run(w.ids.Cy);
    const res = await w.admin.patch(`/api/partnerships/${w.a.id}/contacts/${w.ids.Ana}`, { email: 'cy@example.org' });
    expect(res.status, res.text).toBe(409);
    expect(res.json.error.details[0].path).toBe('email');
  });
});
