/**
 * An employer's viewer account: a membership limited to one organization. They read the reviews with
 * their organization's group next to the whole sector, under the same suppression as everyone else,
 * and nothing else of the partnership: no contacts, campaigns, comments, action items or other
 * employers. These tests try to reach each of those.
 */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { TestClient } from '../helpers/app.ts';
import { reviewFixture, runCampaign, type Fixture } from '../reviews/fixture.ts';

const def = getTemplate('worker-voice')!;
const password = 'correct horse battery';

/** 45 workers spread evenly over `orgs` employers; the first `answering` invitations are answered. */
async function answered(answering: number, orgs = 3) {
  const f = await reviewFixture({ workers: 45, orgs });
  const rand = seededRandom(3);
  const { campaignId } = await runCampaign(f, {
    period: 'PY2026-Q1',
    opensOn: '2026-07-01',
    closesOn: '2026-09-30',
    answering,
    // Every worker writes a comment naming their employer, as workers do.
    answers: (i) => ({ ...validAnswers(def, rand), comment: `Worker ${i}: the night shift at my plant` }),
  });
  const action = await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1/actions`, {
    heard: 'Employer 3 changes schedules with a day of notice',
    action: 'Meet Employer 3 about notice',
    owner: 'Board',
  });
  expect(action.status, action.text).toBe(201);
  return { ...f, campaignId };
}

async function employerViewer(f: Fixture, orgId = f.orgIds[1]) {
  const res = await f.client.post('/api/users', {
    email: 'hr@employer2.example',
    name: 'Employer Two HR',
    password,
    role: 'viewer',
    memberships: [{ partnershipId: f.partnershipId, organizationId: orgId }],
  });
  expect(res.status, res.text).toBe(201);
  const viewer = new TestClient(f.ctx);
  expect((await viewer.post('/api/auth/login', { email: 'hr@employer2.example', password })).status).toBe(
    200,
  );
  return { viewer, userId: res.json.user.id as string };
}

const reviewPath = (f: Fixture) => `/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1`;

describe('an employer viewer', () => {
  it('sees the whole sector and exactly the group everyone sees for their organization, and no one else', async () => {
    // Everyone answers: 15 for each employer, released together, so each employer's group counts 15.
    const f = await answered(45);
    const { viewer } = await employerViewer(f);
    const full = (await f.client.get(reviewPath(f))).json.review;
    const res = await viewer.get(reviewPath(f));
    expect(res.status, res.text).toBe(200);
    const mine = res.json.review;

    expect(mine.scope).toEqual({ organizationId: f.orgIds[1], organizationName: 'Employer 2' });
    expect(full.scope).toBeNull();
    const [t, ft] = [mine.templates[0], full.templates[0]];
    expect(t.overall).toEqual(ft.overall);
    expect(t.questions).toEqual(ft.questions);
    expect(t.trend).toEqual(ft.trend);
    const ownInFull = ft.breakdowns
      .find((b: { key: string }) => b.key === 'organization')
      .groups.find((g: { key: string }) => g.key === f.orgIds[1]);
    expect(ownInFull.suppressed).toBe(false);
    expect(t.breakdowns).toEqual([{ key: 'organization', label: 'Your organization', groups: [ownInFull] }]);
    expect(t.breakdowns[0].groups[0].n).toBe(15);

    // The admin's review has comments and action items; the employer's has none of either.
    expect(ft.comments.items.length).toBeGreaterThan(0);
    expect(full.actions).toHaveLength(1);
    expect(t.comments).toMatchObject({ shown: false, items: [] });
    expect(mine.actions).toEqual([]);

    for (const text of [
      res.text,
      (await viewer.get(`${reviewPath(f)}?format=csv`)).text,
      (await viewer.get(`/reviews/${f.partnershipId}/PY2026-Q1`)).text,
    ]) {
      expect(text).toContain('Employer 2');
      for (const other of ['Employer 1', 'Employer 3', f.orgIds[0]!, f.orgIds[2]!, 'night shift', 'welder']) {
        expect(text).not.toContain(other);
      }
    }
    const page = await viewer.get(`/reviews/${f.partnershipId}/PY2026-Q1`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('not shown to employer accounts');
  });

  it('sees their organization as too small to report when it is, as everyone does', async () => {
    // Three employers, three answers each: a release cannot name any of them (each would be a group
    // of three), so all nine count for the sector only and every employer's group is too small.
    const f = await answered(9, 3);
    const { viewer } = await employerViewer(f, f.orgIds[0]);
    const full = (await f.client.get(reviewPath(f))).json.review;
    const mine = (await viewer.get(reviewPath(f))).json.review;
    expect(mine.scope.organizationId).toBe(f.orgIds[0]);
    expect(full.templates[0].overall.n).toBe(9);
    // Everyone's review names no employer, and the employer's own view says "too small", not zero.
    const named = full.templates[0].breakdowns
      .find((b: { key: string }) => b.key === 'organization')
      .groups.filter((g: { key: string }) => f.orgIds.includes(g.key));
    expect(named).toEqual([]);
    expect(mine.templates[0].breakdowns[0].groups[0]).toEqual({
      key: f.orgIds[0],
      label: 'Employer 1',
      n: null,
      suppressed: true,
      reason: 'small',
      measures: {},
    });
  });

  it('sees an organization with no answers as too small, not as zero', async () => {
    const f = await answered(0);
    const { viewer } = await employerViewer(f);
    const group = (await viewer.get(reviewPath(f))).json.review.templates[0].breakdowns[0].groups[0];
    expect(group).toEqual({
      key: f.orgIds[1],
      label: 'Employer 2',
      n: null,
      suppressed: true,
      reason: 'small',
      measures: {},
    });
  });

  it('reaches the reviews and nothing else of the partnership', async () => {
    const f = await answered(5);
    const { viewer } = await employerViewer(f);
    const base = `/api/partnerships/${f.partnershipId}`;

    const list = (await viewer.get('/api/partnerships')).json.partnerships;
    expect(list).toHaveLength(1);
    expect(list[0].scope).toEqual({ organizationId: f.orgIds[1], organizationName: 'Employer 2' });
    expect((await viewer.get(base)).json.partnership.scope.organizationName).toBe('Employer 2');
    for (const path of [`${base}/reviews`, `${base}/goals`, `${base}/review-settings`]) {
      expect((await viewer.get(path)).status, path).toBe(200);
    }

    const closed = [
      ['GET', `${base}/contacts`],
      ['GET', `${base}/campaigns`],
      ['GET', `${base}/organizations`],
      ['GET', `${base}/members`],
      ['GET', `/api/campaigns/${f.campaignId}`],
      ['GET', `/api/campaigns/${f.campaignId}/progress`],
      ['GET', `/api/dev/outbox?campaignId=${f.campaignId}`],
      ['POST', `/api/campaigns/${f.campaignId}/links`],
      ['POST', `${base}/goals`],
      ['POST', `${base}/reviews/PY2026-Q1/final`],
    ] as const;
    for (const [method, path] of closed) {
      const res = await viewer.request(method, path, method === 'POST' ? {} : undefined);
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.json.error.code).toBe('FORBIDDEN');
      expect(res.text).not.toContain('Worker');
    }
  });
});

describe('organization limits on memberships', () => {
  it('refuses a limit on a non-viewer, an organization of another partnership, and unknown ones', async () => {
    const f = await answered(0);
    const other = await f.client.post('/api/partnerships', {
      name: 'Other',
      sector: 'S',
      region: 'R',
      timeZone: 'UTC',
    });
    const otherId = other.json.partnership.id as string;
    const base = { email: 'x@example.org', name: 'X', password, role: 'viewer' };
    const cases = [
      {
        ...base,
        role: 'analyst',
        memberships: [{ partnershipId: f.partnershipId, organizationId: f.orgIds[0] }],
      },
      { ...base, memberships: [{ partnershipId: otherId, organizationId: f.orgIds[0] }] },
      { ...base, memberships: [{ partnershipId: f.partnershipId, organizationId: 'no-such-org' }] },
      { ...base, memberships: [{ partnershipId: 'no-such-partnership' }] },
      {
        ...base,
        memberships: [
          { partnershipId: f.partnershipId, organizationId: f.orgIds[0] },
          { partnershipId: f.partnershipId },
        ],
      },
      { ...base, partnershipIds: [f.partnershipId], memberships: [{ partnershipId: f.partnershipId }] },
      { ...base, memberships: [{ partnershipId: f.partnershipId, organizationId: 7 }] },
    ];
    for (const body of cases) {
      const res = await f.client.post('/api/users', body);
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
    }
    // Nothing half-written: no account came of any of them.
    const users = (await f.client.get('/api/users')).json.users as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('x@example.org');
  });

  it('keeps a limited viewer from becoming an analyst without lifting the limit', async () => {
    const f = await answered(0);
    const { userId } = await employerViewer(f);
    const refused = await f.client.patch(`/api/users/${userId}`, { role: 'analyst' });
    expect(refused.status).toBe(422);
    expect(refused.json.error.message).toMatch(/Only a viewer/);
    const lifted = await f.client.patch(`/api/users/${userId}`, {
      role: 'analyst',
      memberships: [{ partnershipId: f.partnershipId }],
    });
    expect(lifted.status, lifted.text).toBe(200);
    expect(lifted.json.user).toMatchObject({
      role: 'analyst',
      partnershipIds: [f.partnershipId],
      memberships: [{ partnershipId: f.partnershipId, organizationId: null }],
    });
  });

  it('lists, limits and removes members on the partnership', async () => {
    const f = await answered(0);
    const { userId, viewer } = await employerViewer(f);
    const members = (await f.client.get(`/api/partnerships/${f.partnershipId}/members`)).json.members;
    expect(members).toEqual([
      expect.objectContaining({
        id: userId,
        role: 'viewer',
        organizationId: f.orgIds[1],
        organizationName: 'Employer 2',
      }),
    ]);

    // Re-adding with another organization moves the limit; with none, lifts it.
    const moved = await f.client.post(`/api/partnerships/${f.partnershipId}/members`, {
      userId,
      organizationId: f.orgIds[2],
    });
    expect(moved.status, moved.text).toBe(201);
    expect((await viewer.get(reviewPath(f))).json.review.scope.organizationName).toBe('Employer 3');
    await f.client.post(`/api/partnerships/${f.partnershipId}/members`, { userId });
    expect((await viewer.get(`/api/partnerships/${f.partnershipId}/contacts`)).status).toBe(200);

    expect((await f.client.del(`/api/partnerships/${f.partnershipId}/members/${userId}`)).status).toBe(200);
    expect((await f.client.del(`/api/partnerships/${f.partnershipId}/members/${userId}`)).status).toBe(404);
    expect((await viewer.get(`/api/partnerships/${f.partnershipId}`)).status).toBe(404);
    expect((await viewer.del(`/api/partnerships/${f.partnershipId}/members/${userId}`)).status).toBe(403);
  });

  it('drops the membership, never the limit, when the organization goes', async () => {
    const f = await answered(0);
    const { viewer } = await employerViewer(f);
    f.ctx.raw.prepare('DELETE FROM organizations WHERE id = ?').run(f.orgIds[1]);
    // Had the limit become null, the account would now see the whole partnership.
    expect((await viewer.get(`/api/partnerships/${f.partnershipId}/contacts`)).status).toBe(404);
    expect((await viewer.get(reviewPath(f))).status).toBe(404);
  });
});
