/**
 * A partnership for the contact retention tests (issue 17): sixteen texted workers in two employers,
 * all invited to a campaign that closed on 2026-07-31 (eight answered), the second employer's eight
 * invited again to a campaign open from 2027-01-04 to 2027-03-31, and a worker added on 2026-12-01
 * and never invited. With 180 days, the first employer's eight are due from 2027-01-27, the second
 * employer's are not while their campaign is open, and the late one is due from 2027-05-30.
 * Worker0 has details no template or fixture holds, and replied STOP.
 */
import { getTemplate } from '../../surveys/index.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { receivedTokens } from '../helpers/seed.ts';
import { recordingSenders } from '../distribution/helpers.ts';
import { send } from '../distribution/inbound-helpers.ts';
import { reviewFixture, runCampaign, submit, type Fixture } from '../reviews/fixture.ts';

export const person = {
  firstName: 'Quokkaname',
  lastName: 'Wombatson',
  email: 'quokka.unique@zz.example',
  occupation: 'Numbatwelder',
};

export interface RetentionWorld {
  f: Fixture;
  closedId: string;
  openId: string;
  /** The first employer's eight: due from 2027-01-27. */
  expired: { id: string; phone: string }[];
  /** The second employer's eight, in the open campaign. */
  inOpen: { id: string; phone: string }[];
  late: { id: string; phone: string };
  worker0: { id: string; phone: string };
}

export async function retentionWorld(): Promise<RetentionWorld> {
  const f = await reviewFixture({ workers: 16, orgs: 2 });
  f.ctx.raw.prepare('UPDATE contacts SET sms_consent = 1').run();
  recordingSenders(f.ctx);
  const all = f.ctx.raw.prepare('SELECT id, phone, organization_id FROM contacts ORDER BY phone').all() as {
    id: string;
    phone: string;
    organization_id: string;
  }[];
  const worker0 = all[0]!;
  const fixed = await f.client.patch(`/api/partnerships/${f.partnershipId}/contacts/${worker0.id}`, {
    firstName: person.firstName,
    lastName: person.lastName,
    email: person.email,
    attributes: { occupation: person.occupation },
  });
  if (fixed.status !== 200) throw new Error(fixed.text);

  const def = getTemplate('worker-voice')!;
  const rand = seededRandom(17);
  const { campaignId: closedId } = await runCampaign(f, {
    period: 'PY2026-Q1',
    opensOn: '2026-07-01',
    closesOn: '2026-07-31',
    answering: 8,
    answers: () => validAnswers(def, rand),
  });
  await dispatchDue(f.ctx.deps);
  // Worker0 replies STOP to the text; a provider's error quoted another's number.
  await send(f.ctx, worker0.phone, 'STOP');
  f.ctx.raw
    .prepare(
      `UPDATE outbox SET status = 'failed', error_code = '30003', error_message = ? WHERE contact_id = ?`,
    )
    .run(`Unreachable destination handset ${all[2]!.phone}`, all[2]!.id);
  f.ctx.clock.set('2026-08-01T15:00:00Z');
  const closed = await f.client.post(`/api/campaigns/${closedId}/close`);
  if (closed.status !== 200) throw new Error(closed.text);

  const goal = await f.client.post(`/api/partnerships/${f.partnershipId}/goals`, {
    label: 'Response rate 40%',
    templateId: 'worker-voice',
    measure: 'response_rate',
    comparison: 'at_least',
    target: 40,
  });
  if (goal.status !== 201) throw new Error(goal.text);

  f.ctx.clock.set('2026-12-01T15:00:00Z');
  const late = await f.client.post(`/api/partnerships/${f.partnershipId}/contacts`, {
    firstName: 'Latecomer',
    phone: '+13125559999',
    kind: 'worker',
    smsConsent: true,
  });
  if (late.status !== 201) throw new Error(late.text);

  const second = all.filter((c) => c.organization_id === f.orgIds[1]);
  f.ctx.clock.set('2027-01-04T15:00:00Z');
  const camp = await f.client.post(`/api/partnerships/${f.partnershipId}/campaigns`, {
    name: 'Employer 2 winter',
    templateId: 'worker-voice',
    period: 'PY2026-Q3',
    segmentAttributes: ['occupation'],
    audience: { organizationIds: [f.orgIds[1]] },
    opensOn: '2027-01-04',
    closesOn: '2027-03-31',
  });
  if (camp.status !== 201) throw new Error(camp.text);
  const openId = camp.json.campaign.id as string;
  const launched = await f.client.post(`/api/campaigns/${openId}/launch`);
  if (launched.status !== 200) throw new Error(launched.text);
  const tokens = await receivedTokens(f.ctx, openId);
  for (let i = 0; i < 6; i++) await submit(f, tokens[i]!, validAnswers(def, rand));
  await dispatchDue(f.ctx.deps);

  return {
    f,
    closedId,
    openId,
    expired: all.filter((c) => c.organization_id === f.orgIds[0]).map(({ id, phone }) => ({ id, phone })),
    inOpen: second.map(({ id, phone }) => ({ id, phone })),
    late: { id: late.json.created[0].id, phone: '+13125559999' },
    worker0: { id: worker0.id, phone: worker0.phone },
  };
}
