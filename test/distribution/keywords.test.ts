import { describe, expect, it } from 'vitest';
import { classifyInbound, keywords } from '../../surveys/sms/keywords.ts';
import { clarifyReply, helpReply, optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { smsLength } from '../../server/distribution/sms-segments.ts';
import fc from 'fast-check';
import type { Lang } from '../../surveys/languages.ts';
import { notRevoking, revoking, unclear } from './revocation-phrases.ts';

/** The language a reading gives words in `lang`: none for English, which says nothing of the sender. */
const wordsLanguage = (lang: Lang) => (lang === 'en' ? null : lang);

/** The ways people actually type a keyword: case, spaces, punctuation, a trailing emoji. */
const dressings = [
  (w: string) => w,
  (w: string) => w.toLowerCase(),
  (w: string) => w[0] + w.slice(1).toLowerCase(),
  (w: string) => `  ${w}  `,
  (w: string) => `${w}.`,
  (w: string) => `${w}!!`,
  (w: string) => `"${w}"`,
  (w: string) => `¡${w}!`,
  (w: string) => `\n${w.toLowerCase()}?\n`,
  (w: string) => `${w} 🙏`,
];

describe('classifyInbound', () => {
  it.each(keywords.optOut)('opts out on %s however it is typed', (word) => {
    for (const dress of dressings) expect(classifyInbound(dress(word)).action, dress(word)).toBe('opt_out');
  });

  it.each(keywords.optIn)('opts in on %s however it is typed', (word) => {
    for (const dress of dressings) expect(classifyInbound(dress(word)).action, dress(word)).toBe('opt_in');
  });

  it.each(keywords.help)('answers help on %s however it is typed', (word) => {
    for (const dress of dressings) expect(classifyInbound(dress(word)).action, dress(word)).toBe('help');
  });

  it('covers the keywords the rules of the road name', () => {
    for (const w of [
      'STOP',
      'STOPALL',
      'UNSUBSCRIBE',
      'CANCEL',
      'END',
      'QUIT',
      'REVOKE',
      'OPTOUT',
      'PARAR',
      'CANCELAR',
    ]) {
      expect(keywords.optOut).toContain(w);
    }
    for (const w of ['START', 'UNSTOP', 'YES']) expect(keywords.optIn).toContain(w);
    expect(keywords.help).toEqual(expect.arrayContaining(['HELP', 'INFO', 'AYUDA']));
  });

  it('accepts an opt-out split by a space or hyphen', () => {
    for (const body of ['stop all', 'Opt-out', 'OPT OUT', 'dar de baja', 'Un-subscribe']) {
      expect(classifyInbound(body).action, body).toBe('opt_out');
    }
  });

  it('reads accents away: Sí, ¡ALTO!, Cancelár', () => {
    expect(classifyInbound('Sí')).toEqual({ action: 'opt_in', language: 'es' });
    expect(classifyInbound('¡ALTO!')).toEqual({ action: 'opt_out', language: 'es' });
    expect(classifyInbound('Cancelár').action).toBe('opt_out');
  });

  it('tells Spanish words apart, and leaves the English ones without a language', () => {
    expect(classifyInbound('parar').language).toBe('es');
    expect(classifyInbound('ayuda').language).toBe('es');
    expect(classifyInbound('stop').language).toBeNull();
    expect(classifyInbound('info').language).toBeNull();
  });

  it.each(revoking)('reads $text as a revocation ($language)', ({ text, language }) => {
    expect(classifyInbound(text)).toEqual({ action: 'opt_out', language: wordsLanguage(language) });
  });

  it.each(notRevoking)('does not read $text as a revocation, nor ask about it', ({ text }) => {
    expect(classifyInbound(text)).toEqual({ action: 'none', language: null });
  });

  it.each(unclear)(
    'reads $text as unclear: one clarifying text, no opt-out ($language)',
    ({ text, language }) => {
      expect(classifyInbound(text)).toEqual({ action: 'unclear', language: wordsLanguage(language) });
    },
  );

  it('reads Vietnamese the same typed without its diacritics, đ as d; a bare "dung" is unclear', () => {
    const bare = (t: string) =>
      t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    // Without its marks, "Dừng!" (stop) is also "Đúng!" (right!): it gets the clarifying text.
    const marksDecide = ['Dừng!'];
    for (const { text } of revoking.filter((p) => p.language === 'vi'))
      expect(classifyInbound(bare(text)), bare(text)).toEqual({
        action: marksDecide.includes(text) ? 'unclear' : 'opt_out',
        language: 'vi',
      });
    for (const { text } of notRevoking.filter((p) => p.language === 'vi'))
      expect(classifyInbound(bare(text)).action, bare(text)).not.toBe('opt_out');
  });

  it('reads Arabic the same with or without its short vowels and hamza, and stretched by tatweel', () => {
    const bare = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '');
    const stretched = (t: string) => t.replace(/([\u0628-\u0647])(?=[\u0628-\u064A])/u, '$1\u0640\u0640');
    for (const { text } of revoking.filter((p) => p.language === 'ar'))
      for (const typed of [bare(text), stretched(text)])
        expect(classifyInbound(typed), typed).toEqual({ action: 'opt_out', language: 'ar' });
  });

  it('never reads an ordinary reply, in any language, as a revocation however it is typed and joined', () => {
    const typings = fc.constantFrom(
      (t: string) => t,
      (t: string) => t.toUpperCase(),
      (t: string) => t.toLowerCase(),
      (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd'),
      (t: string) => `  ${t}!! 🙂`,
      (t: string) => `${t}...`,
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...notRevoking), { minLength: 1, maxLength: 3 }),
        typings,
        fc.constantFrom('. ', '\n', '。', '؟ '),
        (phrases, typed, joint) => {
          const body = typed(phrases.map((p) => p.text).join(joint));
          expect(classifyInbound(body).action, body).not.toBe('opt_out');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('honours a revoking phrase however it is typed: case, accents, punctuation, emoji', () => {
    for (const { text, language } of revoking) {
      for (const typed of [
        text.toUpperCase(),
        text.toLowerCase(),
        `${text} 🙏`,
        `${text}...`,
        `  ${text}\n`,
      ]) {
        expect(classifyInbound(typed), JSON.stringify(typed)).toEqual({
          action: 'opt_out',
          language: wordsLanguage(language),
        });
      }
    }
    expect(classifyInbound('NO MÁS').action).toBe('opt_out');
    expect(classifyInbound('Dejen De Escribirme!!!').action).toBe('opt_out');
  });

  it('keeps opting in and help to the exact word: a phrase around START or HELP is not one', () => {
    for (const body of ['START please', 'yes stop', 'please help me stop these']) {
      expect(classifyInbound(body).action, body).not.toBe('opt_in');
    }
    expect(classifyInbound('Can you help?').action).toBe('none');
  });

  it('reads a long message too: a revocation at the end of a paragraph counts', () => {
    const long = `${'I took the survey last week and it was fine. '.repeat(8)}Now please stop texting me.`;
    expect(classifyInbound(long).action).toBe('opt_out');
    expect(classifyInbound('x'.repeat(5000)).action).toBe('none');
  });

  it('does not let an opt-in be assembled from separate words', () => {
    expect(classifyInbound('ye s').action).toBe('none');
    expect(classifyInbound('UN STOP').action).not.toBe('opt_in');
    expect(classifyInbound('he lp').action).toBe('none');
  });
});

describe('replies', () => {
  const oneGsmSegment = { encoding: 'GSM-7', segments: 1 };
  const names = [
    null,
    'River Valley Advanced Manufacturing',
    'Consorcio Regional de Manufactura Avanzada del Valle de Río Grande & Asociados',
    'x'.repeat(160),
  ];

  it('fits every reply in one GSM-7 segment, in both languages, with any partnership name', () => {
    for (const language of ['en', 'es'] as const) {
      expect(smsLength(optOutReply(language))).toMatchObject(oneGsmSegment);
      expect(smsLength(optInReply(language))).toMatchObject(oneGsmSegment);
      expect(smsLength(clarifyReply(language))).toMatchObject(oneGsmSegment);
      for (const name of names)
        expect(smsLength(helpReply(language, name)), `${language} ${name}`).toMatchObject(oneGsmSegment);
    }
  });

  it('says who we are and how to stop in the help text', () => {
    const en = helpReply('en', 'River Valley Advanced Manufacturing');
    expect(en).toContain('Sector Voice');
    expect(en).toContain('River Valley Advanced Manufacturing');
    expect(en).toContain('STOP');
    const es = helpReply('es', 'Consorcio del Río');
    expect(es).toContain('Consorcio del Rio');
    expect(es).toContain('STOP');
    expect(helpReply('en', null)).toContain('Sector Voice');
  });

  it('shortens a long partnership name instead of spilling into a second segment', () => {
    const reply = helpReply('en', 'x'.repeat(160));
    expect(reply).toMatch(/x\.\.\./);
    expect(reply).toContain('Reply STOP');
  });

  it('tells how to come back after an opt-out, and how to leave after an opt-in', () => {
    expect(optOutReply('en')).toContain('START');
    expect(optOutReply('es')).toContain('START');
    expect(optInReply('en')).toContain('STOP');
    expect(optInReply('es')).toContain('STOP');
  });

  it('asks an unclear reply only how to stop: no link, no survey, no marketing', () => {
    expect(clarifyReply('en')).toBe('Sector Voice: Reply STOP to stop these texts.');
    expect(clarifyReply('es')).toBe('Sector Voice: Responda STOP para dejar de recibir estos mensajes.');
    for (const language of ['en', 'es'] as const)
      expect(clarifyReply(language)).not.toMatch(/http|survey|encuesta/i);
  });

  it('confirms an opt-out and nothing more: no link, no survey, no marketing (47 CFR 64.1200(a)(12))', () => {
    for (const language of ['en', 'es'] as const) {
      expect(optOutReply(language)).not.toMatch(/http|survey|encuesta/i);
      expect(optOutReply(language)).toContain('START');
    }
  });
});
