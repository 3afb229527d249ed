import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../server/ids.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { getTemplate } from '../../surveys/index.ts';
import {
  adminClient,
  makeTestApp,
  TestClient,
  type TestContext,
  staffClient,
  testClientHeader,
} from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { seedCampaign } from '../helpers/seed.ts';

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seeded = await seedCampaign(admin, { workers: 3 });
  const path = `/api/campaigns/${seeded.campaignId}/open-link`;
  return { ctx, admin, seeded, path };
}

/** Whether a poster link still opens the survey (a ticket and a redirect) or is refused. */
async function opens(ctx: TestContext, url: string) {
  const res = await ctx.app.request(new URL(url).pathname);
  if (res.status === 303) return true;
  expect(res.status).toBe(404);
  return false;
}

describe('GET /api/campaigns/:id/open-link', () => {
  it('shows the open link again, and the link shown works', async () => {
    const { ctx, admin, path } = await setup();
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'off', url: null } });
    const made = await admin.post(path);
    expect(made.status).toBe(201);
    expect(made.json.url).toMatch(/^http:\/\/survey\.test\/o\/[\w-]{24}$/);
    const shown = await admin.get(path);
    expect(shown.json).toEqual({ openLink: { state: 'on', url: made.json.url } });
    expect((await admin.get(path)).json.openLink.url).toBe(made.json.url);
    expect(await opens(ctx, shown.json.openLink.url)).toBe(true);
    // Still only a hash in the database.
    const token = made.json.url.split('/o/')[1];
    const row = ctx.raw.prepare('SELECT * FROM campaigns').get() as Record<string, unknown>;
    expect(JSON.stringify(row)).not.toContain(token);
    expect(row.open_link_hash).toBe(await sha256Hex(token));
  });

  it('retires the old link when a new one is made', async () => {
    const { ctx, admin, path } = await setup();
    const first = (await admin.post(path)).json.url;
    const second = (await admin.post(path)).json.url;
    expect(second).not.toBe(first);
    expect((await admin.get(path)).json.openLink.url).toBe(second);
    expect(await opens(ctx, first)).toBe(false);
    expect(await opens(ctx, second)).toBe(true);
  });

  it('never revives a link turned off, when the link is turned on again', async () => {
    const { ctx, admin, path } = await setup();
    const before = (await admin.post(path)).json.url;
    expect((await admin.del(path)).status).toBe(200);
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'off', url: null } });
    expect(await opens(ctx, before)).toBe(false);
    const after = (await admin.post(path)).json.url;
    expect(after).not.toBe(before);
    expect(await opens(ctx, before)).toBe(false);
    expect(await opens(ctx, after)).toBe(true);
    expect((await admin.get(path)).json.openLink.url).toBe(after);
  });

  it('gives each campaign its own link', async () => {
    const { admin, seeded, path } = await setup();
    const other = await admin.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name: 'Other',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    const a = (await admin.post(path)).json.url;
    const b = (await admin.post(`/api/campaigns/${other.json.campaign.id}/open-link`)).json.url;
    expect(a).not.toBe(b);
  });

  it('leaves exactly one working link when two are made at once', async () => {
    const { ctx, admin, path } = await setup();
    const [x, y] = await Promise.all([admin.post(path), admin.post(path)]);
    expect([x.status, y.status]).toEqual([201, 201]);
    expect(x.json.url).not.toBe(y.json.url);
    const shown = (await admin.get(path)).json.openLink.url;
    expect([x.json.url, y.json.url]).toContain(shown);
    expect([await opens(ctx, x.json.url), await opens(ctx, y.json.url)].filter(Boolean)).toHaveLength(1);
  });

  it('says when a link turned on before links could be shown again cannot be shown, and replaces it', async () => {
    const { ctx, admin, seeded, path } = await setup();
    // As `POST open-link` stored it before migrations/0007: a random token's hash, version 0.
    const legacy = 'LegacyRandomToken_0123456789';
    ctx.raw
      .prepare('UPDATE campaigns SET open_link_hash = ? WHERE id = ?')
      .run(await sha256Hex(legacy), seeded.campaignId);
    expect((await admin.get(path)).json).toEqual({ openLink: { state: 'hidden', url: null } });
    expect((await admin.get(`/api/campaigns/${seeded.campaignId}`)).json.campaign.openLink.enabled).toBe(
      true,
    );
    // Posters already printed keep working until a new link is made.
    expect(await opens(ctx, `http://survey.test/o/${legacy}`)).toBe(true);
    const fresh = (await admin.post(path)).json.url;
    expect((await admin.get(path)).json.openLink).toEqual({ state: 'on', url: fresh });
    expect(await opens(ctx, `http://survey.test/o/${legacy}`)).toBe(false);
  });
});

describe('open link routes refuse', () => {
  it('an unknown campaign, a stranger and a signed-out caller; a viewer sees but cannot change', async () => {
    const { ctx, admin, seeded, path } = await setup();
    for (const res of [
      await admin.get('/api/campaigns/nope/open-link'),
      await admin.post('/api/campaigns/nope/open-link'),
      await admin.del('/api/campaigns/nope/open-link'),
    ]) {
      expect(res.status).toBe(404);
      expect(res.json.error).toEqual({ code: 'NOT_FOUND', message: 'No such campaign.' });
    }
    const stranger = await staffClient(ctx, admin, 'analyst', []);
    expect((await stranger.get(path)).json.error.code).toBe('NOT_FOUND');
    expect((await stranger.post(path)).status).toBe(404);
    const anonymous = await new TestClient(ctx).get(path);
    expect(anonymous.status).toBe(401);
    expect(anonymous.json.error.code).toBe('UNAUTHENTICATED');

    const url = (await admin.post(path)).json.url;
    const viewer = await staffClient(ctx, admin, 'viewer', [seeded.partnershipId]);
    expect((await viewer.get(path)).json.openLink.url).toBe(url);
    for (const res of [await viewer.post(path), await viewer.del(path)]) {
      expect(res.status).toBe(403);
      expect(res.json.error.code).toBe('FORBIDDEN');
    }
    expect(await opens(ctx, url)).toBe(true);
  });
});

/** One visit to the poster link from a phone with no cookie, at this address, in Spanish. */
async function visitFrom(ctx: TestContext, open: string, address: string) {
  const res = await ctx.app.request(`/o/${open}`, {
    headers: { [testClientHeader]: address, 'accept-language': 'es' },
  });
  return {
    status: res.status,
    ticket: res.headers.get('location')?.match(/^\/s\/([\w-]+)\?lang=es$/)?.[1],
    retryAfter: res.headers.get('retry-after'),
    html: await res.text(),
  };
}

/** How many visits in a row this address gets a ticket for, trying up to `tries` times. */
async function ticketsFor(ctx: TestContext, open: string, address: string, tries = 30) {
  let got = 0;
  for (let i = 0; i < tries; i++) if ((await visitFrom(ctx, open, address)).status === 303) got++;
  return got;
}

async function posterSetup() {
  const { ctx, admin, seeded, path } = await setup();
  const open = ((await admin.post(path)).json.url as string).split('/o/')[1]!;
  return { ctx, admin, seeded, open };
}

const count = (ctx: TestContext, table: string) =>
  (ctx.raw.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const clientRows = (ctx: TestContext) =>
  ctx.raw.prepare('SELECT * FROM open_link_clients ORDER BY period, client').all() as Record<
    string,
    unknown
  >[];

const submit = (ctx: TestContext, ticket: string, seed: number) =>
  ctx.app.request(`/s/${ticket}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers: validAnswers(getTemplate('worker-voice')!, seededRandom(seed)) }),
  });

describe('GET /o/:openToken, one client flooding', () => {
  it('gives a flooding address its few tickets, then a friendly 429, while others still answer', async () => {
    const { ctx, open } = await posterSetup();
    const flood = [];
    for (let i = 0; i < 70; i++) flood.push(await visitFrom(ctx, open, '203.0.113.7'));
    expect(flood.filter((v) => v.status === 303)).toHaveLength(10);
    expect(flood.slice(0, 10).every((v) => v.status === 303 && v.ticket)).toBe(true);
    const refused = flood[10]!;
    expect(refused.status).toBe(429);
    // The refusal page speaks the visitor's language and says what to do; it waits for the next hour.
    expect(refused.html).toContain('<html lang="es" dir="ltr">');
    expect(refused.html).toContain('la misma conexión');
    expect(Number(refused.retryAfter)).toBe(3600);
    expect(count(ctx, 'invitations WHERE minted_at IS NOT NULL')).toBe(10);

    // Someone else at the poster, a minute later: a ticket, and their answers are kept after the floor.
    ctx.clock.advance(60_000);
    const other = await visitFrom(ctx, open, '198.51.100.23');
    expect(other.status).toBe(303);
    ctx.clock.advance(30_000);
    expect((await submit(ctx, other.ticket!, 1)).status).toBe(200);
    expect(count(ctx, 'pending_answers')).toBe(1);
    // The flooder's tickets still answer (within the floor rules), but it gets no more this hour.
    expect((await submit(ctx, flood[0]!.ticket!, 2)).status).toBe(200);
    expect(count(ctx, 'pending_answers')).toBe(2);
    expect((await visitFrom(ctx, open, '203.0.113.7')).status).toBe(429);
  });

  it('leaves the campaign hourly cap to many people: one address takes at most a sixth of it', async () => {
    const { ctx, open } = await posterSetup();
    expect(await ticketsFor(ctx, open, '203.0.113.7', 100)).toBe(10);
    // Fifty more people, each on their own connection, all get in; the campaign cap of 60 still holds.
    for (let i = 0; i < 50; i++) expect((await visitFrom(ctx, open, `198.51.100.${i}`)).status).toBe(303);
    const over = await visitFrom(ctx, open, '192.0.2.1');
    expect(over.status).toBe(429);
    expect(over.html).toContain('Hay mucha gente contestando');
  });

  it('lets an address back in the next hour, up to its daily limit, and again the next day', async () => {
    const { ctx, open } = await posterSetup();
    const flooder = '203.0.113.7';
    expect(await ticketsFor(ctx, open, flooder)).toBe(10);
    ctx.clock.advance(3600_000);
    expect(await ticketsFor(ctx, open, flooder)).toBe(10);
    ctx.clock.advance(3600_000);
    // Twenty a day: at most a hundredth of the campaign's total of 2,000.
    const refused = await visitFrom(ctx, open, flooder);
    expect(refused.status).toBe(429);
    expect(refused.html).toContain('la misma conexión');
    // Until the end of the UTC day (the clock is at 17:00).
    expect(Number(refused.retryAfter)).toBe(7 * 3600);
    expect(await ticketsFor(ctx, open, flooder)).toBe(0);
    ctx.clock.set('2026-08-16T09:00:00Z');
    expect(await ticketsFor(ctx, open, flooder)).toBe(10);
  });

  it('gives one address a smaller share where the campaign sets small caps', async () => {
    const { ctx, admin, seeded } = await setup();
    const posterWith = async (openLink: { hourlyLimit: number; totalLimit: number }) => {
      const made = await admin.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
        name: `Poster ${openLink.hourlyLimit}/${openLink.totalLimit}`,
        templateId: 'worker-voice',
        period: '2026-Q4',
        opensOn: '2026-08-01',
        closesOn: '2026-09-30',
        openLink,
      });
      const id = made.json.campaign.id as string;
      expect((await admin.post(`/api/campaigns/${id}/launch`)).status).toBe(200);
      return ((await admin.post(`/api/campaigns/${id}/open-link`)).json.url as string).split('/o/')[1]!;
    };
    // A sixth of 12 an hour.
    const fewAnHour = await posterWith({ hourlyLimit: 12, totalLimit: 2000 });
    expect(await ticketsFor(ctx, fewAnHour, '203.0.113.7')).toBe(2);
    expect(await ticketsFor(ctx, fewAnHour, '198.51.100.23')).toBe(2);
    // A hundredth of 500 a day, all of it in the first hour if the client likes.
    const fewInAll = await posterWith({ hourlyLimit: 60, totalLimit: 500 });
    expect(await ticketsFor(ctx, fewInAll, '203.0.113.7')).toBe(5);
    ctx.clock.advance(3600_000);
    expect(await ticketsFor(ctx, fewInAll, '203.0.113.7')).toBe(0);
    expect(await ticketsFor(ctx, fewInAll, '198.51.100.23')).toBe(5);
  });

  it('counts an IPv6 /64 as one client and an IPv4-mapped address as its IPv4 address', async () => {
    const { ctx, open } = await posterSetup();
    let got = 0;
    for (let i = 1; i <= 15; i++) {
      if ((await visitFrom(ctx, open, `2001:db8:aa:bb:${i.toString(16)}::${i}`)).status === 303) got++;
    }
    expect(got).toBe(10);
    expect((await visitFrom(ctx, open, '2001:0DB8:00aa:00BB:ffff::1')).status).toBe(429);
    expect((await visitFrom(ctx, open, '2001:db8:aa:bc::1')).status).toBe(303);

    expect(await ticketsFor(ctx, open, '::ffff:192.0.2.55', 6)).toBe(6);
    expect(await ticketsFor(ctx, open, '192.0.2.55', 6)).toBe(4);
  });

  it('keeps each address only as a short keyed hash, with nothing of its tickets, and forgets it', async () => {
    const { ctx, open } = await posterSetup();
    const addresses = ['203.0.113.7', '198.51.100.23', '2001:db8:aa:bb::1'];
    const tickets: string[] = [];
    for (const a of addresses) {
      const { ticket } = await visitFrom(ctx, open, a);
      tickets.push(ticket!);
      ctx.clock.advance(30_000);
      expect((await submit(ctx, ticket!, tickets.length)).status).toBe(200);
    }
    const rows = clientRows(ctx);
    // One row for the hour and one for the day per address; counts, no time finer than the window.
    expect(rows).toHaveLength(6);
    for (const row of rows) {
      expect(Object.keys(row).sort()).toEqual(['campaign_id', 'client', 'period', 'tickets', 'until_hour']);
      expect(row.client).toMatch(/^[0-9a-f]{4}$/);
      expect(row.period).toMatch(/^2026-08-15(T15)?$/);
      expect(row.tickets).toBe(1);
    }
    // No address in clear (nor its plain hash) anywhere, and nothing of a ticket beside the hashes.
    const dump = (table: string) => JSON.stringify(ctx.raw.prepare(`SELECT * FROM ${table}`).all());
    const tables = (
      ctx.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
        name: string;
      }[]
    ).map((t) => t.name);
    for (const table of tables) {
      for (const a of addresses) {
        expect(dump(table)).not.toContain(a);
        expect(dump(table)).not.toContain(await sha256Hex(a));
      }
    }
    const ticketRows = ctx.raw
      .prepare('SELECT id, token_hash, minted_at FROM invitations WHERE minted_at IS NOT NULL')
      .all() as Record<string, string>[];
    for (const t of ticketRows)
      for (const value of Object.values(t)) expect(dump('open_link_clients')).not.toContain(value);
    for (const t of tickets) expect(dump('open_link_clients')).not.toContain(t);

    // Once the hour is over the upkeep deletes its rows; the day's rows go when the day is over.
    ctx.clock.set('2026-08-15T16:00:00Z');
    await runUpkeep(ctx.deps);
    expect(clientRows(ctx).map((r) => r.period)).toEqual(['2026-08-15', '2026-08-15', '2026-08-15']);
    ctx.clock.set('2026-08-16T00:00:00Z');
    await runUpkeep(ctx.deps);
    expect(clientRows(ctx)).toHaveLength(0);
  });

  it('deletes the last hour of every campaign on the next ticket, even without the upkeep', async () => {
    const { ctx, open } = await posterSetup();
    await visitFrom(ctx, open, '203.0.113.7');
    ctx.clock.set('2026-08-16T10:00:00Z');
    await visitFrom(ctx, open, '198.51.100.23');
    expect(clientRows(ctx).map((r) => r.period)).toEqual(['2026-08-16', '2026-08-16T10']);
  });

  it('shares one bucket among requests whose address the runtime cannot tell', async () => {
    const { ctx, open } = await posterSetup();
    let got = 0;
    for (let i = 0; i < 12; i++) if ((await ctx.app.request(`/o/${open}`)).status === 303) got++;
    expect(got).toBe(10);
  });
});
