import { describe, expect, it } from 'vitest';
import { describePhone, optInPhone, optOutEmail, optOutPhone } from '../../server/distribution/opt-out.ts';
import { recordSeen } from '../../server/distribution/webhook-events.ts';
import { makeTestApp } from '../helpers/app.ts';
import { dumpDatabase, optedOutAt, outboxRow, setOutboxStatus, smsFixture } from './twilio-fixtures.ts';

const maria = '+13125550101';
const other = '+13125550102';

describe('optOutPhone', () => {
  it('opts out every contact with the phone, in every partnership, and holds their queued texts', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [
      { phone: maria, email: 'maria@example.org' },
      { phone: maria, partnership: 1 },
      { phone: other },
    ]);
    const result = await optOutPhone(ctx.deps, maria);
    expect(result).toEqual({ changed: 2, contacts: 2, language: 'en' });
    const now = ctx.clock.now().toISOString();
    expect(await optedOutAt(ctx.deps, f.contactIds[0]!)).toEqual({ sms: now, email: null });
    expect((await optedOutAt(ctx.deps, f.contactIds[1]!)).sms).toBe(now);
    expect((await optedOutAt(ctx.deps, f.contactIds[2]!)).sms).toBeNull();
    const [mariaSms, mariaEmail, mariaSms2, otherSms] = f.outbox;
    expect((await outboxRow(ctx.deps, mariaSms!.id)).status).toBe('opted_out');
    expect((await outboxRow(ctx.deps, mariaSms2!.id)).status).toBe('opted_out');
    expect((await outboxRow(ctx.deps, mariaEmail!.id)).status).toBe('queued');
    expect((await outboxRow(ctx.deps, otherSms!.id)).status).toBe('queued');
  });

  it('leaves messages already handed to Twilio as they are', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }]);
    await setOutboxStatus(ctx.deps, f.outbox[0]!.id, 'sending');
    await setOutboxStatus(ctx.deps, f.outbox[1]!.id, 'delivered', `SM${'1'.repeat(32)}`);
    await optOutPhone(ctx.deps, maria);
    expect((await outboxRow(ctx.deps, f.outbox[0]!.id)).status).toBe('sending');
    expect((await outboxRow(ctx.deps, f.outbox[1]!.id)).status).toBe('delivered');
  });

  it('keeps the first opt-out time and reports no change on a repeat', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await optOutPhone(ctx.deps, maria);
    const first = (await optedOutAt(ctx.deps, f.contactIds[0]!)).sms;
    ctx.clock.advance(3600_000);
    expect((await optOutPhone(ctx.deps, maria)).changed).toBe(0);
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).toBe(first);
  });

  it('answers in Spanish when a contact with the phone prefers it', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }, { phone: maria, language: 'es', partnership: 1 }]);
    expect((await optOutPhone(ctx.deps, maria)).language).toBe('es');
  });

  it("writes the webhook's record of the message in the same atomic write: if that fails, nobody is opted out", async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await ctx.deps.atomic(recordSeen(ctx.deps, 'k'.repeat(64), true));
    const before = dumpDatabase(ctx.raw);
    await expect(optOutPhone(ctx.deps, maria, recordSeen(ctx.deps, 'k'.repeat(64), true))).rejects.toThrow(
      /UNIQUE/,
    );
    expect(dumpDatabase(ctx.raw)).toBe(before);
    expect((await optOutPhone(ctx.deps, maria, recordSeen(ctx.deps, 'j'.repeat(64), true))).changed).toBe(1);
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
  });

  it('does nothing for a number no contact has', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpDatabase(ctx.raw);
    expect(await optOutPhone(ctx.deps, '+13125559999')).toEqual({ changed: 0, contacts: 0, language: 'en' });
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });
});

describe('optInPhone', () => {
  it('clears the opt-out for every contact with the phone; held messages stay held', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }, { phone: maria, partnership: 1 }]);
    await optOutPhone(ctx.deps, maria);
    expect((await optInPhone(ctx.deps, maria)).changed).toBe(2);
    for (const id of f.contactIds) expect((await optedOutAt(ctx.deps, id)).sms).toBeNull();
    for (const row of f.outbox) expect((await outboxRow(ctx.deps, row.id)).status).toBe('opted_out');
  });

  it('writes the given statements with the opt-in, all or none', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    await optOutPhone(ctx.deps, maria);
    await ctx.deps.atomic(recordSeen(ctx.deps, 'k'.repeat(64), true));
    await expect(optInPhone(ctx.deps, maria, recordSeen(ctx.deps, 'k'.repeat(64), true))).rejects.toThrow();
    expect((await optedOutAt(ctx.deps, f.contactIds[0]!)).sms).not.toBeNull();
  });

  it('reports no change for a contact who never opted out', async () => {
    const ctx = makeTestApp();
    await smsFixture(ctx, [{ phone: maria }]);
    expect((await optInPhone(ctx.deps, maria)).changed).toBe(0);
  });
});

describe('optOutEmail', () => {
  it('opts out every contact with that address and holds their queued email, not their texts', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [
      { phone: maria, email: 'maria@example.org', language: 'es' },
      { email: 'maria@example.org', partnership: 1 },
      { email: 'someone@example.org' },
    ]);
    expect(await optOutEmail(ctx.deps, f.contactIds[0]!)).toEqual({
      changed: 2,
      contacts: 2,
      language: 'es',
    });
    const now = ctx.clock.now().toISOString();
    expect(await optedOutAt(ctx.deps, f.contactIds[0]!)).toEqual({ sms: null, email: now });
    expect((await optedOutAt(ctx.deps, f.contactIds[1]!)).email).toBe(now);
    expect((await optedOutAt(ctx.deps, f.contactIds[2]!)).email).toBeNull();
    const statuses = await Promise.all(
      f.outbox.map(async (r) => [r.channel, (await outboxRow(ctx.deps, r.id)).status]),
    );
    expect(statuses).toEqual([
      ['sms', 'queued'],
      ['email', 'opted_out'],
      ['email', 'opted_out'],
      ['email', 'queued'],
    ]);
    expect((await optOutEmail(ctx.deps, f.contactIds[1]!)).changed).toBe(0);
  });

  it('does nothing for an unknown contact or one without an address', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [{ phone: maria }]);
    const before = dumpDatabase(ctx.raw);
    expect((await optOutEmail(ctx.deps, 'no-such-contact')).changed).toBe(0);
    expect((await optOutEmail(ctx.deps, f.contactIds[0]!)).changed).toBe(0);
    expect(dumpDatabase(ctx.raw)).toBe(before);
  });
});

describe('describePhone', () => {
  it('names the partnership only when the phone belongs to one', async () => {
    const ctx = makeTestApp();
    const f = await smsFixture(ctx, [
      { phone: maria, language: 'es' },
      { phone: other },
      { phone: other, partnership: 1 },
    ]);
    expect(await describePhone(ctx.deps, maria)).toEqual({
      contacts: 1,
      language: 'es',
      partnershipName: f.partnershipNames[0],
      helpContact: null,
    });
    expect(await describePhone(ctx.deps, other)).toEqual({
      contacts: 2,
      language: 'en',
      partnershipName: null,
      helpContact: null,
    });
    expect(await describePhone(ctx.deps, '+13125559999')).toEqual({
      contacts: 0,
      language: 'en',
      partnershipName: null,
      helpContact: null,
    });
  });
});
