/**
 * Issue #6's end-to-end scenario (test/scenario/end-to-end.ts) on the Worker build: workerd with a
 * local D1, the Cron Trigger run through wrangler's `--test-scheduled`, Twilio and SES over fetch to
 * their local peers (test/scenario/workers.ts). Node runs the same scenario in
 * test/distribution/end-to-end.test.ts. Then, on the same Worker and people, a launch too large for
 * one D1 invocation is written in parts. One `wrangler dev` for the whole file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeEndToEnd } from '../scenario/end-to-end.ts';
import { startWorkersHarness, type WorkersHarness } from '../scenario/workers.ts';

let h: WorkersHarness;

beforeAll(async () => {
  h = await startWorkersHarness();
}, 240_000);

afterAll(async () => {
  await h?.stop();
}, 60_000);

const scenario = describeEndToEnd(
  'distribution end to end on the Worker, through the Cron Trigger',
  () => h,
  { stepTimeoutMs: 120_000 },
);

describe('a launch too large for one D1 invocation', () => {
  it('is written in chunks: part by the launch request, the rest by the cron', async () => {
    const { admin, partnershipId } = scenario;
    for (let batch = 0; batch < 2; batch++) {
      const res = await admin.post(
        `/api/partnerships/${partnershipId}/contacts`,
        Array.from({ length: 1000 }, (_, i) => ({
          firstName: `P${batch}-${i}`,
          email: `p${batch}-${i}@work.example`,
          kind: 'worker',
        })),
      );
      expect(res.json.created, res.text).toHaveLength(1000);
    }
    // Opens in ten days, so the cron below writes the rest of the launch but sends nothing yet.
    const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Everyone',
      templateId: 'worker-voice',
      period: 'PY2026-Q2',
      opensOn: h.day(10),
      closesOn: h.day(40),
      reminderDays: [3, 7],
    });
    const id = camp.json.campaign.id as string;
    // 2,007 people with three messages each is about 630 statements, over the Worker's 600 a request.
    const launched = await admin.post(`/api/campaigns/${id}/launch`);
    expect(launched.status, launched.text).toBe(200);
    expect(launched.json.launch).toEqual({ done: 1728, total: 2007, finished: false });
    const received = h.received().length;
    expect(await h.dispatch()).toEqual({ sent: 0, failed: 0, retried: 0, held: 0, skipped: 0, optedOut: 0 });
    expect(h.received()).toHaveLength(received);
    const [state] = await h.query(
      `SELECT done, total, finished FROM campaign_launches WHERE campaign_id = '${id}'`,
    );
    expect(state).toEqual({ done: 2007, total: 2007, finished: 1 });
    const [counts] = await h.query(
      `SELECT (SELECT count(*) FROM invitations WHERE campaign_id = '${id}') AS invitations,
              (SELECT count(DISTINCT contact_id) FROM invitations WHERE campaign_id = '${id}') AS people,
              (SELECT count(*) FROM outbox WHERE campaign_id = '${id}') AS messages`,
    );
    // Ben (STOP, no email), Cleo (unsubscribed) and Eve (no SMS consent) can be reached by no channel:
    // invitations, no messages.
    expect(counts).toEqual({ invitations: 2007, people: 2007, messages: 2004 * 3 });
    const again = await admin.post(`/api/campaigns/${id}/launch`);
    expect(again.status).toBe(409);
  }, 180_000);
});
