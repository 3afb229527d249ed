import { describe, expect, it } from 'vitest';
import { backoffMs, dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, makeTestApp, TestClient, type TestContext, staffClient } from '../helpers/app.ts';
import { draftCampaign, recordingSenders } from '../distribution/helpers.ts';

const day = 86_400_000;

/**
 * A launched campaign whose invitations failed every way there is: refused for good by the carrier
 * and by the mail server, retried until the dispatcher gave up, and reported undelivered later. One
 * more contact got the invitation but not the reminder.
 */
async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin, { sms: 3, email: 2, unreachable: 1, reminderDays: [3] });
  const { campaignId, partnershipId } = audience;
  expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  ctx.deps.config.distribution.maxAttempts = 2;
  const rec = recordingSenders(ctx);
  const transient = { ok: false, permanent: false, code: 'ETIMEDOUT', message: 'timed out' } as const;
  rec.script.set('+13125552000', [
    { ok: false, permanent: true, code: '21211', message: "The 'To' number is not valid." },
  ]);
  rec.script.set('+13125552001', [transient, transient]);
  rec.script.set('em0@work.example', [
    { ok: false, permanent: true, code: 'SMTP_550', message: 'No such user' },
  ]);
  await dispatchDue(ctx.deps);
  ctx.clock.advance(backoffMs(1));
  await dispatchDue(ctx.deps);
  // The carrier reports later that a text it took never arrived.
  ctx.raw
    .prepare(
      `UPDATE outbox SET status = 'undelivered', error_code = '30005', error_message = 'Unknown destination handset'
       WHERE purpose = 'invitation' AND contact_id = (SELECT id FROM contacts WHERE phone = '+13125552002')`,
    )
    .run();
  rec.script.set('em1@work.example', [
    { ok: false, permanent: true, code: 'SMTP_552', message: 'Mailbox full' },
  ]);
  ctx.clock.advance(3 * day);
  await dispatchDue(ctx.deps);
  const reminderFailed = ctx.raw
    .prepare("SELECT count(*) AS n FROM outbox WHERE purpose = 'reminder' AND status = 'failed'")
    .get() as { n: number };
  expect(reminderFailed.n).toBeGreaterThan(0);
  const contact = (name: string) => audience.contacts.find((c) => c.firstName === name)!.id;
  // Sessions last an hour; days have passed.
  return { ctx, admin: await signInAgain(ctx), campaignId, partnershipId, contact };
}

async function signInAgain(ctx: TestContext) {
  const admin = new TestClient(ctx);
  await admin.post('/api/auth/login', { email: 'admin@example.org', password: 'correct horse battery' });
  return admin;
}

describe('GET /api/campaigns/:id/failures', () => {
  it('lists each contact whose invitation failed for good, by name, with what staff need to act', async () => {
    const { admin, campaignId, contact } = await setup();
    const res = await admin.get(`/api/campaigns/${campaignId}/failures`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      failures: [
        {
          contactId: contact('Em0'),
          firstName: 'Em0',
          lastName: '',
          channel: 'email',
          address: 'em0@work.example',
          status: 'failed',
          code: 'SMTP_550',
          reason: 'No such user',
          attempts: 1,
        },
        {
          contactId: contact('Sam0'),
          firstName: 'Sam0',
          lastName: '',
          channel: 'sms',
          address: '+13125552000',
          status: 'failed',
          code: '21211',
          reason: "The 'To' number is not valid.",
          attempts: 1,
        },
        {
          contactId: contact('Sam1'),
          firstName: 'Sam1',
          lastName: '',
          channel: 'sms',
          address: '+13125552001',
          status: 'failed',
          code: 'ETIMEDOUT',
          reason: 'gave up after 2 attempts: timed out',
          attempts: 2,
        },
        {
          contactId: contact('Sam2'),
          firstName: 'Sam2',
          lastName: '',
          channel: 'sms',
          address: '+13125552002',
          status: 'undelivered',
          code: '30005',
          reason: 'Unknown destination handset',
          attempts: 1,
        },
      ],
      nextAfter: null,
    });
  });

  it('never tells whether or when anyone answered', async () => {
    const { ctx, admin, campaignId } = await setup();
    const before = await admin.get(`/api/campaigns/${campaignId}/failures`);
    // A failed reminder (Em1's) would tell its contact had not answered by then: it is not listed.
    expect(before.text).not.toContain('Em1');
    expect(before.text).not.toMatch(/complet|answer|respon|_at"|date|time"/i);
    // Two of the listed people answer (from a printed link, say): the list does not change at all.
    ctx.raw
      .prepare(
        "UPDATE invitations SET completed = 1 WHERE contact_id IN (SELECT id FROM contacts WHERE first_name IN ('Em0', 'Sam1'))",
      )
      .run();
    ctx.clock.advance(day);
    const after = await (await signInAgain(ctx)).get(`/api/campaigns/${campaignId}/failures`);
    expect(after.text).toBe(before.text);
  });

  it('pages through the list in the same order, however small the pages', async () => {
    const { admin, campaignId } = await setup();
    const all = (await admin.get(`/api/campaigns/${campaignId}/failures`)).json.failures;
    for (const limit of [1, 3]) {
      const seen = [];
      let after: string | null = null;
      do {
        const q: string = after ? `limit=${limit}&after=${encodeURIComponent(after)}` : `limit=${limit}`;
        const page = await admin.get(`/api/campaigns/${campaignId}/failures?${q}`);
        expect(page.status).toBe(200);
        expect(page.json.failures.length).toBeLessThanOrEqual(limit);
        seen.push(...page.json.failures);
        after = page.json.nextAfter;
      } while (after && seen.length <= all.length);
      expect(seen).toEqual(all);
    }
  });

  it('keeps contacts of the same name apart, in a stable order across pages', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const { partnershipId, campaignId } = await draftCampaign(admin, { sms: 0, email: 0, unreachable: 0 });
    const twins = ['ana1@bad.example', 'ana2@bad.example', 'ana3@bad.example'];
    await admin.post(
      `/api/partnerships/${partnershipId}/contacts`,
      twins.map((email) => ({ firstName: 'Ana', lastName: 'Diaz', email, kind: 'worker' })),
    );
    await admin.post(`/api/campaigns/${campaignId}/launch`);
    const rec = recordingSenders(ctx);
    for (const to of twins)
      rec.script.set(to, [{ ok: false, permanent: true, code: 'SMTP_550', message: 'No' }]);
    await dispatchDue(ctx.deps);
    const all = (await admin.get(`/api/campaigns/${campaignId}/failures`)).json.failures;
    expect(all.map((f: { address: string }) => f.address).sort()).toEqual(twins);
    const seen = [];
    let after = '';
    for (let i = 0; i < 3; i++) {
      const page = await admin.get(`/api/campaigns/${campaignId}/failures?limit=1${after}`);
      seen.push(...page.json.failures);
      after = `&after=${encodeURIComponent(page.json.nextAfter)}`;
      expect(page.json.nextAfter === null).toBe(i === 2);
    }
    expect(seen).toEqual(all);
  });

  it('is empty for a campaign that has sent nothing', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const { campaignId } = await draftCampaign(admin);
    expect((await admin.get(`/api/campaigns/${campaignId}/failures`)).json).toEqual({
      failures: [],
      nextAfter: null,
    });
  });
});

describe('GET /api/campaigns/:id/failures refuses', () => {
  it('an unknown campaign, a stranger, a signed-out caller; a viewer may read', async () => {
    const { ctx, admin, campaignId, partnershipId } = await setup();
    const unknown = await admin.get('/api/campaigns/nope/failures');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error).toEqual({ code: 'NOT_FOUND', message: 'No such campaign.' });
    const stranger = await staffClient(ctx, admin, 'analyst', []);
    const res = await stranger.get(`/api/campaigns/${campaignId}/failures`);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
    const anonymous = await new TestClient(ctx).get(`/api/campaigns/${campaignId}/failures`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');
    const viewer = await staffClient(ctx, admin, 'viewer', [partnershipId]);
    expect((await viewer.get(`/api/campaigns/${campaignId}/failures`)).json.failures).toHaveLength(4);
  });

  it('bad page sizes and cursors, naming the field', async () => {
    const { admin, campaignId } = await setup();
    const forged = btoa(JSON.stringify({ last: 'x' }));
    for (const [query, field] of [
      ['limit=0', 'limit'],
      ['limit=201', 'limit'],
      ['limit=ten', 'limit'],
      ['after=not-a-cursor', 'after'],
      [`after=${encodeURIComponent(forged)}`, 'after'],
    ]) {
      const res = await admin.get(`/api/campaigns/${campaignId}/failures?${query}`);
      expect(res.status, query).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
      expect(res.json.error.details[0].path).toBe(field);
    }
  });
});
