/**
 * HELP by SMS gives the partnership's help contact, whole and within one GSM-7 segment, or leaves it
 * out when it cannot be sent as written; and only when every contact with the number belongs to one
 * partnership (another partnership's contact would be wrong for someone).
 */
import { describe, expect, it } from 'vitest';
import { helpReply } from '../../server/distribution/replies.ts';
import { smsLength } from '../../server/distribution/sms-segments.ts';
import { makeTestApp } from '../helpers/app.ts';
import { text } from './inbound-helpers.ts';
import { smsFixture } from './twilio-fixtures.ts';

const oneGsmSegment = { encoding: 'GSM-7', segments: 1 };
const names = [
  null,
  'River Valley Advanced Manufacturing',
  'Consorcio Regional de Manufactura Avanzada del Valle de Río Grande & Asociados',
  'x'.repeat(160),
];
const contacts = ['+13125550100', 'help@rivervalley.org', 'questions@rivervalleyworkforce.org'];

describe('the HELP reply with a help contact', () => {
  it('keeps every reply to one GSM-7 segment, giving the contact whole and shortening the name first', () => {
    for (const language of ['en', 'es'] as const) {
      for (const name of names) {
        for (const contact of contacts) {
          const reply = helpReply(language, name, contact);
          expect(smsLength(reply), `${language} ${name} ${contact}`).toMatchObject(oneGsmSegment);
          // With no partnership named (a number we do not know) no contact is ever given anyway.
          if (name) expect(reply).toContain(` ${contact}.`);
          expect(reply).toContain('STOP');
        }
      }
    }
    expect(helpReply('en', 'River Valley', '+13125550100')).toBe(
      'Sector Voice runs short, private surveys for River Valley. Questions: +13125550100. Reply STOP to opt out, START to opt back in.',
    );
    expect(helpReply('es', 'River Valley', 'help@rivervalley.org')).toContain('Preguntas: help@rivervalley.org.');
  });

  it('leaves out a contact that GSM-7 would change or that cannot fit, never a piece of one', () => {
    // GSM-7 has no í: it would arrive as "maria", another address.
    expect(helpReply('en', 'River Valley', 'maría@rivervalley.org')).toBe(helpReply('en', 'River Valley'));
    const long = `${'a'.repeat(120)}@rivervalley.org`;
    expect(helpReply('en', 'River Valley', long)).toBe(helpReply('en', 'River Valley'));
    expect(helpReply('en', 'River Valley', null)).toBe(helpReply('en', 'River Valley'));
  });
});

describe('POST /webhooks/twilio/inbound: HELP with a help contact', () => {
  const maria = '+13125550101';
  const jose = '+13125550102';

  it("answers with the partnership's help contact, in the contact's language or the word's", async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: jose, language: 'es' }]);
    await f.client.patch(`/api/partnerships/${f.partnershipIds[0]}`, { helpContact: '+1 312 555 0100' });
    const name = f.partnershipNames[0]!;
    expect(await text(ctx, maria, 'HELP')).toBe(helpReply('en', name, '+13125550100'));
    expect(await text(ctx, maria, 'HELP')).toContain('Questions: +13125550100.');
    expect(await text(ctx, jose, 'HELP')).toBe(helpReply('es', name, '+13125550100'));
    expect(await text(ctx, maria, 'ayuda')).toContain('Preguntas: +13125550100.');
    // A number we do not know learns no partnership's contact.
    expect(await text(ctx, '+13125559999', 'HELP')).toBe(helpReply('en', null));
  });

  it('gives no help contact to a number that belongs to two partnerships', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }]);
    await f.client.patch(`/api/partnerships/${f.partnershipIds[0]}`, { helpContact: '+13125550100' });
    const reply = (await text(ctx, maria, 'HELP'))!;
    expect(reply).toBe(helpReply('en', null));
    expect(reply).not.toContain('5550100');
  });
});
