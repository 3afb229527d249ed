/**
 * Every page language's texts against its SMS budget (sms-segments.ts), with long names and long
 * links, and its keywords against classifyInbound. Loops over `langs`: a language added to the page
 * languages is held to the same rules without a line changed here.
 */
import { describe, expect, it } from 'vitest';
import { languageOf } from '../../surveys/language-list.ts';
import { langs } from '../../surveys/languages.ts';
import { words } from '../../surveys/words/index.ts';
import { classifyInbound, keywords, normalizeKeyword } from '../../surveys/sms/keywords.ts';
import { emailMessage, smsText } from '../../server/distribution/messages.ts';
import {
  clarifyReply,
  helpReply,
  optInReply,
  optOutReply,
  replyLanguage,
} from '../../server/distribution/replies.ts';
import {
  cheapestFit,
  fitsBudget,
  fullestFit,
  smsBudget,
  smsLength,
} from '../../server/distribution/sms-segments.ts';

// A real link is PUBLIC_URL, /s/ and a 24-character token (server/campaigns/links.ts): the first is
// a long deployment's; the second has a 43-character token, as a 256-bit link would.
const longLinks = [
  `https://survey.rivervalleyworkforce.org/s/${'A'.repeat(24)}`,
  `https://survey.example.org/s/${'x'.repeat(43)}`,
];
const shortLink = `https://sv.example.org/s/${'b'.repeat(24)}`;
// 30 characters each (and one written without spaces), and 15-character first names in three scripts.
const partnerships = [
  'River Valley Advanced Mfg Hub.',
  'Alianza Laboral del Río Grande',
  'Coalición de Empleos Sur Tejas',
  '河谷先进制造业劳动力合作伙伴关系与职业培训中心联盟',
];
const firstNames = ['Maximiliano Ale', 'Nguyễn Thị Minh', 'عبد الرحمن محمد'];
const purposes = ['invitation', 'reminder'] as const;

describe('the SMS budget', () => {
  it('is one GSM-7 segment for a GSM-7 language; two for UCS-2, one for the opt-out and the clarifying text', () => {
    for (const lang of langs) {
      const gsm7 = languageOf(lang)!.sms === 'GSM-7';
      for (const kind of ['invitation', 'reminder', 'optIn', 'help'] as const)
        expect(smsBudget(lang, kind), `${lang} ${kind}`).toEqual({ gsm7, segments: gsm7 ? 1 : 2 });
      for (const kind of ['optOut', 'clarify'] as const)
        expect(smsBudget(lang, kind), `${lang} ${kind}`).toEqual({ gsm7, segments: 1 });
    }
  });

  it('holds a GSM-7 budget to the GSM-7 alphabet, and lets a UCS-2 one take either', () => {
    expect(fitsBudget('Hola José', { gsm7: true, segments: 1 })).toBe(true);
    expect(fitsBudget('Hola María', { gsm7: true, segments: 1 })).toBe(false);
    expect(fitsBudget('Hola María', { gsm7: false, segments: 1 })).toBe(true);
    expect(fitsBudget('á'.repeat(71), { gsm7: false, segments: 1 })).toBe(false);
    expect(fitsBudget('á'.repeat(134), { gsm7: false, segments: 2 })).toBe(true);
    expect(fitsBudget('á'.repeat(135), { gsm7: false, segments: 2 })).toBe(false);
  });

  it('takes the fewest segments for a message, and the fullest text within the budget for a reply', () => {
    const ucs2 = { gsm7: false, segments: 2 };
    const full = `${'á'.repeat(100)}`;
    const short = `${'á'.repeat(60)}`;
    expect(cheapestFit(ucs2, () => [full, short])).toBe(short);
    expect(cheapestFit(ucs2, () => [full])).toBe(full);
    expect(cheapestFit(ucs2, () => ['á'.repeat(200)])).toBeUndefined();
    expect(fullestFit(ucs2, [full, short])).toBe(full);
  });
});

describe.each(langs)('SMS in %s', (lang) => {
  const { gsm7 } = smsBudget(lang, 'invitation');
  const context = (
    purpose: (typeof purposes)[number],
    firstName: string,
    partnershipName: string,
    link: string,
  ) => ({
    purpose,
    language: lang,
    firstName,
    partnershipName,
    link,
    closesOn: '2026-09-30',
    minGroupSize: 5,
  });

  it('fits every invitation and reminder to the budget with a 30-character partnership, a 15-character name and a long link', () => {
    for (const purpose of purposes)
      for (const link of longLinks)
        for (const firstName of firstNames)
          for (const partnershipName of partnerships) {
            const text = smsText(context(purpose, firstName, partnershipName, link));
            expect(fitsBudget(text, smsBudget(lang, purpose)), `${smsLength(text).units}: ${text}`).toBe(
              true,
            );
            expect(text).toContain(link);
            expect(text).toContain('STOP');
          }
  });

  it('names the person as a GSM-7 language can carry the name, and as written in UCS-2', () => {
    for (const purpose of purposes) {
      const text = smsText(context(purpose, 'Nguyễn', 'Alianza Sur', shortLink));
      expect(text).toContain(gsm7 ? 'Nguyen' : 'Nguyễn');
      expect(text).toContain('Alianza Sur');
    }
  });

  it('keeps every reply to its budget, with any partnership name and help contact', () => {
    expect(fitsBudget(optOutReply(lang), smsBudget(lang, 'optOut')), optOutReply(lang)).toBe(true);
    expect(fitsBudget(optInReply(lang), smsBudget(lang, 'optIn')), optInReply(lang)).toBe(true);
    expect(fitsBudget(clarifyReply(lang), smsBudget(lang, 'clarify')), clarifyReply(lang)).toBe(true);
    for (const name of [null, ...partnerships, 'x'.repeat(160)])
      for (const contact of [
        null,
        '+13125550100',
        'questions@rivervalleyworkforce.org',
        'maría@rivervalley.org',
      ]) {
        const reply = helpReply(lang, name, contact);
        expect(fitsBudget(reply, smsBudget(lang, 'help')), reply).toBe(true);
        expect(reply).toContain('STOP');
      }
  });

  it('gives a help contact whole, or not at all when the language cannot carry it as written', () => {
    expect(helpReply(lang, 'River Valley', '+13125550100')).toContain('+13125550100');
    const accented = helpReply(lang, 'River Valley', 'maría@rivervalley.org');
    if (gsm7) expect(accented).toBe(helpReply(lang, 'River Valley'));
    else expect(accented).toContain('maría@rivervalley.org');
    expect(helpReply(lang, 'River Valley', `${'a'.repeat(200)}@rivervalley.org`)).toBe(
      helpReply(lang, 'River Valley'),
    );
  });

  it('confirms an opt-out with how to come back and nothing more, and asks an unclear reply only how to stop', () => {
    expect(optOutReply(lang)).toContain('START');
    expect(optInReply(lang)).toContain('STOP');
    expect(clarifyReply(lang)).toContain('STOP');
    for (const text of [optOutReply(lang), clarifyReply(lang)]) expect(text).not.toMatch(/https?:|\/s\//);
  });

  it('writes the email in the language and its direction', () => {
    const m = emailMessage('a@example.org', {
      ...context('invitation', 'Ana', 'Alianza Sur', shortLink),
      unsubscribeUrl: 'https://sv.example.org/u/c1.mac',
      postalAddress: '100 Main St, Peoria, IL 61602',
    });
    expect(m.html).toContain(`<html lang="${lang}" dir="${languageOf(lang)!.dir}">`);
    expect(m.subject).toContain('Alianza Sur');
    expect(m.text).toContain(shortLink);
    expect(m.text).toContain(words[lang].email.unsubscribe);
  });
});

describe('keywords in every page language', () => {
  const lists = [
    ['optOut', 'opt_out'],
    ['optIn', 'opt_in'],
    ['help', 'help'],
  ] as const;

  it.each(langs)('reads every %s keyword as its action and its language', (lang) => {
    for (const [list, action] of lists)
      for (const word of words[lang].keywords[list]) {
        const expected = { action, language: lang === 'en' ? null : lang };
        expect(classifyInbound(word), word).toEqual(expected);
        expect(classifyInbound(` ${word.toLowerCase()}. `), word).toEqual(expected);
        expect(keywords[list]).toContain(
          list === 'optOut' ? normalizeKeyword(word).replace(/[\s\-_.]+/g, '') : normalizeKeyword(word),
        );
      }
  });

  it('gives no word two meanings: each is in the list of one action in one language', () => {
    const seen = new Map<string, string>();
    for (const lang of langs)
      for (const [list] of lists)
        for (const word of words[lang].keywords[list]) {
          const key = normalizeKeyword(word).replace(/[\s\-_.]+/g, '');
          // The same word with and without its space ("BAT DAU", "BATDAU") may stand twice in one list.
          expect(seen.get(key) ?? `${lang} ${list}`, word).toBe(`${lang} ${list}`);
          seen.set(key, `${lang} ${list}`);
        }
  });

  it('keeps words in any script as texts are compared: marks, tatweel, đ, full width and punctuation aside', () => {
    expect(normalizeKeyword('退订。')).toBe('退订');
    expect(normalizeKeyword(' 「退订」 ')).toBe('退订');
    expect(normalizeKeyword('تَوَقَّفْ')).toBe('توقف');
    expect(normalizeKeyword('تـوقـف!')).toBe('توقف');
    expect(normalizeKeyword('إلغاء')).toBe('الغاء');
    expect(normalizeKeyword('Dừng lại')).toBe('DUNG LAI');
    expect(normalizeKeyword('Đăng ký')).toBe('DANG KY');
    expect(normalizeKeyword('ＳＴＯＰ')).toBe('STOP');
    expect(normalizeKeyword('¡Sí!')).toBe('SI');
  });

  it('answers in the language of the contacts: a page language one of them speaks, else English', () => {
    expect(replyLanguage([])).toBe('en');
    expect(replyLanguage(['so'])).toBe('en');
    expect(replyLanguage(['en', 'es'])).toBe('es');
    for (const lang of langs) {
      expect(replyLanguage(['en', lang, 'so'])).toBe(lang);
      expect(replyLanguage([lang])).toBe(lang);
    }
  });
});
