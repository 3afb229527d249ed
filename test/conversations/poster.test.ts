/**
 * A poster's keyword (issue 18): anyone who texts it answers the campaign by text, through a ticket
 * minted as the open link mints one for a visitor, under the same caps; a worker invited to the
 * campaign answers their own invitation instead. The answers are pooled as an open-link answer's are.
 */
import { describe, expect, it } from 'vitest';
import { readPool } from '../../server/reviews/pool.ts';
import { getTemplate, words } from '../../surveys/index.ts';
import { smsForm } from '../../surveys/sms/index.ts';
import { say, sayAll, tableCount, textingCampaign, type Texting } from './helpers.ts';

const form = smsForm(getTemplate('worker-voice')!)!;
const first = (lang: 'en' | 'es') => form.items[0]!.question.sms!.text[lang]!;
const stranger = '+13125557777';
const all = ['5', '4', '3', '2', '1', '4', '5', '9', '4', '1 3', 'SKIP'];

async function withKeyword(options: { hourlyLimit?: number } = {}): Promise<Texting> {
  const t = await textingCampaign('both', {
    beforeLaunch: async (client, campaignId) => {
      if (options.hourlyLimit) {
        const cap = await client.patch(`/api/campaigns/${campaignId}`, {
          openLink: { hourlyLimit: options.hourlyLimit, totalLimit: 100 },
        });
        expect(cap.status, cap.text).toBe(200);
      }
      expect((await client.post(`/api/campaigns/${campaignId}/open-link`)).status).toBe(201);
      const set = await client.patch(`/api/campaigns/${campaignId}`, { textKeyword: 'voz' });
      expect(set.status, set.text).toBe(200);
    },
  });
  return t;
}

describe('a poster keyword', () => {
  it('starts a conversation for a phone we never texted, pooled as an open-link answer', async () => {
    const t = await withKeyword();
    const start = await say(t, stranger, ' Voz! ');
    expect(start.texts).toEqual([words.en.smsSurvey.start, first('en')]);
    const tickets = () =>
      (
        t.ctx.raw.prepare('SELECT count(*) AS n FROM invitations WHERE contact_id IS NULL').get() as {
          n: number;
        }
      ).n;
    expect(tickets()).toBe(1);
    expect(await sayAll(t, stranger, all)).toEqual([words.en.smsSurvey.thanks]);
    const [row] = await readPool(t.ctx.deps, t.audience.campaignId, 10);
    expect(row!.value!.channel).toBe('open_link');
    expect(row!.value!.answers.pay_fair).toBe(5);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(0);
  });

  it("answers an invited worker's own invitation, not a ticket", async () => {
    const t = await withKeyword();
    const es = t.phones[1]!;
    expect((await say(t, es, 'VOZ')).texts).toEqual([words.es.smsSurvey.start, first('es')]);
    await sayAll(t, es, all);
    const row = t.ctx.raw
      .prepare('SELECT completed FROM invitations WHERE contact_id = ?')
      .get(t.audience.contacts[1]!.id) as { completed: number };
    expect(row.completed).toBe(1);
    expect(
      (
        t.ctx.raw.prepare('SELECT count(*) AS n FROM invitations WHERE contact_id IS NULL').get() as {
          n: number;
        }
      ).n,
    ).toBe(0);
  });

  it("keeps to the open link's caps, and a word that is not the keyword starts nothing", async () => {
    const t = await withKeyword({ hourlyLimit: 1 });
    expect((await say(t, stranger, 'VOZ')).texts).toHaveLength(2);
    expect((await say(t, '+13125557778', 'VOZ')).texts).toEqual([]);
    expect((await say(t, '+13125557779', 'VOCES')).texts).toEqual([]);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(1);
  });
});
