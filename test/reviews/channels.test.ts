/** The response rate by how people were reached: the channel that carried their invitation. */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { draftCampaign, recordingSenders } from '../distribution/helpers.ts';

describe('review invitations by channel', () => {
  it('splits invitations and responses into SMS, email and printed links, under suppression', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const audience = await draftCampaign(client, { sms: 7, email: 6, unreachable: 5, reminderDays: [] });
    await client.post(`/api/campaigns/${audience.campaignId}/launch`);
    const rec = recordingSenders(ctx);
    // One text fails for good: that person was reached by nothing but a printed link.
    rec.script.set('+13125552006', [{ ok: false, permanent: true, code: '21211', message: 'invalid' }]);
    await dispatchDue(ctx.deps);
    const rand = seededRandom(4);
    const links = [...rec.sms.slice(0, 6).map((m) => m.body), ...rec.email.slice(0, 5).map((m) => m.text)];
    for (const text of links) {
      const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(text)![1];
      const res = await ctx.app.request(`/s/${token}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, rand) }),
      });
      expect(res.status).toBe(200);
    }
    // Staff release what can go before reading the review; each channel's group holds at least five.
    expect((await client.post(`/api/campaigns/${audience.campaignId}/release`)).json.release).toEqual({
      released: 11,
      waiting: 0,
    });
    const review = await client.get(`/api/partnerships/${audience.partnershipId}/reviews/PY2026-Q1`);
    expect(review.status, review.text).toBe(200);
    const t = review.json.review.templates[0];
    expect(t.invitations).toMatchObject({ invited: 18, responses: 11 });
    const byChannel = Object.fromEntries(
      t.invitations.channels.map((c: { channel: string }) => [c.channel, c]),
    );
    expect(Object.keys(byChannel).sort()).toEqual(['email', 'printed', 'sms']);
    expect(byChannel.sms).toMatchObject({ invited: 6, responses: 6, suppressed: false });
    expect(byChannel.email).toMatchObject({ invited: 6, responses: 5, suppressed: false });
    // Nobody answered from a printed link: 0 is not a group of people to hide.
    expect(byChannel.printed).toMatchObject({ invited: 6 });
  });
});
