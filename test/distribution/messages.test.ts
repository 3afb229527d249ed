import { describe, expect, it } from 'vitest';
import { emailMessage, smsText, type MessageContext } from '../../server/distribution/messages.ts';
import { isGsm7, smsLength, toGsm7 } from '../../server/distribution/sms-segments.ts';

// The longest a real deployment is likely to see: a 32-character host and a 24-character token.
const longLink = `https://survey.rivervalleyworkforce.org/s/${'A'.repeat(24)}`;
const shortLink = `https://sv.example.org/s/${'b'.repeat(24)}`;
const names = [
  'Al',
  'María José',
  'Maximiliano Alejandro',
  'Nguyễn Thị Minh Khai',
  'Zoë',
  'Ángel',
  'Dũng 😀',
];
const partnerships = [
  'River Valley Advanced Manufacturing Workforce Partnership',
  'Alianza de Manufactura Avanzada del Valle del Río Grande',
  'Tri-County Healthcare Careers Consortium',
  'PÓLIZA',
];

const contexts = (link: string): MessageContext[] =>
  (['en', 'es'] as const).flatMap((language) =>
    (['invitation', 'reminder'] as const).flatMap((purpose) =>
      names.flatMap((firstName) =>
        partnerships.map((partnershipName) => ({
          purpose,
          language,
          firstName,
          partnershipName,
          link,
          closesOn: '2026-09-30',
          minGroupSize: 5,
        })),
      ),
    ),
  );

describe('SMS segments', () => {
  it('counts GSM-7, its two-unit extension characters and UCS-2 as carriers do', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161)).segments).toBe(2);
    expect(smsLength('€'.repeat(80))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('¿Cómo está?')).toMatchObject({ encoding: 'UCS-2' });
    expect(smsLength('ñ é ü ¡¿').encoding).toBe('GSM-7');
    expect(smsLength('á'.repeat(70)).segments).toBe(1);
    expect(smsLength('á'.repeat(71)).segments).toBe(2);
    expect(smsLength('😀'.repeat(35)).segments).toBe(1);
  });

  it('folds names into GSM-7', () => {
    expect(toGsm7('María José')).toBe('Maria José');
    expect(toGsm7('Nguyễn')).toBe('Nguyen');
    expect(toGsm7('Dũng 😀')).toBe('Dung');
  });

  it.each([
    ['the longest realistic link', longLink],
    ['a short link', shortLink],
  ])(
    'keeps every invitation and reminder, in both languages, to one GSM-7 segment with %s',
    (_label, link) => {
      for (const ctx of contexts(link)) {
        const text = smsText(ctx);
        expect(smsLength(text), text).toMatchObject({ encoding: 'GSM-7', segments: 1 });
        expect(text).toContain(link);
        expect(text).toMatch(ctx.language === 'en' ? /Reply STOP to opt out$/ : /Responda STOP para salir$/);
      }
    },
  );

  it('keeps the name and the whole partnership name when they fit', () => {
    const text = smsText({
      ...contexts(shortLink)[0]!,
      firstName: 'Ana',
      partnershipName: 'River Valley Partnership',
    });
    expect(text).toMatch(/^River Valley Partnership: Hi Ana, /);
    const es = smsText({
      ...contexts(shortLink)[0]!,
      language: 'es',
      firstName: 'José',
      partnershipName: 'Alianza Sur',
    });
    expect(es).toMatch(/^Alianza Sur: Hola José, /);
  });

  it('shortens the partnership name by whole words, then leaves out the name, to stay in one segment', () => {
    const text = smsText({
      ...contexts(shortLink)[0]!,
      firstName: 'Maximiliano',
      partnershipName: partnerships[0]!,
    });
    expect(text).toMatch(/^River Valley [A-Za-z ]+: Hi Maximiliano, /);
    expect(text).not.toContain(partnerships[0]);
    const tight = smsText({
      ...contexts(longLink)[0]!,
      language: 'es',
      firstName: 'Maximiliano',
      partnershipName: partnerships[0]!,
    });
    expect(tight).toMatch(/^River: Hola Maximiliano, conteste/);
    const tighter = smsText({
      ...contexts(`https://feedback.rivervalleyworkforcealliance.org/s/${'A'.repeat(24)}`)[0]!,
      language: 'es',
      firstName: 'Maximiliano',
      partnershipName: partnerships[0]!,
    });
    expect(tighter).toMatch(/^River: Hola, conteste/);
    expect(smsLength(tighter).segments).toBe(1);
  });

  it('refuses a link that leaves no room for the words', () => {
    expect(() =>
      smsText({ ...contexts(shortLink)[0]!, link: `https://${'x'.repeat(150)}.org/s/abc` }),
    ).toThrow(/PUBLIC_URL/);
  });
});

describe('email', () => {
  const ctx = {
    ...contexts(longLink)[0]!,
    unsubscribeUrl: 'https://sv.example.org/u/c1.mac',
    postalAddress: '100 Main St, Peoria, IL 61602',
  };

  it('has both parts with the link, the unsubscribe link and the postal address, and one-click headers', () => {
    for (const language of ['en', 'es'] as const) {
      for (const purpose of ['invitation', 'reminder'] as const) {
        const m = emailMessage('a@example.org', { ...ctx, language, purpose, firstName: 'Ana <b>' });
        for (const part of [m.text, m.html]) {
          expect(part).toContain(longLink);
          expect(part).toContain(ctx.unsubscribeUrl);
          expect(part).toContain('100 Main St, Peoria, IL 61602');
        }
        expect(m.html).toContain('Ana &lt;b&gt;');
        expect(m.html).not.toContain('<b>');
        expect(m.headers).toEqual({
          'List-Unsubscribe': `<${ctx.unsubscribeUrl}>`,
          'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
        });
      }
    }
  });

  it("is in the contact's language", () => {
    expect(emailMessage('a@example.org', { ...ctx, language: 'es' }).subject).toMatch(
      /quiere conocer su opinión/,
    );
    expect(emailMessage('a@example.org', { ...ctx, language: 'en', purpose: 'reminder' }).subject).toMatch(
      /^Reminder:/,
    );
  });

  it('writes every fixed SMS word in GSM-7', () => {
    for (const c of contexts(shortLink))
      expect(isGsm7(smsText({ ...c, firstName: 'Ana', partnershipName: 'P' }))).toBe(true);
  });
});
