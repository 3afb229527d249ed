/**
 * Printed cards' short codes at /c (issue 14): a code opens exactly the link the card was printed
 * with, forgives how it is typed, retires with its card, and tells a guesser nothing beyond what /s/
 * says. Guessing is throttled per client and for everyone, and the throttle keeps no address.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { codeAlphabet, normalizeCode } from '../../server/campaigns/links.ts';
import { codeTriesPerClientHour, codeTriesPerHour } from '../../server/respond/code-tries.ts';
import { adminClient, makeTestApp, staffClient, testClientHeader, type TestContext } from '../helpers/app.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { draftCampaign } from '../distribution/helpers.ts';

const codeShape = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

async function printed(contacts = ['Un0', 'Un1', 'Un2']) {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin, { unreachable: 3 });
  expect((await admin.post(`/api/campaigns/${audience.campaignId}/launch`)).status).toBe(200);
  await dispatchDue(ctx.deps);
  const analyst = await staffClient(ctx, admin, 'analyst', [audience.partnershipId]);
  const id = (name: string) => audience.contacts.find((c) => c.firstName === name)!.id;
  const res = await analyst.post(`/api/campaigns/${audience.campaignId}/links`, {
    contactIds: contacts.map(id),
  });
  expect(res.status, res.text).toBe(200);
  const cards = res.json.links as { firstName: string; url: string; shortUrl: string; code: string }[];
  return { ctx, admin, analyst, audience, id, cards, campaignId: audience.campaignId };
}

const from = (address: string, extra: Record<string, string> = {}) => ({
  headers: { [testClientHeader]: address, ...extra },
});
const typed = (ctx: TestContext, code: string, address = '192.0.2.10', extra: Record<string, string> = {}) =>
  ctx.app.request(`/c/${encodeURIComponent(code)}`, from(address, extra));
const posted = (ctx: TestContext, body: string, address = '192.0.2.10') =>
  ctx.app.request('/c', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', [testClientHeader]: address },
    body,
  });
const tries = (ctx: TestContext) =>
  ctx.raw.prepare('SELECT * FROM code_tries ORDER BY client').all() as {
    period: string;
    client: string;
    tries: number;
  }[];
const tokenOf = (url: string) => url.split('/s/')[1]!;

describe('POST /api/campaigns/:id/links: the card', () => {
  it('gives each picked contact a code of 10 unambiguous characters and the short URL, stored only as a MAC', async () => {
    const { ctx, cards } = await printed();
    expect(cards).toHaveLength(3);
    for (const card of cards) {
      expect(card.code).toMatch(codeShape);
      expect(card.shortUrl).toBe('http://survey.test/c');
      for (const ch of card.code.replace(/-/g, '')) expect(codeAlphabet).toContain(ch);
    }
    expect(new Set(cards.map((c) => c.code)).size).toBe(3);
    const rows = ctx.raw.prepare('SELECT * FROM printed_codes').all() as Record<string, unknown>[];
    expect(rows).toHaveLength(3);
    const dump = JSON.stringify(ctx.raw.prepare('SELECT * FROM printed_codes').raw().all());
    for (const card of cards) {
      expect(dump).not.toContain(card.code);
      expect(dump).not.toContain(card.code.replace(/-/g, ''));
    }
  });

  it('gives no code to people a text carried, and leaves their link and its hash as they were', async () => {
    const { ctx, analyst, id, campaignId } = await printed(['Un0']);
    const before = ctx.raw.prepare('SELECT contact_id, token_hash, link_version FROM invitations').all();
    const res = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Sam0')] });
    expect(res.json).toMatchObject({ links: [], skipped: [{ reason: 'delivered_by_sms' }] });
    expect(ctx.raw.prepare('SELECT contact_id, token_hash, link_version FROM invitations').all()).toEqual(
      before,
    );
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM printed_codes').get()).toEqual({ n: 1 });
  });

  it('writes no code for a viewer (403) or for another partnership’s staff (404)', async () => {
    const { ctx, admin, audience, id, campaignId } = await printedNone();
    const viewer = await staffClient(ctx, admin, 'viewer', [audience.partnershipId]);
    const refused = await viewer.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    expect(refused.status).toBe(403);
    const others = [];
    for (const name of ['Other', 'Another']) {
      const made = await admin.post('/api/partnerships', {
        name,
        sector: 'S',
        region: 'R',
        timeZone: 'America/Chicago',
      });
      others.push(made.json.partnership.id as string);
    }
    // Two partnerships, so its email differs from printedNone's analyst's.
    const stranger = await staffClient(ctx, admin, 'analyst', others);
    const hidden = await stranger.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    expect(hidden.status).toBe(404);
    expect(hidden.json.error.code).toBe('NOT_FOUND');
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM printed_codes').get()).toEqual({ n: 0 });
  });
});

/** A launched campaign where nobody has a card yet. */
async function printedNone() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const audience = await draftCampaign(admin, { unreachable: 3 });
  await admin.post(`/api/campaigns/${audience.campaignId}/launch`);
  await dispatchDue(ctx.deps);
  const analyst = await staffClient(ctx, admin, 'analyst', [audience.partnershipId]);
  const id = (name: string) => audience.contacts.find((c) => c.firstName === name)!.id;
  return { ctx, admin, analyst, audience, id, cards: [], campaignId: audience.campaignId };
}

describe('GET /c and /c/:code', () => {
  it('shows a form with one field, in Spanish when the phone asks for it', async () => {
    const ctx = makeTestApp();
    const page = await ctx.app.request('/c');
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/c"');
    expect(html.match(/<input[^>]+name="code"/g)).toHaveLength(1);
    expect(page.headers.get('cache-control')).toBe('no-store');
    const es = await ctx.app.request('/c', { headers: { 'accept-language': 'es-MX,es;q=0.9' } });
    expect(await es.text()).toContain('Escriba el código impreso en su tarjeta');
  });

  it('opens the very link the card was printed with, however the code is typed', async () => {
    const { ctx, cards } = await printed();
    const card = cards[0]!;
    const bare = card.code.replace(/-/g, '');
    const sloppy = [
      card.code,
      bare,
      bare.toLowerCase(),
      ` ${bare.slice(0, 3)} ${bare.slice(3, 7)}  ${bare.slice(7)} `,
      card.code.replace(/0/g, 'O').replace(/1/g, 'l'),
      card.code.replace(/-/g, '–'),
    ];
    for (const t of sloppy) {
      const res = await typed(ctx, t);
      expect(res.status, t).toBe(303);
      expect(res.headers.get('location'), t).toBe(`/s/${tokenOf(card.url)}`);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
    const page = await ctx.app.request(`/s/${tokenOf(card.url)}`);
    expect(page.status).toBe(200);
    // Right codes take their try back: a crew re-opening their cards never meets the limit.
    for (let i = 0; i < codeTriesPerClientHour + 2; i++)
      expect((await typed(ctx, card.code)).status).toBe(303);
    expect(tries(ctx).every((r) => r.tries === 0)).toBe(true);
  });

  it('takes the code from a form post with JavaScript off, keeping the language chosen', async () => {
    const { ctx, cards } = await printed();
    const res = await posted(ctx, `code=${encodeURIComponent(cards[1]!.code.toLowerCase())}&_lang=es`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/s/${tokenOf(cards[1]!.url)}?lang=es`);
    const wrong = await posted(ctx, 'code=ABCD-EFGH-JK&_lang=es');
    expect(wrong.status).toBe(404);
    const html = await wrong.text();
    expect(html).toContain('Ninguna tarjeta tiene este código');
    expect(html).toContain('value="ABCD-EFGH-JK"');
    expect(html).toContain('aria-invalid="true"');
  });

  it('resumes a saved draft and, once answered, says "used" as /s/ does', async () => {
    const { ctx, cards } = await printed();
    const token = tokenOf(cards[0]!.url);
    const answers = validAnswers(getTemplate('worker-voice')!, seededRandom(3));
    const first = Object.keys(answers)[0]!;
    const save = await ctx.app.request(`/s/${token}/draft`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { [first]: answers[first] } }),
    });
    expect(save.status).toBe(200);
    // Later, on the same card: the code leads to the same link, and the link to the same draft.
    const again = await typed(ctx, cards[0]!.code);
    expect(again.headers.get('location')).toBe(`/s/${token}`);
    const page = await (await ctx.app.request(again.headers.get('location')!)).text();
    expect(page).toContain(JSON.stringify(answers[first]).replace(/</g, '\\u003c'));

    const submit = await ctx.app.request(`/s/${token}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers }),
    });
    expect(submit.status, await submit.clone().text()).toBe(200);
    const viaLink = await ctx.app.request(`/s/${token}`);
    const viaCode = await typed(ctx, cards[0]!.code);
    expect(viaCode.status).toBe(viaLink.status);
    expect(await viaCode.text()).toBe(await viaLink.text());
  });

  it('says "closed" for a code of a closed campaign, as /s/ does', async () => {
    const { ctx, cards } = await printed();
    ctx.clock.set('2026-10-02T15:00:00Z');
    const viaLink = await ctx.app.request(`/s/${tokenOf(cards[0]!.url)}`);
    const viaCode = await typed(ctx, cards[0]!.code);
    expect(viaCode.status).toBe(viaLink.status);
    expect(viaCode.status).toBeGreaterThanOrEqual(400);
    expect(await viaCode.text()).toBe(await viaLink.text());
  });

  it('answers a code retired by a newer card exactly as a code never issued', async () => {
    const { ctx, analyst, id, campaignId, cards } = await printed(['Un0']);
    const old = cards[0]!.code;
    const reprint = await analyst.post(`/api/campaigns/${campaignId}/links`, { contactIds: [id('Un0')] });
    const fresh = reprint.json.links[0].code as string;
    expect(fresh).not.toBe(old);
    expect((await typed(ctx, fresh)).status).toBe(303);
    const never = old.slice(0, -1) + (old.endsWith('Z') ? 'Y' : 'Z');
    const retired = await typed(ctx, old);
    const unknown = await typed(ctx, never);
    expect(retired.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect((await retired.text()).replaceAll(old, 'X')).toBe((await unknown.text()).replaceAll(never, 'X'));
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM printed_codes').get()).toEqual({ n: 1 });
  });

  it('refuses malformed input (huge, unicode, injection) with the form again, writing nothing', async () => {
    const { ctx } = await printed();
    const before = JSON.stringify([
      ctx.raw.prepare('SELECT * FROM printed_codes ORDER BY code_mac').all(),
      ctx.raw.prepare('SELECT id, token_hash, link_version, completed FROM invitations ORDER BY id').all(),
    ]);
    const inputs = [
      'K'.repeat(5000),
      'ÄÖÜ-ÉÈÊ-ÑÇ',
      '🙂🙂🙂🙂🙂🙂🙂🙂🙂🙂',
      "' OR 1=1 --",
      'K7QX9MHP2T; DROP TABLE printed_codes',
      '<script>alert(1)</script>',
      '%00%00',
      'K7QX-9MHP-2',
    ];
    for (const input of inputs) {
      const res = await typed(ctx, input);
      expect(res.status, input).toBe(422);
      const html = await res.text();
      expect(html).not.toContain('<script>alert');
      expect(html).toContain('This is not a card’s code');
      const post = await posted(ctx, `code=${encodeURIComponent(input)}`);
      expect(post.status, input).toBe(422);
    }
    const huge = await posted(ctx, `code=${'A'.repeat(60_000)}`);
    expect(huge.status).toBe(422);
    const broken = await posted(ctx, 'code=%E0%A4%A');
    expect(broken.status).toBe(400);
    const notForm = await ctx.app.request('/c', {
      method: 'POST',
      headers: { 'content-type': 'application/json', [testClientHeader]: '192.0.2.10' },
      body: '{"code":"K7QX9MHP2T"}',
    });
    expect(notForm.status).toBe(415);
    expect(notForm.headers.get('content-type')).toMatch(/text\/html/);
    // Malformed input can open nothing, so it costs no try either.
    expect(tries(ctx)).toEqual([]);
    expect(
      JSON.stringify([
        ctx.raw.prepare('SELECT * FROM printed_codes ORDER BY code_mac').all(),
        ctx.raw.prepare('SELECT id, token_hash, link_version, completed FROM invitations ORDER BY id').all(),
      ]),
    ).toBe(before);
    expect(ctx.errors).toEqual([]);
  });
});

describe('guessing codes', () => {
  it(`refuses an address after ${codeTriesPerClientHour} wrong codes an hour with a 429 page in its language, right codes too, while another address goes on`, async () => {
    const { ctx, cards } = await printed();
    const guesser = '203.0.113.77';
    for (let i = 0; i < codeTriesPerClientHour; i++) {
      const guess = `${'ABCDEFGHJK'.slice(0, 9)}${codeAlphabet[i]}`;
      expect((await typed(ctx, guess, guesser)).status).toBe(404);
    }
    // Counted for everyone too, the limit-reaching try included.
    expect(tries(ctx).find((r) => r.client === '*')!.tries).toBe(codeTriesPerClientHour);
    const refused = await typed(ctx, 'ABCD-EFGH-JZ', guesser, { 'accept-language': 'es' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(3600);
    const html = await refused.text();
    expect(html).toContain('Por favor, inténtelo más tarde');
    expect(html).not.toMatch(/INTERNAL|error":/);
    // A right code from the guesser is refused the same way: the refusal says nothing about the code.
    const right = await typed(ctx, cards[0]!.code, guesser);
    expect(right.status).toBe(429);
    // Also as an IPv6 address in the same /64, and by form post.
    expect((await posted(ctx, `code=${cards[0]!.code}`, guesser)).status).toBe(429);
    expect((await typed(ctx, cards[0]!.code, '2001:db8:1:2::5')).status).toBe(303);

    expect((await typed(ctx, 'ABCD-EFGH-JZ', '198.51.100.4')).status).toBe(404);
    expect((await typed(ctx, cards[0]!.code, '198.51.100.4')).status).toBe(303);

    // The next hour starts over.
    ctx.clock.advance(3600_000);
    expect((await typed(ctx, cards[0]!.code, guesser)).status).toBe(303);
  });

  it('keeps no address: four hex digits under an hourly key, and a count for everyone', async () => {
    const { ctx } = await printedNone();
    const addresses = ['203.0.113.77', '::ffff:198.51.100.4', '2001:db8:abcd:12::1'];
    for (const a of addresses) await typed(ctx, 'ABCD-EFGH-JZ', a);
    const rows = tries(ctx);
    expect(rows.map((r) => r.client).filter((c) => c !== '*')).toHaveLength(3);
    for (const r of rows) {
      expect(r.client).toMatch(/^([0-9a-f]{4}|\*)$/);
      expect(r.period).toBe('2026-08-15T15');
    }
    expect(rows.find((r) => r.client === '*')!.tries).toBe(3);
    const dump = JSON.stringify(ctx.raw.prepare('SELECT * FROM code_tries').raw().all());
    for (const a of ['203.0.113', '198.51.100', '2001:db8', '203', '198']) expect(dump).not.toContain(a);
    // A later hour's try deletes the earlier hour's rows.
    ctx.clock.advance(3600_000);
    await typed(ctx, 'ABCD-EFGH-JZ', addresses[0]);
    expect(new Set(tries(ctx).map((r) => r.period))).toEqual(new Set(['2026-08-15T16']));
    // With no one typing again, upkeep forgets the hour once it is over.
    await runUpkeep(ctx.deps);
    expect(tries(ctx)).toHaveLength(2);
    ctx.clock.advance(3600_000);
    await runUpkeep(ctx.deps);
    expect(tries(ctx)).toEqual([]);
  });

  it(`stops typed codes for everyone after ${codeTriesPerHour} wrong codes an hour from many addresses`, async () => {
    const { ctx, cards } = await printed();
    for (let i = 0; i < codeTriesPerHour; i++) {
      const res = await typed(ctx, 'ABCD-EFGH-JZ', `10.${i >> 8}.${i & 255}.1`);
      expect(res.status).toBe(404);
    }
    const fresh = await typed(ctx, cards[0]!.code, '192.0.2.200');
    expect(fresh.status).toBe(429);
    // The card's QR code (the full link) still opens the survey.
    expect((await ctx.app.request(`/s/${tokenOf(cards[0]!.url)}`)).status).toBe(200);
  }, 60_000);
});

describe('normalizeCode', () => {
  it('reads what people type and refuses what cannot be a code', () => {
    expect(normalizeCode('k7qx-9mhp-2t')).toBe('K7QX9MHP2T');
    expect(normalizeCode('K7QX 9MHP 2T')).toBe('K7QX9MHP2T');
    expect(normalizeCode('KOQX-9MHP-IL')).toBe('K0QX9MHP11');
    expect(normalizeCode('ｋ７ｑｘ－９ｍｈｐ－２ｔ')).toBe('K7QX9MHP2T');
    expect(normalizeCode('K7QX\u20119MHP\u22122T')).toBe('K7QX9MHP2T');
    expect(normalizeCode('K7QX-9MHP-2')).toBeNull();
    expect(normalizeCode('K7QX-9MHP-2T1')).toBeNull();
    expect(normalizeCode('K7QX-9MHP-2!')).toBeNull();
    expect(normalizeCode(' '.repeat(41))).toBeNull();
  });
});
