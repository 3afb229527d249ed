/**
 * Every keyword of every page language (surveys/words/) through the real inbound webhook, signed as
 * Twilio signs it: each does what its list says, and the reply is in the word's language, or in the
 * contact's when the word is English (carriers act on the English words, so they say nothing about
 * the sender). Loops over `langs`, so a language added to the page languages is tested here too.
 */
import { describe, expect, it } from 'vitest';
import { langs, type Lang } from '../../surveys/languages.ts';
import { words } from '../../surveys/words/index.ts';
import { clarifyReply, helpReply, optInReply, optOutReply } from '../../server/distribution/replies.ts';
import { makeTestApp } from '../helpers/app.ts';
import { text } from './inbound-helpers.ts';
import { optedOutAt, setOutboxStatus, smsFixture } from './twilio-fixtures.ts';

const english = '+13125550101';
const spanish = '+13125550102';

describe.each(langs)('POST /webhooks/twilio/inbound: the %s keywords', (lang) => {
  // A local word is sent by an English-speaking contact and an English word by a Spanish-speaking
  // one, so the reply's language tells which language the word was read in.
  const local = lang !== 'en';
  const from = local ? english : spanish;
  const contactLanguage: Lang = local ? 'en' : 'es';
  const expected: Lang = local ? lang : contactLanguage;

  async function setUp() {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: english }, { phone: spanish, language: 'es' }]);
    return { ctx, f, contactId: f.contactIds[local ? 0 : 1]! };
  }

  it('opts out on every opt-out word, confirming in the language of the word (or the contact)', async () => {
    const { ctx, contactId } = await setUp();
    for (const word of words[lang].keywords.optOut) {
      expect(await text(ctx, from, word), word).toBe(optOutReply(expected));
      expect((await optedOutAt(ctx.deps, contactId)).sms, word).not.toBeNull();
      expect(await text(ctx, from, 'START'), word).toBe(optInReply(contactLanguage));
    }
  });

  it('opts back in on every opt-in word, confirming in the language of the word (or the contact)', async () => {
    const { ctx, contactId } = await setUp();
    for (const word of words[lang].keywords.optIn) {
      expect(await text(ctx, from, 'STOP'), word).not.toBeNull();
      expect(await text(ctx, from, word), word).toBe(optInReply(expected));
      expect((await optedOutAt(ctx.deps, contactId)).sms, word).toBeNull();
    }
  });

  it('answers every help word in the language of the word (or the contact)', async () => {
    const { ctx, f } = await setUp();
    for (const word of words[lang].keywords.help)
      expect(await text(ctx, from, word), word).toBe(helpReply(expected, f.partnershipNames[0]!));
  });
});

describe.each(langs)('POST /webhooks/twilio/inbound: a contact who speaks %s', (lang) => {
  const phone = '+13125550103';
  const local = words[lang].keywords;

  it('honours an English STOP in the middle of their own words, answering each in their language', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone, language: lang }]);
    const name = f.partnershipNames[0]!;
    expect(await text(ctx, phone, local.help[0]!)).toBe(helpReply(lang, name));
    expect(await text(ctx, phone, 'STOP')).toBe(optOutReply(lang));
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
    expect(await text(ctx, phone, local.optOut[0]!)).toBeNull();
    expect(await text(ctx, phone, local.optIn[0]!)).toBe(optInReply(lang));
    expect(await text(ctx, phone, 'HELP')).toBe(helpReply(lang, name));
    expect(await text(ctx, phone, local.optOut.at(-1)!)).toBe(optOutReply(lang));
    expect(await text(ctx, phone, 'START')).toBe(optInReply(lang));
  });

  it('asks an unclear reply how to stop in their language', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone, language: lang }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'delivered');
    expect(await text(ctx, phone, 'who is this?')).toBe(clarifyReply(lang));
  });
});

describe('POST /webhooks/twilio/inbound: English words from a Spanish speaker', () => {
  it('opts out on an English STOP and confirms in Spanish', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: spanish, language: 'es' }]);
    expect(await text(ctx, spanish, 'STOP')).toBe(optOutReply('es'));
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
  });
});
