import { describe, expect, it, vi } from 'vitest';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';

type Audience = { kinds?: string[]; organizationIds?: string[]; attributes?: Record<string, string[]> };
type Channels = ('sms' | 'email')[];

/** Contacts that differ in every way the count and the launch look at. */
async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const p = await admin.post('/api/partnerships', {
    name: 'P',
    sector: 'S',
    region: 'R',
    timeZone: 'UTC',
  });
  const partnershipId = p.json.partnership.id as string;
  const org = async (name: string) =>
    (await admin.post(`/api/partnerships/${partnershipId}/organizations`, { name, kind: 'employer' })).json
      .organization.id as string;
  const [a, b] = [await org('Acme'), await org('Bolt')];
  const phone = (i: number) => `+1312555${String(1000 + i).padStart(4, '0')}`;
  const people = [
    {
      firstName: 'Both',
      kind: 'worker',
      organizationId: a,
      phone: phone(1),
      email: 'both@x.org',
      smsConsent: true,
      attributes: { occupation: 'welder' },
    },
    {
      firstName: 'NoConsent',
      kind: 'worker',
      organizationId: a,
      phone: phone(2),
      email: 'nc@x.org',
      attributes: { occupation: 'machinist' },
    },
    {
      firstName: 'Stopped',
      kind: 'worker',
      organizationId: b,
      phone: phone(3),
      email: 'stop@x.org',
      smsConsent: true,
      attributes: { occupation: 'welder' },
    },
    { firstName: 'Unsubscribed', kind: 'worker', organizationId: b, email: 'unsub@x.org' },
    {
      firstName: 'TextOnly',
      kind: 'worker',
      organizationId: a,
      phone: phone(5),
      smsConsent: true,
      attributes: { occupation: 'welder' },
    },
    {
      firstName: 'Boss',
      kind: 'employer',
      organizationId: a,
      email: 'boss@x.org',
      attributes: { occupation: 'welder' },
    },
    {
      firstName: 'Unreachable',
      kind: 'worker',
      organizationId: b,
      phone: phone(7),
      attributes: { occupation: 'assembler' },
    },
    { firstName: 'Partner', kind: 'partner', phone: phone(8), email: 'partner@x.org', smsConsent: true },
  ];
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
  expect(added.json.rejected).toEqual([]);
  ctx.raw
    .prepare("UPDATE contacts SET sms_opted_out_at = '2026-08-01T00:00:00Z' WHERE first_name = 'Stopped'")
    .run();
  ctx.raw
    .prepare(
      "UPDATE contacts SET email_opted_out_at = '2026-08-01T00:00:00Z' WHERE first_name = 'Unsubscribed'",
    )
    .run();
  return { ctx, admin, partnershipId, orgs: { a, b } };
}

function audienceUrl(partnershipId: string, audience: Audience, channels?: Channels) {
  const q = new URLSearchParams();
  if (audience.kinds) q.set('kinds', audience.kinds.join(','));
  if (audience.organizationIds) q.set('organizationIds', audience.organizationIds.join(','));
  if (audience.attributes) q.set('attributes', JSON.stringify(audience.attributes));
  if (channels) q.set('channels', channels.join(','));
  return `/api/partnerships/${partnershipId}/audience?${q}`;
}

/** What a launch of this audience really wrote: invitations, and invitation messages by channel. */
async function launched(
  ctx: TestContext,
  admin: TestClient,
  partnershipId: string,
  audience: Audience,
  channels: Channels,
) {
  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'C',
    templateId: 'worker-voice',
    period: '2026-Q3',
    audience,
    channels,
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
  });
  expect(camp.status).toBe(201);
  const id = camp.json.campaign.id as string;
  expect((await admin.post(`/api/campaigns/${id}/launch`)).status).toBe(200);
  const invited = (
    ctx.raw.prepare('SELECT count(*) AS n FROM invitations WHERE campaign_id = ?').get(id) as { n: number }
  ).n;
  const by = ctx.raw
    .prepare(
      "SELECT channel, count(*) AS n FROM outbox WHERE campaign_id = ? AND purpose = 'invitation' GROUP BY channel",
    )
    .all(id) as { channel: 'sms' | 'email'; n: number }[];
  const sms = by.find((r) => r.channel === 'sms')?.n ?? 0;
  const email = by.find((r) => r.channel === 'email')?.n ?? 0;
  return { total: invited, sms, email, none: invited - sms - email };
}

describe('GET /api/partnerships/:id/audience', () => {
  it('counts what a launch then invites, channel by channel, for many filters and channel orders', async () => {
    const { ctx, admin, partnershipId, orgs } = await setup();
    const cases: [Audience, Channels][] = [
      [{ kinds: ['worker'] }, ['sms', 'email']],
      [{ kinds: ['worker'] }, ['email', 'sms']],
      [{ kinds: ['worker', 'employer', 'partner'] }, ['sms']],
      [{ kinds: ['worker'], organizationIds: [orgs.a] }, ['email']],
      [{ kinds: ['worker', 'employer'], organizationIds: [orgs.a, orgs.b] }, ['sms', 'email']],
      [{ kinds: ['worker'], attributes: { occupation: ['welder'] } }, ['sms', 'email']],
      // A contact without the attribute has the empty value.
      [{ kinds: ['worker', 'partner'], attributes: { occupation: ['assembler', ''] } }, ['email', 'sms']],
      [{ kinds: ['employer'], organizationIds: [orgs.b] }, ['sms', 'email']],
      [{ kinds: ['worker'] }, []],
    ];
    const seen = [];
    for (const [audience, channels] of cases) {
      const count = await admin.get(audienceUrl(partnershipId, audience, channels));
      expect(count.status).toBe(200);
      expect(count.json, JSON.stringify([audience, channels])).toEqual(
        await launched(ctx, admin, partnershipId, audience, channels),
      );
      seen.push(count.json);
    }
    // The cases are not all alike, so the comparison above means something.
    expect(seen.slice(0, 3)).toEqual([
      { total: 6, sms: 2, email: 2, none: 2 },
      { total: 6, sms: 1, email: 3, none: 2 },
      { total: 8, sms: 3, email: 0, none: 5 },
    ]);
    expect(seen[7]).toEqual({ total: 0, sms: 0, email: 0, none: 0 });
  });

  it('counts everyone with SMS then email when no filter or channel is named', async () => {
    const { admin, partnershipId } = await setup();
    const res = await admin.get(`/api/partnerships/${partnershipId}/audience`);
    expect(res.json).toEqual({ total: 8, sms: 3, email: 3, none: 2 });
    const dupes = await admin.get(audienceUrl(partnershipId, { kinds: ['worker'] }, ['email', 'email']));
    expect(dupes.json).toEqual({ total: 6, sms: 0, email: 3, none: 3 });
  });

  it('binds fewer than 100 parameters per statement for the most organizations a campaign may name', async () => {
    const { ctx, admin, partnershipId, orgs } = await setup();
    const organizationIds = [orgs.a, orgs.b, ...Array.from({ length: 198 }, (_, i) => `missing-${i}`)];
    const prepare = vi.spyOn(ctx.raw, 'prepare');
    const audience = {
      kinds: ['worker'],
      organizationIds,
      attributes: { occupation: ['welder', 'machinist'] },
    };
    const count = await admin.get(audienceUrl(partnershipId, audience));
    expect(count.json).toEqual(await launched(ctx, admin, partnershipId, audience, ['sms', 'email']));
    expect(count.json.total).toBe(4);
    const most = Math.max(...prepare.mock.calls.map(([text]) => (text.match(/\?/g) ?? []).length));
    expect(most).toBeLessThan(100);
  });

  it('lets a viewer of the partnership count', async () => {
    const { ctx, admin, partnershipId } = await setup();
    await admin.post('/api/users', {
      email: 'vera@example.org',
      name: 'Vera',
      password: 'correct horse battery',
      role: 'viewer',
      partnershipIds: [partnershipId],
    });
    const viewer = new TestClient(ctx);
    await viewer.post('/api/auth/login', { email: 'vera@example.org', password: 'correct horse battery' });
    expect((await viewer.get(`/api/partnerships/${partnershipId}/audience`)).json.total).toBe(8);
  });
});

describe('GET /api/partnerships/:id/audience refuses', () => {
  it('an unknown partnership, a stranger and a signed-out caller', async () => {
    const { ctx, admin, partnershipId } = await setup();
    const unknown = await admin.get('/api/partnerships/nope/audience');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.code).toBe('NOT_FOUND');
    await admin.post('/api/users', {
      email: 'sam@example.org',
      name: 'Sam',
      password: 'correct horse battery',
      role: 'analyst',
      partnershipIds: [],
    });
    const stranger = new TestClient(ctx);
    await stranger.post('/api/auth/login', { email: 'sam@example.org', password: 'correct horse battery' });
    const res = await stranger.get(`/api/partnerships/${partnershipId}/audience`);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
    const anonymous = await new TestClient(ctx).get(`/api/partnerships/${partnershipId}/audience`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');
  });

  it('bad filter values, with the field that is wrong', async () => {
    const { admin, partnershipId } = await setup();
    const base = `/api/partnerships/${partnershipId}/audience`;
    const bad = [
      ['kinds=boss', 'kinds'],
      ['channels=fax', 'channels'],
      ['channels=sms,email,sms', 'channels'],
      ['attributes=occupation', 'attributes'],
      ['attributes=' + encodeURIComponent('{"Bad Name":["x"]}'), 'attributes'],
      ['attributes=' + encodeURIComponent('{"occupation":"welder"}'), 'attributes'],
      ['organizationIds=' + Array.from({ length: 201 }, (_, i) => `o${i}`).join(','), 'organizationIds'],
    ];
    for (const [query, field] of bad) {
      const res = await admin.get(`${base}?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
      expect(res.json.error.details[0].path, query).toMatch(new RegExp(`^${field}`));
    }
  });
});
