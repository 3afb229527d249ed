/**
 * What the scenario's admin and people do, over whichever Harness runs it: the admin launches a round
 * and signs in again once days have passed; a person reads the messages sent to them, answers through a
 * link or by text, texts a keyword. The steps in end-to-end.ts say what must follow from these acts.
 */
import { expect } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import type { TestClient } from '../helpers/app.ts';
import { waitForCount } from '../helpers/http-peer.ts';
import { inboundSms } from '../helpers/twilio-peer.ts';
import type { Harness, Received } from './harness.ts';

export const credentials = { email: 'admin@example.org', password: 'correct horse battery' };

/** A valid, complete set of answers to the worker-voice survey, different for each seed. */
export const answersFor = (seed: number) => validAnswers(getTemplate('worker-voice')!, seededRandom(seed));

export interface Story {
  /** The first admin, signed in once the scenario's first step has run. */
  admin: TestClient;
  partnershipId: string;
  /** The campaigns launched, in order: round 1, round 2. */
  rounds: string[];
}

export function tellStory(harness: () => Harness) {
  const story: Story = { admin: undefined as unknown as TestClient, partnershipId: '', rounds: [] };
  const h = () => harness();
  const texts = (to: string) =>
    h()
      .received()
      .filter((m) => m.channel === 'sms' && m.to === to);
  /** A text from this phone to our number, as Twilio posts it: signed with the account's token. */
  const textUs = (from: string, body: string) =>
    inboundSms(h().fetch, {
      url: `${h().publicUrl}/webhooks/twilio/inbound`,
      authToken: h().twilio.authToken,
      accountSid: h().twilio.accountSid,
      from,
      body,
    });
  return {
    story,
    texts,
    emails: (to: string) =>
      h()
        .received()
        .filter((m) => m.channel === 'email' && m.to === to),
    /** What arrived after `before` was taken. */
    since: (before: Received[]) =>
      h()
        .received()
        .filter((m) => !before.some((b) => b.id === m.id)),

    textUs,

    /**
     * A reply in a conversation by text: the webhook answers with no message, and the `expecting`
     * texts of the step reach Twilio after its answer (Node: a promise running on; Worker: waitUntil).
     */
    async replyByText(from: string, body: string, expecting: number): Promise<string[]> {
      const before = texts(from).length;
      const res = await textUs(from, body);
      expect(res.status).toBe(200);
      expect(await res.text()).not.toContain('<Message>');
      await waitForCount(
        () => texts(from).length,
        before + expecting,
        `texts to ${from} after "${body}"`,
        30_000,
      );
      return texts(from)
        .slice(before)
        .map((m) => m.text);
    },

    /** Days pass. On Node the clock moves past the admin's session, so the admin signs in again. */
    async later(days: number) {
      await h().advanceDays(days);
      const login = await story.admin.post('/api/auth/login', credentials);
      expect(login.status, login.text).toBe(200);
    },

    /**
     * A worker-voice round open from a week ago, reminders on days 3 and 7, its texts offering the link
     * only or, with `smsAnswers`, answering by text too; the launch's answer.
     */
    async launch(name: string, smsAnswers: 'link' | 'both' = 'link') {
      const camp = await story.admin.post(`/api/partnerships/${story.partnershipId}/campaigns`, {
        name,
        templateId: 'worker-voice',
        period: 'PY2026-Q2',
        opensOn: h().day(-7),
        closesOn: h().day(30),
        reminderDays: [3, 7],
      });
      expect(camp.status, camp.text).toBe(201);
      if (smsAnswers !== 'link') {
        const set = await story.admin.patch(`/api/campaigns/${camp.json.campaign.id}`, { smsAnswers });
        expect(set.status, set.text).toBe(200);
      }
      // What the dashboard shows before the launch: the launch must then invite exactly these.
      const audience = await story.admin.get(
        `/api/partnerships/${story.partnershipId}/audience?kinds=worker&channels=sms,email`,
      );
      expect(audience.status, audience.text).toBe(200);
      const launched = await story.admin.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
      expect(launched.status, launched.text).toBe(200);
      expect(audience.json.total).toBe(launched.json.invited);
      expect(audience.json.sms + audience.json.email).toBe(launched.json.queued);
      story.rounds.push(camp.json.campaign.id);
      return launched.json;
    },

    /** Opens the link, then submits; the page's HTML. */
    async answer(link: string, seed: number) {
      const page = await h().fetch(link);
      expect(page.status, link).toBe(200);
      const res = await h().fetch(`${link}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: answersFor(seed) }),
      });
      expect(res.status, await res.text()).toBe(200);
      return page.text();
    },

    /** Every reminder as "round name #sequence channel status [code]", sorted. */
    async reminderRows(): Promise<string[]> {
      const rows = await h().query<{
        campaign: string;
        name: string;
        sequence: number;
        channel: string;
        status: string;
        code: string | null;
      }>(
        `SELECT outbox.campaign_id AS campaign, contacts.first_name AS name, outbox.sequence AS sequence,
                outbox.channel AS channel, outbox.status AS status, outbox.error_code AS code
         FROM outbox JOIN contacts ON contacts.id = outbox.contact_id WHERE outbox.purpose = 'reminder'`,
      );
      return rows
        .map((r) => {
          const round = story.rounds.indexOf(r.campaign) + 1;
          return `${round} ${r.name} #${r.sequence} ${r.channel} ${r.status}${r.code ? ` ${r.code}` : ''}`;
        })
        .sort();
    },
  };
}
