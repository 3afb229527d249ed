/**
 * Printed links (issue 11, "insiders cannot act as a worker"): staff print a link only for the people
 * they pick, never re-key a link a text or email carried, and never reach a worker's saved draft.
 * Each case attacks as an analyst would, with real messages from the development senders.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { linkToken } from '../../server/campaigns/links.ts';
import { adminClient, makeTestApp, staffClient, testLinkSecret, type TestContext } from '../helpers/app.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { draftCampaign, recordingSenders } from '../distribution/helpers.ts';

/** Three workers by SMS, two by email, one with no channel (a printed link is all they get). */
async function launched(options: { dispatch?: boolean } = {}) {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin);
  const launch = await admin.post(`/api/campaigns/${audience.campaignId}/launch`);
  expect(launch.status).toBe(200);
  if (options.dispatch ?? true) await dispatchDue(ctx.deps);
  const analyst = await staffClient(ctx, admin, 'analyst', [audience.partnershipId]);
  const id = (name: string) => audience.contacts.find((c) => c.firstName === name)!.id;
  return { ctx, admin, analyst, audience, id, campaignId: audience.campaignId };
}

/** What the worker received: the token in the SMS or email the development sender "sent" them. */
async function receivedToken(ctx: TestContext, contactId: string): Promise<string> {
  const inv = ctx.raw
    .prepare('SELECT id, link_version FROM invitations WHERE contact_id = ?')
    .get(contactId) as { id: string; link_version: number };
  return linkToken(testLinkSecret, inv.id, inv.link_version);
}

const hashes = (ctx: TestContext) =>
  Object.fromEntries(
    (
      ctx.raw.prepare('SELECT contact_id, token_hash FROM invitations').all() as {
        contact_id: string;
        token_hash: string;
      }[]
    ).map((r) => [r.contact_id, r.token_hash]),
  );

const tokenOf = (url: string) => url.split('/s/')[1]!;
const postJson = (ctx: TestContext, path: string, answers: object) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });

describe('POST /api/campaigns/:id/links', () => {
  it('prints each card in the language of the page it opens: the contact\'s, else the partnership\'s fallback', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const audience = await draftCampaign(admin, { sms: 0, email: 0, unreachable: 0 });
    const added = await admin.post(`/api/partnerships/${audience.partnershipId}/contacts`, [
      { firstName: 'Lan', phone: '+13125554001', language: 'vi', kind: 'worker' },
      // Somali: no built-in template has it, so the invitation takes the fallback, and so does the card.
      { firstName: 'Cali', phone: '+13125554002', language: 'so', kind: 'worker' },
    ]);
    expect(added.status, added.text).toBe(201);
    const fallback = await admin.patch(`/api/partnerships/${audience.partnershipId}`, { fallbackLanguage: 'es' });
    expect(fallback.status, fallback.text).toBe(200);
    expect((await admin.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
    const ids = (added.json.created as { id: string; firstName: string }[]).map((c) => c.id);
    const res = await admin.post(`/api/campaigns/${audience.campaignId}/links`, { contactIds: ids });
    expect(res.status, res.text).toBe(200);
    const byName = Object.fromEntries(
      (res.json.links as { firstName: string; cardLanguage: string; language: string; url: string }[]).map((l) => [l.firstName, l]),
    );
    expect(byName.Lan).toMatchObject({ cardLanguage: 'vi', language: 'vi' });
    expect(byName.Cali).toMatchObject({ cardLanguage: 'es', language: 'so' });
    // The card's link opens the page in that language.
    const page = await (await ctx.app.request(new URL(byName.Cali!.url).pathname)).text();
    expect(page).toContain('<html lang="es"');
  });

  it('leaves an SMS or email link working when an analyst picks its contact, and lists them as skipped', async () => {
    const { ctx, analyst, id, campaignId } = await launched();
    const sms = await receivedToken(ctx, id('Sam0'));
    const email = await receivedToken(ctx, id('Em0'));
    const before = hashes(ctx);

    const res = await analyst.post(`/api/campaigns/${campaignId}/links`, {
      contactIds: [id('Sam0'), id('Em0'), id('Un0')],
    });
    expect(res.status).toBe(200);
    expect(res.json.skipped).toEqual([
      { contactId: id('Sam0'), firstName: 'Sam0', lastName: '', reason: 'delivered_by_sms' },
      { contactId: id('Em0'), firstName: 'Em0', lastName: '', reason: 'delivered_by_email' },
    ]);
    expect(res.json.links).toHaveLength(1);
    expect(res.json.links[0]).toMatchObject({ contactId: id('Un0'), firstName: 'Un0' });
    expect(res.json.links[0].url).toMatch(/^http:\/\/survey\.test\/s\/[\w-]{24}$/);

    // The links the workers received still open their survey; nothing of theirs was re-keyed.
    expect((await ctx.app.request(`/s/${sms}`)).status).toBe(200);
    expect((await ctx.app.request(`/s/${email}`)).status).toBe(200);
    const after = hashes(ctx);
    for (const [contact, hash] of Object.entries(before))
      if (contact !== id('Un0')) expect(after[contact], contact).toBe(hash);
    expect(after[id('Un0')]).not.toBe(before[id('Un0')]);
    expect((await ctx.app.request(`/s/${tokenOf(res.json.links[0].url)}`)).status).toBe(200);
  });

  it('counts an invitation still queued or a reminder sent as carrying the link, and a failed one as not', async () => {
    const { ctx, admin, analyst, id, campaignId } = await launched({ dispatch: false });
    const queued = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Sam1')] });
    expect(queued.json).toMatchObject({ links: [], skipped: [{ reason: 'delivered_by_sms' }] });

    const rec = recordingSenders(ctx);
    const phone = (
      ctx.raw.prepare('SELECT phone FROM contacts WHERE id = ?').get(id('Sam1')) as {
        phone: string;
      }
    ).phone;
    rec.script.set(phone, [{ ok: false, permanent: true, code: '21211', message: 'Not a valid number' }]);
    await dispatchDue(ctx.deps);
    const failed = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Sam1')] });
    expect(failed.json.skipped).toEqual([]);
    expect(failed.json.links.map((l: { contactId: string }) => l.contactId)).toEqual([id('Sam1')]);
    // A reminder that went out carries the link as much as the invitation would have.
    ctx.raw
      .prepare(
        "UPDATE outbox SET status = CASE purpose WHEN 'invitation' THEN 'failed' ELSE 'sent' END WHERE contact_id = ? AND sequence <= 1",
      )
      .run(id('Sam2'));
    const reminded = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Sam2')] });
    expect(reminded.json).toMatchObject({ links: [], skipped: [{ reason: 'delivered_by_sms' }] });
    // Listed for printing too, now that no message carries their link.
    const printable = await admin.get(`/api/campaigns/${campaignId}/printable`);
    expect(printable.json.contacts.map((c: { firstName: string }) => c.firstName).sort()).toEqual([
      'Sam1',
      'Un0',
    ]);
  });

  it('re-keys only the picked invitation: a second print retires the first card alone', async () => {
    const { ctx, analyst, id, campaignId } = await launched();
    const first = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    const card = tokenOf(first.json.links[0].url);
    const before = hashes(ctx);
    const second = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    const replacement = tokenOf(second.json.links[0].url);
    expect(replacement).not.toBe(card);
    expect((await ctx.app.request(`/s/${card}`)).status).toBe(404);
    expect((await ctx.app.request(`/s/${replacement}`)).status).toBe(200);
    const after = hashes(ctx);
    expect(Object.keys(after).filter((c) => after[c] !== before[c])).toEqual([id('Un0')]);
  });

  it('skips a completed invitation and an id that is not invited, naming only invitees', async () => {
    const { ctx, admin, analyst, id, campaignId } = await launched();
    const card = tokenOf(
      (await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] })).json.links[0]
        .url,
    );
    const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(7));
    const submitted = await postJson(ctx, `/s/${card}/submit`, answers);
    expect(submitted.status, await submitted.clone().text()).toBe(200);

    const other = await admin.post('/api/partnerships', {
      name: 'Other',
      sector: 'S',
      region: 'R',
      timeZone: 'UTC',
    });
    const stranger = (
      await admin.post(`/api/partnerships/${other.json.partnership.id}/contacts`, [
        { firstName: 'Secret', lastName: 'Stranger', phone: '+13125559999', kind: 'worker' },
      ])
    ).json.created[0].id as string;

    const res = await analyst.post(`/api/campaigns/${campaignId}/links`, {
      contactIds: [id('Un0'), stranger, 'no-such-contact'],
    });
    expect(res.status).toBe(200);
    expect(res.json.links).toEqual([]);
    expect(res.json.skipped).toEqual([
      { contactId: id('Un0'), firstName: 'Un0', lastName: '', reason: 'completed' },
      { contactId: stranger, firstName: '', lastName: '', reason: 'not_invited' },
      { contactId: 'no-such-contact', firstName: '', lastName: '', reason: 'not_invited' },
    ]);
    expect(res.text).not.toContain('Stranger');
  });

  it("does not show the contact's saved draft on the new printed link", async () => {
    const { ctx, analyst, id, campaignId } = await launched();
    const card = tokenOf(
      (await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] })).json.links[0]
        .url,
    );
    const secret = 'Quokka-5512: my lead makes us skip breaks';
    expect((await postJson(ctx, `/s/${card}/draft`, { pay_fair: 2, comment: secret })).status).toBe(200);
    expect(await (await ctx.app.request(`/s/${card}`)).text()).toContain(secret);

    // The analyst prints again for the same person, then opens the new link.
    const res = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    const page = await ctx.app.request(`/s/${tokenOf(res.json.links[0].url)}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toContain(secret);
    expect(html).not.toContain('Quokka');
    expect(html).toContain('"answers":{}');
  });

  it('refuses viewers, and requests that name nobody or too many', async () => {
    const { ctx, admin, analyst, audience, id, campaignId } = await launched();
    const viewer = await staffClient(ctx, admin, 'viewer', [audience.partnershipId]);
    const before = hashes(ctx);
    const denied = await viewer.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    expect(denied.status).toBe(403);
    expect(denied.json.error.code).toBe('FORBIDDEN');
    for (const body of [
      {},
      { contactIds: [] },
      { contactIds: Array.from({ length: 501 }, (_, i) => `c${i}`) },
    ]) {
      const res = await analyst.post(`/api/campaigns/${campaignId}/links`, body);
      expect(res.status).toBe(422);
      expect(res.json.error.code).toBe('VALIDATION_FAILED');
    }
    expect(hashes(ctx)).toEqual(before);
  });

  it('logs who issued how many links, with no name or token', async () => {
    const { ctx, analyst, id, campaignId } = await launched();
    const lines: [string, Record<string, unknown> | undefined][] = [];
    ctx.deps.log.info = (msg, fields) => void lines.push([msg, fields]);
    const me = (await analyst.get('/api/auth/me')).json.user.id as string;
    const res = await analyst.post(`/api/campaigns/${campaignId}/links`, {
      contactIds: [id('Un0'), id('Sam0')],
    });
    const logged = lines.filter(([msg]) => /printed links/.test(msg));
    expect(logged).toEqual([['printed links issued', { userId: me, campaignId, issued: 1 }]]);
    const text = JSON.stringify(lines);
    expect(text).not.toContain('Un0');
    expect(text).not.toContain(tokenOf(res.json.links[0].url));
  });
});

describe('GET /api/campaigns/:id/printable', () => {
  it('lists the invitees no message reached who have not answered, searchable, for staff who may print', async () => {
    const { ctx, admin, analyst, audience, campaignId } = await launched();
    const res = await analyst.get(`/api/campaigns/${campaignId}/printable`);
    expect(res.status).toBe(200);
    expect(res.json.total).toBe(1);
    expect(res.json.contacts).toEqual([
      {
        contactId: audience.contacts.find((c) => c.firstName === 'Un0')!.id,
        firstName: 'Un0',
        lastName: '',
        email: null,
        phone: '+13125553000',
        language: 'en',
        organization: null,
      },
    ]);
    expect((await analyst.get(`/api/campaigns/${campaignId}/printable?q=un`)).json.total).toBe(1);
    expect((await analyst.get(`/api/campaigns/${campaignId}/printable?q=sam`)).json.total).toBe(0);
    expect((await analyst.get(`/api/campaigns/${campaignId}/printable?limit=0`)).status).toBe(422);
    const viewer = await staffClient(ctx, admin, 'viewer', [audience.partnershipId]);
    expect((await viewer.get(`/api/campaigns/${campaignId}/printable`)).status).toBe(403);
  });
});
