/**
 * Skip logic in a conversation by text, through the signed webhook (issue 18): a partnership's own
 * survey, published from the editor's draft with the SMS fixture's questions (test/surveys/
 * sms-fixture.ts: a yes/no controls a follow-up; one required question has no text and is never
 * asked by text). "No" skips the follow-up, "yes" asks it; both answers pool and complete.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { readPool } from '../../server/reviews/pool.ts';
import { words } from '../../surveys/index.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { draftCampaign, recordingSenders } from '../distribution/helpers.ts';
import { fixtureForm, smsFixture } from '../surveys/sms-fixture.ts';
import { say, type Texting } from './helpers.ts';

const text = (id: string, lang: 'en' | 'es' = 'en') =>
  fixtureForm.items.find((i) => i.question.id === id)!.question.sms!.text[lang]!;

async function ownSurveyCampaign(): Promise<Texting> {
  const ctx = makeTestApp();
  const client = await adminClient(ctx);
  const audience = await draftCampaign(client, { sms: 2, email: 0, unreachable: 0, reminderDays: [] });
  const started = await client.post(`/api/partnerships/${audience.partnershipId}/surveys`, {
    name: 'Texting test',
    from: { templateId: 'worker-voice', version: 1 },
  });
  expect(started.status, started.text).toBe(201);
  const id = started.json.survey.id as string;
  const draft = (await client.get(`/api/surveys/${id}`)).json.survey.draftDefinition;
  const put = await client.put(`/api/surveys/${id}/draft`, {
    draft: { ...draft, dimensions: smsFixture.dimensions, sections: smsFixture.sections },
  });
  expect(put.status, put.text).toBe(200);
  const published = await client.post(`/api/surveys/${id}/publish`);
  expect(published.status, published.text).toBe(201);
  const camp = await client.post(`/api/partnerships/${audience.partnershipId}/campaigns`, {
    name: 'Texting test',
    templateId: id,
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
    smsAnswers: 'text',
    reminderDays: [],
  });
  expect(camp.status, camp.text).toBe(201);
  const launched = await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
  expect(launched.status, launched.text).toBe(200);
  const rec = recordingSenders(ctx);
  await dispatchDue(ctx.deps);
  const phones = audience.contacts.map((c) => c.phone!);
  return { ctx, client, rec, audience: { ...audience, campaignId: camp.json.campaign.id }, phones };
}

describe("skip logic in a conversation by text, on a partnership's own survey", () => {
  it('skips the follow-up after "no", asks it after "sí", and never asks the web-only question', async () => {
    const t = await ownSurveyCampaign();
    const [en, es] = t.phones as [string, string];
    expect((await say(t, en, '1')).texts).toEqual([words.en.smsSurvey.start, text('pay_fair')]);
    expect((await say(t, en, '4')).texts).toEqual([text('got_training')]);
    // "Yes" (also an opt-in keyword) answers the question for a phone in a conversation.
    expect((await say(t, en, 'Yes')).texts).toEqual([text('training_helped')]);
    expect((await say(t, en, 'BACK')).texts).toEqual([text('got_training')]);
    expect((await say(t, en, 'no')).texts).toEqual([text('shift')]);
    expect((await say(t, es, '1')).texts).toEqual([words.es.smsSurvey.start, text('pay_fair', 'es')]);
    await say(t, es, '2');
    expect((await say(t, es, 'sí')).texts).toEqual([text('training_helped', 'es')]);
    // BACK to the controller and a changed answer hides the follow-up again.
    expect((await say(t, es, 'ATRAS')).texts).toEqual([text('got_training', 'es')]);
    expect((await say(t, es, 'no')).texts).toEqual([text('shift', 'es')]);
    for (const phone of [en, es]) {
      await say(t, phone, '3');
      await say(t, phone, '1 4');
      await say(t, phone, '7');
      expect((await say(t, phone, 'SKIP')).texts).toHaveLength(1);
    }
    const pooled = (await readPool(t.ctx.deps, t.audience.campaignId, 10)).map((r) => r.value!.answers);
    const expected = {
      got_training: 'no',
      shift: 'night',
      barriers: ['transportation', 'none'],
      recommend: 7,
    };
    expect(pooled).toEqual(
      expect.arrayContaining([
        { pay_fair: 4, ...expected },
        { pay_fair: 2, ...expected },
      ]),
    );
  });
});
