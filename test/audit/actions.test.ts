/**
 * Every staff action the audit trail covers writes exactly one entry, naming the right person: the
 * signed-in user, an API token's owner, the command line; and a refused action writes none.
 */
import { describe, expect, it } from 'vitest';
import {
  adminClient,
  makeTestApp,
  staffClient,
  TestClient,
  testAdmin,
  type TestContext,
} from '../helpers/app.ts';

interface Row {
  seq: number;
  actor_id: string | null;
  actor: string;
  action: string;
  object_kind: string | null;
  object_id: string | null;
  partnership_id: string | null;
  detail: string;
}

function recorder(ctx: TestContext) {
  const last = () =>
    (ctx.raw.prepare('SELECT max(seq) AS n FROM audit_log').get() as { n: number | null }).n ?? 0;
  /** Runs `act`, checks it answered `status` and wrote exactly one entry of `action` by `actorId`. */
  return async function one<T extends { status: number; text: string }>(
    action: string,
    actorId: string | null,
    act: () => Promise<T>,
    status = [200, 201],
  ): Promise<T & { entry: Row & { detail: any } }> {
    const before = last();
    const res = await act();
    expect(status, `${action}: ${res.text}`).toContain(res.status);
    const rows = ctx.raw.prepare('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq').all(before) as Row[];
    expect(
      rows.map((r) => r.action),
      action,
    ).toEqual([action]);
    expect(rows[0]!.actor_id, action).toBe(actorId);
    return Object.assign(res, { entry: { ...rows[0]!, detail: JSON.parse(rows[0]!.detail) } });
  };
}

const count = (ctx: TestContext) =>
  (ctx.raw.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

describe('the audit trail', () => {
  it('records sign-in, failed sign-ins, sign-out, accounts, memberships and tokens, once each', async () => {
    const ctx = makeTestApp();
    const one = recorder(ctx);
    const admin = new TestClient(ctx);
    expect((await admin.post('/api/setup', testAdmin)).status).toBe(201);
    // The first admin acts as itself: its id is the entry's actor and its object.
    const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
    const first = ctx.raw.prepare('SELECT * FROM audit_log').all() as Row[];
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({
      action: 'user.create',
      actor_id: adminId,
      actor: testAdmin.email,
      object_id: adminId,
    });

    const stranger = new TestClient(ctx);
    const typo = 'hunter2-not-the-password';
    const failed = await one(
      'auth.sign_in_failed',
      adminId,
      () => stranger.post('/api/auth/login', { email: testAdmin.email, password: typo }),
      [401],
    );
    expect(failed.entry).toMatchObject({ actor: testAdmin.email, object_id: adminId });
    const unknown = await one(
      'auth.sign_in_failed',
      null,
      () => stranger.post('/api/auth/login', { email: 'correct horse battery', password: typo }),
      [401],
    );
    expect(unknown.entry).toMatchObject({ actor: 'unknown account', object_id: null });
    const everything = JSON.stringify(ctx.raw.prepare('SELECT * FROM audit_log').all());
    expect(everything).not.toContain(typo);
    expect(everything).not.toContain('correct horse');

    await one('auth.sign_in', adminId, () =>
      stranger.post('/api/auth/login', { email: testAdmin.email, password: testAdmin.password }),
    );
    await one('auth.sign_out', adminId, () => stranger.post('/api/auth/logout'));

    const p = await one('partnership.create', adminId, () =>
      admin.post('/api/partnerships', { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' }),
    );
    const pid = p.json.partnership.id as string;
    expect(p.entry).toMatchObject({ partnership_id: pid, object_kind: 'partnership', object_id: pid });

    const made = await one('user.create', adminId, () =>
      admin.post('/api/users', {
        email: 'ann@example.org',
        name: 'Ann',
        password: 'correct horse battery',
        role: 'analyst',
        partnershipIds: [pid],
      }),
    );
    const annId = made.json.user.id as string;
    expect(made.entry.detail).toEqual({ role: 'analyst', invited: false, partnerships: [pid] });
    const invited = await one('user.create', adminId, () =>
      admin.post('/api/users', {
        email: 'vic@example.org',
        name: 'Vic',
        role: 'viewer',
        invite: true,
        partnershipIds: [],
      }),
    );
    const vicId = invited.json.user.id as string;
    expect(invited.entry.detail.invited).toBe(true);
    await one('user.invite', adminId, () => admin.post(`/api/users/${vicId}/invite`));
    const changed = await one('user.update', adminId, () =>
      admin.patch(`/api/users/${annId}`, { name: 'Ann B', role: 'viewer' }),
    );
    expect(changed.entry.detail).toEqual({
      name: { before: 'Ann', after: 'Ann B' },
      role: { before: 'analyst', after: 'viewer' },
    });
    await one('membership.remove', adminId, () => admin.del(`/api/partnerships/${pid}/members/${annId}`));
    const added = await one('membership.add', adminId, () =>
      admin.post(`/api/partnerships/${pid}/members`, { userId: annId }),
    );
    expect(added.entry).toMatchObject({ partnership_id: pid, object_id: annId });
    await one('user.delete', adminId, () => admin.del(`/api/users/${vicId}`));

    const t1 = await one('token.create', adminId, () =>
      admin.post('/api/tokens', { name: 'nightly', expiresInDays: 30 }),
    );
    const t2 = await one('token.create', adminId, () =>
      admin.post('/api/auth/tokens', { name: 'old way', expiresInDays: 30 }),
    );
    expect(t1.entry).toMatchObject({ object_kind: 'api_token', object_id: t1.json.id });
    // A token acts for its owner.
    const bearer = { authorization: `Bearer ${t1.json.token as string}` };
    await one('organization.create', adminId, () =>
      admin.request(
        'POST',
        `/api/partnerships/${pid}/organizations`,
        { name: 'Acme', kind: 'employer' },
        bearer,
      ),
    );
    await one('token.revoke', adminId, () => admin.del(`/api/tokens/${t2.json.id as string}`));
    const all = JSON.stringify(ctx.raw.prepare('SELECT * FROM audit_log').all());
    expect(all).not.toContain(t1.json.token);
    expect(all).not.toContain(t2.json.token);

    // Refused actions write nothing.
    const before = count(ctx);
    expect((await admin.del(`/api/users/${adminId}`)).status).toBe(409);
    expect((await admin.del('/api/tokens/nope')).status).toBe(404);
    expect((await admin.patch(`/api/partnerships/${pid}`, { minGroupSize: 1 })).status).toBe(422);
    expect(count(ctx)).toBe(before);
  });

  it('records settings with before and after, contacts by id and count, campaigns, schedules and reviews', async () => {
    const ctx = makeTestApp();
    const one = recorder(ctx);
    const admin = await adminClient(ctx);
    const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
    const pid = (
      await admin.post('/api/partnerships', {
        name: 'River Valley',
        sector: 'S',
        region: 'R',
        timeZone: 'UTC',
        smsHours: { start: '00:00', end: '24:00' },
      })
    ).json.partnership.id as string;
    const analyst = await staffClient(ctx, admin, 'analyst', [pid]);
    const analystId = (await analyst.get('/api/auth/me')).json.user.id as string;
    const base = `/api/partnerships/${pid}`;

    const settings = await one('partnership.settings', adminId, () =>
      admin.patch(base, { minGroupSize: 7, name: 'River Valley' }),
    );
    expect(settings.entry.detail).toEqual({ minGroupSize: { before: 5, after: 7 } });
    expect(settings.entry.partnership_id).toBe(pid);
    const comments = await one('partnership.review_settings', analystId, () =>
      analyst.patch(`${base}/review-settings`, { commentMinSize: 12 }),
    );
    expect(comments.entry.detail).toEqual({ commentMinSize: { before: 10, after: 12 } });

    const org = await one('organization.create', analystId, () =>
      analyst.post(`${base}/organizations`, { name: 'Acme', kind: 'employer' }),
    );
    const orgId = org.json.organization.id as string;
    const renamed = await one('organization.update', analystId, () =>
      analyst.patch(`${base}/organizations/${orgId}`, { name: 'Acme Works' }),
    );
    expect(renamed.entry.detail).toEqual({ name: { before: 'Acme', after: 'Acme Works' } });
    const other = (await admin.post(`${base}/organizations`, { name: 'Gone', kind: 'employer' })).json
      .organization.id;
    await one('organization.remove', adminId, () => admin.del(`${base}/organizations/${other}`));

    const people = Array.from({ length: 8 }, (_, i) => ({
      firstName: `Worker${i}`,
      lastName: 'Test',
      // Reached by no channel (no SMS consent, no email): each may get a printed link.
      phone: `+1312555${String(2000 + i)}`,
      kind: 'worker',
      organizationId: orgId,
    }));
    const add = await one('contact.add', analystId, () => analyst.post(`${base}/contacts`, people));
    expect(add.entry.detail).toEqual({ created: 8, rejected: 0 });
    const ids = (add.json.created as { id: string }[]).map((c) => c.id);
    const imported = await one('contact.import', analystId, () =>
      analyst.request(
        'POST',
        `${base}/contacts/import?kind=worker`,
        'firstName,email\nIda,ida@work.example\n',
        {
          'content-type': 'text/csv',
        },
      ),
    );
    expect(imported.entry.detail).toMatchObject({ rows: 1, created: 1 });
    const dry = count(ctx);
    await analyst.request(
      'POST',
      `${base}/contacts/import?kind=worker&dryRun=1`,
      'firstName,email\nJo,jo@work.example\n',
      {
        'content-type': 'text/csv',
      },
    );
    expect(count(ctx)).toBe(dry);
    const edited = await one('contact.edit', analystId, () =>
      analyst.patch(`${base}/contacts/${ids[0]}`, { firstName: 'Wanda' }),
    );
    expect(edited.entry).toMatchObject({
      object_kind: 'contact',
      object_id: ids[0],
      detail: { fields: ['firstName'] },
    });
    await one('contact.erase', analystId, () => analyst.del(`${base}/contacts/${ids[7]}`));
    const bulk = await one('contact.erase', adminId, () =>
      admin.post(`${base}/contacts/bulk`, { action: 'delete', ids: [ids[6], ids[5]] }),
    );
    expect(bulk.entry.detail).toEqual({ count: 2, contactIds: [ids[6], ids[5]] });
    await one('contact.organization', adminId, () =>
      admin.post(`${base}/contacts/bulk`, { action: 'setOrganization', ids: [ids[1]], organizationId: null }),
    );

    const campaign = {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: 'PY2026-Q1',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    };
    const draft = await one('campaign.create', analystId, () => analyst.post(`${base}/campaigns`, campaign));
    const draftId = draft.json.campaign.id as string;
    const draftEdit = await one('campaign.edit', analystId, () =>
      analyst.patch(`/api/campaigns/${draftId}`, { name: 'Renamed' }),
    );
    expect(draftEdit.entry.detail).toEqual({ name: { before: 'Worker voice', after: 'Renamed' } });
    await one('campaign.delete', analystId, () => analyst.del(`/api/campaigns/${draftId}`));
    const cid = (await admin.post(`${base}/campaigns`, campaign)).json.campaign.id as string;
    await one('campaign.launch', adminId, () => admin.post(`/api/campaigns/${cid}/launch`));
    const moved = await one('campaign.edit', adminId, () =>
      admin.patch(`/api/campaigns/${cid}`, { closesOn: '2026-09-20' }),
    );
    expect(moved.entry.detail).toEqual({ closesOn: { before: '2026-09-30', after: '2026-09-20' } });
    const on = await one('campaign.open_link', adminId, () => admin.post(`/api/campaigns/${cid}/open-link`));
    expect(JSON.stringify(on.entry)).not.toContain(on.json.url.split('/o/')[1]);
    await one('campaign.open_link', adminId, () => admin.del(`/api/campaigns/${cid}/open-link`));
    const printed = await one('links.issue', adminId, () =>
      admin.post(`/api/campaigns/${cid}/links`, { contactIds: ids.slice(0, 2) }),
    );
    expect(printed.entry.detail).toEqual({ requested: 2, issued: 2, skipped: 0 });
    for (const l of printed.json.links as { url: string }[])
      expect(JSON.stringify(printed.entry)).not.toContain(l.url.split('/s/')[1]);
    await one('campaign.release', adminId, () => admin.post(`/api/campaigns/${cid}/release`));
    await one('campaign.duplicate', adminId, () =>
      admin.post(`/api/campaigns/${cid}/duplicate`, { period: 'PY2026-Q2' }),
    );
    await one('campaign.close', adminId, () => admin.post(`/api/campaigns/${cid}/close`));

    const schedule = {
      name: 'Worker voice',
      audience: { kinds: ['worker'] },
      channels: ['email'],
      reminderDays: [3, 7],
      openDay: 1,
      openDays: 30,
      noticeDays: 3,
    };
    const saved = await one('schedule.save', analystId, () =>
      analyst.put(`${base}/schedules/worker-voice`, schedule),
    );
    expect(saved.entry.detail.created).toBe(true);
    const resaved = await one('schedule.save', analystId, () =>
      analyst.put(`${base}/schedules/worker-voice`, { ...schedule, openDay: 8 }),
    );
    expect(resaved.entry.detail).toEqual({
      templateId: 'worker-voice',
      created: false,
      changes: { openDay: { before: 1, after: 8 } },
    });
    await one('schedule.delete', analystId, () => analyst.del(`${base}/schedules/worker-voice`));

    for (const format of ['csv', 'xlsx'] as const) {
      const e = await one('review.export', analystId, () =>
        analyst.get(`${base}/reviews/PY2026-Q1?format=${format}`),
      );
      expect(e.entry).toMatchObject({ object_kind: 'review', object_id: 'PY2026-Q1', detail: { format } });
    }
    const viewed = count(ctx);
    await analyst.get(`${base}/reviews/PY2026-Q1`);
    expect(count(ctx)).toBe(viewed);
    const print = await one('review.export', analystId, () => analyst.get(`/reviews/${pid}/PY2026-Q1`));
    expect(print.entry.detail).toEqual({ format: 'print' });
    const goal = await one('goal.create', analystId, () =>
      analyst.post(`${base}/goals`, {
        label: 'JQI 70',
        templateId: 'worker-voice',
        measure: 'index.jqi',
        target: 70,
      }),
    );
    const goalId = goal.json.goal.id as string;
    await one('goal.update', analystId, () => analyst.patch(`${base}/goals/${goalId}`, { target: 72 }));
    await one('goal.delete', analystId, () => analyst.del(`${base}/goals/${goalId}`));
    const item = await one('action_item.create', analystId, () =>
      analyst.post(`${base}/reviews/PY2026-Q1/actions`, { heard: 'Late schedules', action: 'Notice pilot' }),
    );
    await one('action_item.update', analystId, () =>
      analyst.patch(`${base}/actions/${item.json.action.id}`, { status: 'done' }),
    );
    expect(JSON.stringify(item.entry)).not.toContain('Late schedules');
    await one('review.final', analystId, () => analyst.post(`${base}/reviews/PY2026-Q1/final`));

    const own = await one('survey.create', analystId, () =>
      analyst.post(`${base}/surveys`, { name: 'Ours', from: { templateId: 'worker-voice', version: 1 } }),
    );
    const sid = own.json.survey.id as string;
    const renamed2 = await one('survey.rename', analystId, () =>
      analyst.patch(`/api/surveys/${sid}`, { name: 'Ours too' }),
    );
    expect(renamed2.entry.detail).toEqual({ name: { before: 'Ours', after: 'Ours too' } });
    const file = (await analyst.get(`/api/surveys/${sid}/export.json`)).text;
    const copy = await one('survey.import', analystId, () =>
      analyst.post(`${base}/surveys/import`, { name: 'Copy', content: file }),
    );
    await one('survey.delete', analystId, () => analyst.del(`/api/surveys/${copy.json.survey.id}`));
    const published = await one('survey.publish', analystId, () =>
      analyst.post(`/api/surveys/${sid}/publish`),
    );
    expect(published.entry.detail).toEqual({ version: 1 });
  });

  it('records loading the demo once, by the admin who loaded it', async () => {
    const ctx = makeTestApp();
    const one = recorder(ctx);
    const admin = await adminClient(ctx);
    const adminId = (await admin.get('/api/auth/me')).json.user.id as string;
    const demo = await one('demo.load', adminId, () => admin.post('/api/demo'));
    expect(demo.entry).toMatchObject({
      object_kind: 'partnership',
      partnership_id: demo.json.partnership.id,
    });
  }, 60_000);
});
