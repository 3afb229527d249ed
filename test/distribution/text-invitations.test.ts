/**
 * The SMS invitations and reminders of a campaign answered by text (issue 18), as the dispatcher
 * renders them: a 'both' campaign's carry the link and the reply word, a 'text' campaign's carry the
 * reply word and no link, each in the contact's language and within its language's budget, with the
 * opt-out line; emails keep the link whatever the campaign's texts say.
 */
import { describe, expect, it } from 'vitest';
import { langs } from '../../surveys/languages.ts';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { smsText, type MessageContext } from '../../server/distribution/messages.ts';
import { estimateSms } from '../../server/distribution/sms-estimate.ts';
import { fitsBudget, smsBudget, smsLength } from '../../server/distribution/sms-segments.ts';
import { startReply } from '../../server/distribution/text-answers.ts';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { draftCampaign, recordingSenders } from './helpers.ts';

// The longest realistic link (a 32-character host and the 24-character token) and a short one.
const longLink = `https://survey.rivervalleyworkforce.org/s/${'A'.repeat(24)}`;
const shortLink = `https://sv.example.org/s/${'b'.repeat(24)}`;
const modes = ['link', 'text', 'both'] as const;
const purposes = ['invitation', 'reminder'] as const;

const ctx = (over: Partial<MessageContext>): MessageContext => ({
  purpose: 'invitation',
  language: 'en',
  firstName: 'Ana',
  partnershipName: 'River Valley',
  link: shortLink,
  closesOn: '2026-09-30',
  minGroupSize: 5,
  ...over,
});

describe('the words of a text that offers answering by text', () => {
  it('says, in English and Spanish, open the link or reply 1 (both), reply 1 with no link (text), or the link alone', () => {
    const said = (
      language: 'en' | 'es',
      purpose: 'invitation' | 'reminder',
      smsAnswers: (typeof modes)[number],
    ) => smsText(ctx({ language, purpose, smsAnswers }));
    expect(said('en', 'invitation', 'both')).toBe(
      `River Valley: Hi Ana, take our private survey: ${shortLink} or reply 1 to answer by text. STOP to opt out`,
    );
    expect(said('en', 'invitation', 'text')).toBe(
      'River Valley: Hi Ana, please take our private 5-min survey. Reply 1 to answer by text. Reply STOP to opt out',
    );
    expect(said('en', 'reminder', 'text')).toMatch(
      /still open\. Reply 1 to answer by text\. Reply STOP to opt out$/,
    );
    expect(said('es', 'invitation', 'both')).toBe(
      `River Valley: Hola Ana, encuesta privada: ${shortLink} o responda 1 y conteste por mensaje. STOP para salir`,
    );
    expect(said('es', 'invitation', 'text')).toBe(
      'River Valley: Hola Ana, conteste nuestra encuesta privada de 5 min. Responda 1 para contestar por mensaje. Responda STOP para salir',
    );
    expect(said('es', 'reminder', 'both')).toMatch(
      /encuesta abierta: .* o responda 1 y conteste por mensaje/,
    );
    // A campaign by link says what it always said; no smsAnswers at all reads as by link.
    expect(said('en', 'invitation', 'link')).toBe(smsText(ctx({})));
    expect(said('en', 'invitation', 'link')).not.toMatch(/reply 1/i);
  });

  it('fits every language, both and text, to its budget with the opt-out line; only text leaves the link out', () => {
    const partnerships = [
      'River Valley Advanced Mfg Hub.',
      'Coalición de Empleos Sur Tejas',
      '河谷先进制造业劳动力合作伙伴关系',
    ];
    for (const language of langs)
      for (const smsAnswers of ['text', 'both'] as const)
        for (const purpose of purposes)
          for (const link of [longLink, shortLink])
            for (const partnershipName of partnerships)
              for (const firstName of ['Maximiliano Ale', 'Nguyễn Thị Minh', 'عبد الرحمن محمد']) {
                const text = smsText(
                  ctx({ language, smsAnswers, purpose, link, partnershipName, firstName }),
                );
                const what = `${language} ${smsAnswers} ${purpose} (${smsLength(text).units}): ${text}`;
                expect(fitsBudget(text, smsBudget(language, purpose)), what).toBe(true);
                expect(text, what).toContain('STOP');
                expect(text, what).toContain(startReply);
                if (smsAnswers === 'text') expect(text, what).not.toMatch(/https?:|\/s\//);
                else expect(text, what).toContain(link);
              }
  });
});

describe("the campaign screen's estimate of a campaign answered by text", () => {
  it('counts the segments of the texts the campaign would send, in its own words', () => {
    const audience = langs.map((lang) => ({ lang, people: 10 }));
    const input = { audience, reminders: 1, partnershipName: 'River Valley Partnership', link: longLink };
    for (const smsAnswers of modes) {
      const estimate = estimateSms({ ...input, smsAnswers });
      for (const l of estimate.languages) {
        const segments = (purpose: 'invitation' | 'reminder') =>
          smsLength(
            smsText(ctx({ ...input, language: l.lang, purpose, firstName: 'x'.repeat(15), smsAnswers })),
          ).segments;
        expect([l.invitationSegments, l.reminderSegments], `${smsAnswers} ${l.lang}`).toEqual([
          segments('invitation'),
          segments('reminder'),
        ]);
      }
    }
  });
});

describe('a launched campaign answered by text, as sent', () => {
  async function sent(smsAnswers: (typeof modes)[number]) {
    const test = makeTestApp(); // 10:00 in Chicago, inside texting hours
    const admin = await adminClient(test);
    const { campaignId } = await draftCampaign(admin, { sms: 2, email: 1, unreachable: 0 });
    expect((await admin.patch(`/api/campaigns/${campaignId}`, { smsAnswers })).status).toBe(200);
    expect((await admin.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
    const rec = recordingSenders(test);
    await dispatchDue(test.deps);
    return rec;
  }

  it('texts each contact in their language: the link and reply 1 (both), reply 1 and no link (text)', async () => {
    for (const smsAnswers of modes) {
      const rec = await sent(smsAnswers);
      // draftCampaign's first contact reads English, the second Spanish.
      const en = rec.sms.find((m) => m.to === '+13125552000')!.body;
      const es = rec.sms.find((m) => m.to === '+13125552001')!.body;
      expect(en).toMatch(/^River Valley Partnership: Hi Sam0, /);
      expect(es).toMatch(/^River Valley Partnership: Hola Sam1, /);
      const link = /\/s\/[A-Za-z0-9_-]{24}/;
      if (smsAnswers === 'link') {
        expect([en, es].every((b) => link.test(b) && !/\b1\b/.test(b))).toBe(true);
      } else {
        expect(en).toMatch(/reply 1 to answer by text/i);
        expect(es).toMatch(/[Rr]esponda 1 (y conteste|para contestar) por mensaje/);
        for (const b of [en, es]) expect(link.test(b), b).toBe(smsAnswers === 'both');
      }
      // The email still carries its link.
      expect(rec.email).toHaveLength(1);
      expect(rec.email[0]!.text).toMatch(link);
    }
  });
});
