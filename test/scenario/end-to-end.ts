/**
 * Issue #6's end-to-end scenario, written once and run on both builds against a Harness
 * (test/scenario/harness.ts): Node in test/distribution/end-to-end.test.ts, the Worker in
 * test/workers/distribution.test.ts. People come from a CSV import; two rounds of a campaign go out by
 * SMS and email; Twilio's signed status callbacks are accepted and forged webhooks refused; people
 * answer through the links they received, once, and one answers by text, a whole conversation with the
 * survey's SMS texts (issue 18); STOP and a one-click unsubscribe end their messages,
 * even those already queued; the reminders of days 3 and 7 go only to those who neither answered nor
 * opted out; progress and the review count the answers; the dashboard's audience count matches each
 * launch, no delivered invitation is listed as failed, and the poster link can be shown again.
 *
 * The steps run in order and share one database, as the story does.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { OutboxStatus } from '../../server/distribution/contract.ts';
import type { DispatchReport } from '../../server/distribution/dispatcher.ts';
import { signedRequest } from '../helpers/twilio-peer.ts';
import { conversation } from '../conversations/texts.ts';
import { cast, csv, expectedReminders } from './cast.ts';
import { sender, type Harness } from './harness.ts';
import { answersFor, credentials, tellStory, type Story } from './story.ts';

/**
 * Registers the scenario's steps as one describe block; `harness` is called before its first step.
 * The story it returns is filled in as the steps run, for a runtime's own tests that follow. A step
 * may take `stepTimeoutMs` (a Worker's D1 queries each start a wrangler process).
 */
export function describeEndToEnd(
  title: string,
  harness: () => Harness,
  options: { stepTimeoutMs?: number } = {},
): Story {
  let h: Harness;
  const { story, texts, emails, since, textUs, replyByText, later, launch, answer, reminderRows } =
    tellStory(harness);
  const [round1, round2] = [() => story.rounds[0]!, () => story.rounds[1]!];

  describe(title, { timeout: options.stepTimeoutMs }, () => {
    beforeAll(() => {
      h = harness();
    });

    it('imports the people from a semicolon CSV with a byte order mark', async () => {
      story.admin = h.client();
      expect((await story.admin.post('/api/setup', { ...credentials, name: 'Ada Admin' })).status).toBe(201);
      const p = await story.admin.post('/api/partnerships', {
        name: 'River Valley Partnership',
        sector: 'Manufacturing',
        region: 'RV',
        timeZone: 'UTC',
        reviewYear: 'program',
        // The smallest group a review may show, so three answers are counted in it rather than hidden.
        minGroupSize: 3,
        // SMS hours all day, so the scenario does not depend on the hour it runs at.
        smsHours: { start: '00:00', end: '24:00' },
      });
      expect(p.status, p.text).toBe(201);
      story.partnershipId = p.json.partnership.id;
      const imported = await story.admin.request(
        'POST',
        `/api/partnerships/${story.partnershipId}/contacts/import?kind=worker`,
        csv,
        { 'content-type': 'text/csv' },
      );
      expect(imported.status, imported.text).toBe(201);
      expect(imported.json).toMatchObject({ complete: true, summary: { created: 7, rejected: 0 } });
    });

    it("sends the invitations by SMS and email when the dispatcher runs, in each person's language", async () => {
      // Eve has a phone but gave no SMS consent: invited, for a printed link, with no message. Round 1's
      // texts offer the link or answering by text.
      expect(await launch('Worker voice, round 1', 'both')).toEqual({ invited: 7, queued: 6 });
      expect(await h.dispatch()).toEqual(report({ sent: 6 }));

      const sms = h.received().filter((m) => m.channel === 'sms');
      expect(sms.map((m) => m.to).sort()).toEqual([cast.ana, cast.ben, cast.dee, cast.fay]);
      const [ana] = texts(cast.ana);
      expect(ana!.text).toMatch(
        /^River Valley Partnership: Hola Ana, encuesta privada: \S+ o responda 1 y conteste por mensaje\. STOP para salir$/,
      );
      expect(texts(cast.fay)[0]!.text).toMatch(
        /^River Valley Partnership: Hi Fay, .* or reply 1 to answer by text\./,
      );
      expect(ana!.from).toBe(sender.sms);
      expect(ana!.statusCallback).toMatch(new RegExp(`^${h.publicUrl}/webhooks/twilio/status\\?m=`));
      for (const m of sms) expect(m.links).toEqual([expect.stringMatching(new RegExp(`^${h.publicUrl}/s/`))]);

      const mail = h.received().filter((m) => m.channel === 'email');
      expect(mail.map((m) => m.to).sort()).toEqual([cast.cleo, cast.eli]);
      const [cleo] = emails(cast.cleo);
      expect(cleo).toMatchObject({
        from: sender.mail,
        subject: 'River Valley Partnership wants to hear from you',
      });
      expect(cleo!.text).toContain(sender.postalAddress);
      expect(cleo!.links).toHaveLength(1);
      expect(cleo!.html).toContain(cleo!.links[0]);
      expect(cleo!.headers['list-unsubscribe']).toMatch(new RegExp(`^<${h.publicUrl}/u/[^>]+>$`));
      expect(cleo!.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
    });

    it("accepts the Twilio peer's signed status callbacks, so the texts are delivered", async () => {
      // sent, then delivered, for each of the four texts.
      expect(h.twilio.callbacks).toHaveLength(8);
      expect(h.twilio.callbacks.map((c) => c.status)).toEqual(h.twilio.callbacks.map(() => 204));
      const rows = await h.query<{ channel: string; status: string; provider_id: string }>(
        `SELECT channel, status, provider_id FROM outbox
         WHERE campaign_id = '${round1()}' AND purpose = 'invitation' ORDER BY channel`,
      );
      expect(rows.map((r) => [r.channel, r.status])).toEqual([
        ['email', 'sent'],
        ['email', 'sent'],
        ['sms', 'delivered'],
        ['sms', 'delivered'],
        ['sms', 'delivered'],
        ['sms', 'delivered'],
      ]);
      const received = h.received().map((m) => m.id);
      expect(rows.map((r) => r.provider_id).sort()).toEqual(received.sort());
    });

    it('takes answers through the links received, shows Ana her survey in Spanish, and refuses a used link', async () => {
      expect(await answer(texts(cast.ana)[0]!.links[0]!, 7)).toMatch(/<html lang="es"/);
      await answer(texts(cast.dee)[0]!.links[0]!, 8);
      expect(await answer(emails(cast.cleo)[0]!.links[0]!, 9)).toMatch(/<html lang="en"/);

      // Ana's link again: the page says it was used, in Spanish. A second submission gets the same
      // thank-you a double tap would, and is not counted.
      const link = texts(cast.ana)[0]!.links[0]!;
      const again = await h.fetch(link);
      expect(again.status).toBe(410);
      expect(await again.text()).toMatch(/<html lang="es"/);
      const replay = await h.fetch(`${link}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: answersFor(10) }),
      });
      expect(replay.status).toBe(200);
      // The answers wait, sealed, for a release: none is a response yet.
      const [counts] = await h.query(
        `SELECT (SELECT count(*) FROM pending_answers WHERE campaign_id = '${round1()}') AS waiting,
                (SELECT count(*) FROM responses WHERE campaign_id = '${round1()}') AS responses,
                (SELECT sum(completed) FROM invitations WHERE campaign_id = '${round1()}') AS completed`,
      );
      expect(counts).toEqual({ waiting: 3, responses: 0, completed: 3 });
    });

    it('takes a whole conversation by text from Fay, who replies 1 to her invitation, into the same pool', async () => {
      const script = conversation('en');
      for (const step of script)
        expect(await replyByText(cast.fay, step.say, step.expect.length), step.say).toEqual(step.expect);
      const [counts] = await h.query(
        `SELECT (SELECT count(*) FROM pending_answers WHERE campaign_id = '${round1()}') AS waiting,
                (SELECT count(*) FROM sms_conversations) AS conversations,
                (SELECT sum(completed) FROM invitations WHERE campaign_id = '${round1()}') AS completed`,
      );
      expect(counts).toEqual({ waiting: 4, conversations: 0, completed: 4 });
      expect(texts(cast.fay).map((m) => m.text)).toEqual([
        texts(cast.fay)[0]!.text,
        ...script.flatMap((s) => s.expect),
      ]);
    });

    it('refuses an inbound webhook without a valid signature, and changes nothing', async () => {
      const url = `${h.publicUrl}/webhooks/twilio/inbound`;
      const params = { From: cast.ben, Body: 'STOP' };
      const forged = await h.fetch(url, signedRequest('not-the-token', url, params));
      expect(forged.status).toBe(403);
      const unsigned = await h.fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(params).toString(),
      });
      expect(unsigned.status).toBe(403);
      const [ben] = await h.query(`SELECT sms_opted_out_at FROM contacts WHERE phone = '${cast.ben}'`);
      expect(ben).toEqual({ sms_opted_out_at: null });
    });

    it('sends no further SMS after STOP and no further email after a one-click unsubscribe, even for messages already queued', async () => {
      // Queued before the opt-outs: the opt-out itself must cancel them (the dispatcher checks again too).
      expect(await launch('Worker voice, round 2')).toEqual({ invited: 7, queued: 6 });
      const stop = await textUs(cast.ben, ' Stop. ');
      expect(stop.status).toBe(200);
      expect(await stop.text()).toMatch(/<Response><Message>[^<]+<\/Message><\/Response>/);
      // The mail program's RFC 8058 one-click POST to the List-Unsubscribe URL.
      const oneClick = await h.fetch(emails(cast.cleo)[0]!.headers['list-unsubscribe']!.slice(1, -1), {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(oneClick.status).toBe(200);
      const optedOut = await h.query<{ first_name: string; sms: number; email: number }>(
        `SELECT first_name, sms_opted_out_at IS NOT NULL AS sms, email_opted_out_at IS NOT NULL AS email
         FROM contacts WHERE sms_opted_out_at IS NOT NULL OR email_opted_out_at IS NOT NULL ORDER BY first_name`,
      );
      expect(optedOut).toEqual([
        { first_name: 'Ben', sms: 1, email: 0 },
        { first_name: 'Cleo', sms: 0, email: 1 },
      ]);

      expect(await h.dispatch()).toEqual(report({ sent: 4 }));
      expect(texts(cast.ana)).toHaveLength(2);
      expect(texts(cast.dee)).toHaveLength(2);
      // Fay: round 1's invitation, her conversation, round 2's invitation (a link only).
      expect(texts(cast.fay)).toHaveLength(1 + conversation('en').flatMap((s) => s.expect).length + 1);
      expect(texts(cast.fay).at(-1)!.links).toHaveLength(1);
      expect(texts(cast.ben)).toHaveLength(1);
      expect(emails(cast.cleo)).toHaveLength(1);
      expect(emails(cast.eli)).toHaveLength(2);
      const rows = await h.query(
        `SELECT coalesce(contacts.phone, contacts.email) AS who, outbox.status AS status
         FROM outbox JOIN contacts ON contacts.id = outbox.contact_id
         WHERE outbox.campaign_id = '${round2()}' AND outbox.purpose = 'invitation' ORDER BY who`,
      );
      expect(rows).toEqual([
        { who: cast.ana, status: 'delivered' },
        { who: cast.ben, status: 'opted_out' },
        { who: cast.dee, status: 'delivered' },
        { who: cast.fay, status: 'delivered' },
        { who: cast.cleo, status: 'opted_out' },
        { who: cast.eli, status: 'sent' },
      ]);
    });

    it('reminds on day 3 only the people who neither answered nor opted out, with their own link', async () => {
      // Written at launch for everyone reachable, 3 and 7 days after the invitation.
      const [scheduled] = await h.query(
        `SELECT count(*) AS n,
                sum(r.sequence = 1 AND round((julianday(r.due_at) - julianday(i.due_at)) * 86400) = 3 * 86400) AS day3,
                sum(r.sequence = 2 AND round((julianday(r.due_at) - julianday(i.due_at)) * 86400) = 7 * 86400) AS day7
         FROM outbox r JOIN outbox i ON i.invitation_id = r.invitation_id AND i.purpose = 'invitation'
         WHERE r.purpose = 'reminder'`,
      );
      expect(scheduled).toEqual({ n: 24, day3: 12, day7: 12 });
      // STOP and the unsubscribe already turned the queued reminders of Ben and Cleo into opted_out.
      expect(await reminderRows()).toEqual(expectedReminders.before);

      const before = h.received();
      await later(3);
      // Round 1: Ana, Dee and Fay answered (skipped), Eli did not. Round 2: nobody answered.
      expect(await h.dispatch()).toEqual(report({ sent: 5, skipped: 3 }));
      const reminders = since(before);
      expect(reminders.map((m) => m.to).sort()).toEqual([cast.ana, cast.dee, cast.fay, cast.eli, cast.eli]);
      const ana = reminders.find((m) => m.to === cast.ana)!;
      const dee = reminders.find((m) => m.to === cast.dee)!;
      expect(ana.text).toMatch(
        /^River Valley Partnership: Hola Ana, su encuesta .* sigue abierta: \S+ Responda STOP para salir$/,
      );
      expect(dee.text).toMatch(
        /^River Valley Partnership: Hi Dee, our .* survey is still open: \S+ Reply STOP to opt out$/,
      );
      // Each reminder carries the link of the invitation it reminds of: round 2's for Ana and Dee,
      // one of each round for Eli.
      expect(texts(cast.ana)[0]!.links).not.toEqual(texts(cast.ana)[1]!.links);
      expect(ana.links).toEqual(texts(cast.ana)[1]!.links);
      expect(dee.links).toEqual(texts(cast.dee)[1]!.links);
      const eli = reminders.filter((m) => m.channel === 'email');
      for (const email of eli) {
        expect(email.subject).toBe('Reminder: your River Valley Partnership survey is still open');
        expect(email.text).toMatch(/^Hi Eli,/);
        expect(email.headers['list-unsubscribe']).toMatch(new RegExp(`^<${h.publicUrl}/u/[^>]+>$`));
      }
      const eliInvitations = emails(cast.eli)
        .slice(0, 2)
        .flatMap((m) => m.links);
      expect(new Set(eliInvitations).size).toBe(2);
      expect(eli.flatMap((m) => m.links).sort()).toEqual([...eliInvitations].sort());
      for (const link of reminders.flatMap((m) => m.links)) {
        expect(link.startsWith(`${h.publicUrl}/s/`)).toBe(true);
        expect((await h.fetch(link)).status, link).toBe(200);
      }
      expect(texts(cast.ben)).toHaveLength(1);
      expect(emails(cast.cleo)).toHaveLength(1);
      expect(h.twilio.callbacks.map((c) => c.status)).toEqual(h.twilio.callbacks.map(() => 204));
      expect(await reminderRows()).toEqual(expectedReminders.day3);
    });

    it("shows each round's progress by channel, reminders included", async () => {
      const progress = async (campaignId: string) => {
        const res = await story.admin.get(`/api/campaigns/${campaignId}/progress`);
        expect(res.status, res.text).toBe(200);
        return res.json.progress;
      };
      const first = await progress(round1());
      expect(first).toMatchObject({ invited: 7, completed: 4, responseRate: 0.571 });
      // Fay's answer by text counts as one reached by SMS, as Ana's and Dee's through their links do.
      expect(first.channels.sms).toMatchObject({
        invited: 4,
        delivered: 4,
        completed: 3,
        responseRate: 0.75,
      });
      expect(first.channels.email).toMatchObject({ invited: 2, sent: 2, completed: 1, responseRate: 0.5 });
      expect(first.channels.none).toEqual({ invited: 1, completed: 0 });
      expect(first.reminders).toEqual(statusCounts({ queued: 4, sent: 1, opted_out: 4, skipped: 3 }));
      const second = await progress(round2());
      expect(second).toMatchObject({ invited: 7, completed: 0, responseRate: 0 });
      expect(second.channels.sms).toMatchObject({ invited: 4, delivered: 3, opted_out: 1, completed: 0 });
      expect(second.channels.email).toMatchObject({ invited: 2, sent: 1, opted_out: 1, completed: 0 });
      expect(second.reminders).toEqual(statusCounts({ queued: 4, sent: 1, delivered: 3, opted_out: 4 }));
    });

    it('reminds again on day 7, still only those who neither answered nor opted out', async () => {
      const before = h.received();
      await later(4);
      expect(await h.dispatch()).toEqual(report({ sent: 5, skipped: 3 }));
      const reminders = since(before);
      expect(reminders.map((m) => m.to).sort()).toEqual([cast.ana, cast.dee, cast.fay, cast.eli, cast.eli]);
      expect(reminders.find((m) => m.to === cast.ana)!.links).toEqual(texts(cast.ana)[1]!.links);
      expect(texts(cast.ben)).toHaveLength(1);
      expect(emails(cast.cleo)).toHaveLength(1);
      expect(await reminderRows()).toEqual(expectedReminders.day7);
      const [optedOut] = await h.query(`SELECT count(*) AS n FROM outbox WHERE status = 'opted_out'`);
      // Ben's and Cleo's: both reminders of round 1, and everything of round 2.
      expect(optedOut).toEqual({ n: 10 });
    });

    it('counts the answers in the review, once each, and hides groups too small to show', async () => {
      // Staff release what can go before reading the review (the loop may have released some already).
      // Fay's answer by text stays: a texted response shows how it came (it answers only what was
      // asked by text), so answers by text go only k at a time, and hers is the only one.
      const release = await story.admin.post(`/api/campaigns/${round1()}/release`);
      expect(release.status, release.text).toBe(200);
      expect(release.json.release.waiting).toBe(1);
      const [counts] = await h.query(
        `SELECT (SELECT count(*) FROM pending_answers) AS waiting, (SELECT count(*) FROM responses) AS responses`,
      );
      expect(counts).toEqual({ waiting: 1, responses: 3 });
      const res = await story.admin.get(`/api/partnerships/${story.partnershipId}/reviews/PY2026-Q2`);
      expect(res.status, res.text).toBe(200);
      const [template] = res.json.review.templates;
      expect(template.invitations).toMatchObject({ invited: 14, responses: 3 });
      expect(template.overall.measures['index.jqi']).toMatchObject({ n: 3, suppressed: false });
      // Two answers by SMS (Ana and Dee through their links) and one by email (Cleo), too few to
      // show: no channel's count is shown, so Cleo's cannot be worked out from the others (not even
      // printed links' zero).
      expect(template.invitations.channels).toEqual([
        { channel: 'sms', invited: 7, responses: null, rate: null, suppressed: true, reason: 'withheld' },
        { channel: 'email', invited: 3, responses: null, rate: null, suppressed: true, reason: 'withheld' },
        { channel: 'printed', invited: 4, responses: null, rate: null, suppressed: true, reason: 'withheld' },
      ]);
      // Three people at different employers: the release could name none of them, so each breakdown
      // shows all three together ("not recorded", or "none" where none of them had a value).
      const groups = template.breakdowns.flatMap(
        (b: { groups: { n: number | null; key: string }[] }) => b.groups,
      );
      expect(groups.length).toBeGreaterThan(0);
      for (const group of groups)
        if (group.n !== null) expect([group.n, ['~', '-'].includes(group.key)]).toEqual([3, true]);
      expect(template.comments).toEqual({ shown: false, minimum: 10, items: [] });
    });

    it('lists no failed invitation when every one was delivered', async () => {
      for (const id of [round1(), round2()]) {
        const res = await story.admin.get(`/api/campaigns/${id}/failures`);
        expect(res.status, res.text).toBe(200);
        expect(res.json).toEqual({ failures: [], nextAfter: null });
      }
    });

    // Last, because a visit to the poster link mints an invitation, which the review above would count.
    it('shows the poster link again, until a new one replaces it and the old one stops working', async () => {
      const path = `/api/campaigns/${round1()}/open-link`;
      expect((await story.admin.get(path)).json).toEqual({ openLink: { state: 'off', url: null } });
      const first = await story.admin.post(path);
      expect(first.status, first.text).toBe(201);
      expect(first.json.url).toMatch(new RegExp(`^${h.publicUrl}/o/`));
      expect((await story.admin.get(path)).json).toEqual({ openLink: { state: 'on', url: first.json.url } });
      expect((await h.fetch(first.json.url, { redirect: 'manual' })).status).toBe(303);
      const second = await story.admin.post(path);
      expect(second.json.url).not.toBe(first.json.url);
      expect((await story.admin.get(path)).json.openLink.url).toBe(second.json.url);
      expect((await h.fetch(first.json.url, { redirect: 'manual' })).status).toBe(404);
      expect((await h.fetch(second.json.url, { redirect: 'manual' })).status).toBe(303);
    });
  });
  return story;
}

/** A dispatcher's whole report: what is not given is zero. */
const report = (counts: Partial<DispatchReport>): DispatchReport => ({
  ...{ sent: 0, failed: 0, retried: 0, held: 0, skipped: 0, optedOut: 0 },
  ...counts,
});

/** Outbox rows by every status: what is not given is zero. */
const statusCounts = (counts: Partial<Record<OutboxStatus, number>>): Record<OutboxStatus, number> => ({
  ...{ queued: 0, sending: 0, sent: 0, delivered: 0, undelivered: 0, failed: 0, opted_out: 0, skipped: 0 },
  ...counts,
});
