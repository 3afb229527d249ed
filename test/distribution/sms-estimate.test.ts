/** The estimate of a campaign's texts per language, as a pure function of its audience and reminders. */
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../surveys/language-list.ts';
import { langs } from '../../surveys/languages.ts';
import { smsText } from '../../server/distribution/messages.ts';
import { estimateSms } from '../../server/distribution/sms-estimate.ts';
import { smsBudget, smsLength } from '../../server/distribution/sms-segments.ts';

const link = `https://survey.rivervalleyworkforce.org/s/${'A'.repeat(24)}`;
const partnershipName = 'River Valley Advanced Manufacturing';
const segmentsOf = (lang: (typeof langs)[number], purpose: 'invitation' | 'reminder') =>
  smsLength(
    smsText({
      purpose,
      language: lang,
      firstName: 'x'.repeat(15),
      partnershipName,
      link,
      closesOn: '',
      minGroupSize: 0,
    }),
  ).segments;

describe('estimateSms', () => {
  it('gives each language its encoding, the segments of each text as sent, and people times all texts', () => {
    const audience = langs.map((lang, i) => ({ lang, people: 10 * (i + 1) }));
    const estimate = estimateSms({ audience, reminders: 2, partnershipName, link });
    expect(estimate.languages.map((l) => l.lang)).toEqual([...langs]);
    for (const [i, row] of estimate.languages.entries()) {
      const lang = row.lang;
      const invitation = segmentsOf(lang, 'invitation');
      const reminder = segmentsOf(lang, 'reminder');
      expect(row).toEqual({
        lang,
        name: languageOf(lang)!.name,
        english: languageOf(lang)!.english,
        encoding: languageOf(lang)!.sms,
        invitationSegments: invitation,
        reminderSegments: reminder,
        people: 10 * (i + 1),
        segments: 10 * (i + 1) * (invitation + 2 * reminder),
      });
      // One segment in GSM-7; a UCS-2 text with a link of this length cannot fit 70 characters.
      expect(invitation).toBe(row.encoding === 'GSM-7' ? 1 : 2);
      expect(invitation).toBeLessThanOrEqual(smsBudget(lang, 'invitation').segments);
    }
    expect(estimate.people).toBe(audience.reduce((n, a) => n + a.people, 0));
    expect(estimate.segments).toBe(estimate.languages.reduce((n, l) => n + l.segments!, 0));
    expect(estimate.reminders).toBe(2);
  });

  it('counts English and Spanish alike at one segment a text', () => {
    const estimate = estimateSms({
      audience: [
        { lang: 'es', people: 3 },
        { lang: 'en', people: 5 },
        { lang: 'es', people: 1 },
      ],
      reminders: 1,
      partnershipName,
      link,
    });
    expect(estimate.languages.map(({ lang, people, segments }) => ({ lang, people, segments }))).toEqual([
      { lang: 'en', people: 5, segments: 10 },
      { lang: 'es', people: 4, segments: 8 },
    ]);
    expect(estimate.segments).toBe(18);
  });

  it('leaves out languages nobody is texted in, and counts no reminders when there are none', () => {
    const estimate = estimateSms({
      audience: [
        { lang: 'en', people: 2 },
        { lang: 'es', people: 0 },
      ],
      reminders: 0,
      partnershipName,
      link,
    });
    expect(estimate.languages.map((l) => [l.lang, l.segments])).toEqual([['en', 2]]);
    expect(estimateSms({ audience: [], reminders: 3, partnershipName, link })).toEqual({
      reminders: 3,
      languages: [],
      people: 0,
      segments: 0,
    });
  });

  it('says a text cannot fit rather than giving a number, when the link leaves no room', () => {
    const estimate = estimateSms({
      audience: [{ lang: 'en', people: 2 }],
      reminders: 1,
      partnershipName,
      link: `https://${'x'.repeat(150)}.org/s/abc`,
    });
    expect(estimate.languages[0]).toMatchObject({
      invitationSegments: null,
      reminderSegments: null,
      segments: null,
    });
    expect(estimate.segments).toBeNull();
  });
});
