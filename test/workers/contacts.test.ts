/**
 * Contacts on the Worker build (issue 14): workerd with a local D1. The paged list and an edit, a
 * selection moved to another organization, and an erasure after a signed STOP: D1 runs the removal's
 * statements in one batch, the campaign's progress is unchanged, the link stops opening, nothing of
 * the number is left in D1, and the number entered again starts opted out.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inboundSms } from '../helpers/twilio-peer.ts';
import { seedWorker, type WorkerSeed } from './seed.ts';
import { queryD1, startLocalWorker, type LocalWorker } from './wrangler.ts';

const authToken = 'worker-contacts-test-twilio-token';
let worker: LocalWorker;
let seed: WorkerSeed;

beforeAll(async () => {
  worker = await startLocalWorker('sv-contacts-', { vars: { TWILIO_AUTH_TOKEN: authToken } });
  seed = await seedWorker(worker.dev.url, 6);
}, 180_000);

afterAll(() => worker?.stop(), 60_000);

describe('contacts on workerd with D1', () => {
  it('pages, searches and edits', async () => {
    const { admin, partnershipId } = seed;
    const first = await admin.get(`/api/partnerships/${partnershipId}/contacts?limit=4&q=worker`);
    expect(first.status, first.text).toBe(200);
    expect(first.json.total).toBe(6);
    const next = await admin.get(
      `/api/partnerships/${partnershipId}/contacts?limit=4&q=worker&cursor=${encodeURIComponent(first.json.nextCursor)}`,
    );
    expect(next.json.contacts).toHaveLength(2);
    const edited = await admin.patch(`/api/partnerships/${partnershipId}/contacts/${seed.contactIds[5]}`, {
      phone: '(312) 555-0999',
      attributes: { occupation: 'welder', shift: 'night' },
    });
    expect(edited.status, edited.text).toBe(200);
    expect(edited.json.contact).toMatchObject({ phone: '+13125550999', attributes: { occupation: 'welder', shift: 'night' } });
    const org = await admin.post(`/api/partnerships/${partnershipId}/organizations`, { name: 'Employer 2', kind: 'employer' });
    const moved = await admin.post(`/api/partnerships/${partnershipId}/contacts/bulk`, {
      action: 'setOrganization',
      ids: seed.contactIds.slice(3, 5),
      organizationId: org.json.organization.id,
    });
    expect(moved.json).toEqual({ updated: 2 });
  }, 60_000);

  it('erases after a STOP, with the counts unchanged and the opt-out kept', async () => {
    const { admin, partnershipId, campaignId } = seed;
    const phone = '+13125551000'; // Worker0
    const stop = await inboundSms(fetch, { url: `${worker.dev.url}/webhooks/twilio/inbound`, authToken, from: phone, body: 'STOP' });
    expect(stop.status).toBe(200);
    const before = (await admin.get(`/api/campaigns/${campaignId}/progress`)).json;
    const erased = await admin.del(`/api/partnerships/${partnershipId}/contacts/${seed.contactIds[0]}`);
    expect(erased.status, erased.text).toBe(200);
    expect(erased.json.removal).toMatchObject({ erased: 1, invitationsAnonymized: 1, optOutsKept: 1 });
    expect((await admin.get(`/api/campaigns/${campaignId}/progress`)).json).toEqual(before);
    expect((await fetch(seed.linkUrls[0]!)).status).toBeGreaterThanOrEqual(400);
    for (const table of ['contacts', 'invitations', 'outbox', 'sms_clarifications', 'opt_out_marks']) {
      const rows = await queryD1(worker.persistTo, `SELECT * FROM ${table}`);
      expect(JSON.stringify(rows), table).not.toContain('5551000');
      expect(JSON.stringify(rows), table).not.toContain('Worker0');
    }
    const again = await admin.post(`/api/partnerships/${partnershipId}/contacts`, {
      firstName: 'Again', phone, kind: 'worker', smsConsent: true,
    });
    expect(again.status, again.text).toBe(201);
    expect(again.json.created[0].smsOptedOut).toBe(true);
  }, 60_000);
});
