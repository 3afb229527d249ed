/**
 * Save and resume, sealed (issue 11): a draft is readable only with the respondent's own link. Each
 * case attacks it as someone holding the database would, or as the next person on a shared phone.
 */
import { describe, expect, it } from 'vitest';
import { linkToken } from '../../server/campaigns/links.ts';
import { sha256Hex } from '../../server/ids.ts';
import { draftIdOf, draftSize, posterDraftHours, sweepDrafts } from '../../server/respond/drafts.ts';
import { deriveKey, fromBase64url, unseal } from '../../server/seal.ts';
import { getTemplate } from '../../surveys/index.ts';
import {
  adminClient,
  makeTestApp,
  testLinkSecret,
  type TestClient,
  type TestContext,
} from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;
const secretComment = 'Quokka-7731: my supervisor Juan Perez yells at the night shift';

type DraftRow = { id: string; campaign_id: string; sealed: string; saved_on: string; short_lived: number };
const rows = (ctx: TestContext) => ctx.raw.prepare('SELECT * FROM sealed_drafts').all() as DraftRow[];

const postJson = (ctx: TestContext, path: string, answers: object) =>
  ctx.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });

async function page(ctx: TestContext, path: string) {
  const res = await ctx.app.request(path);
  return { status: res.status, html: await res.text() };
}

async function setup(workers = 3) {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const seed = await seedCampaign(admin, { workers });
  return { ctx, admin, seed, tokens: seed.tokens };
}

/** The campaign's poster link, turned on by staff. */
async function posterLink(admin: TestClient, campaignId: string): Promise<string> {
  const res = await admin.post(`/api/campaigns/${campaignId}/open-link`);
  return (res.json.url as string).split('/o/')[1]!;
}

/** A ticket for one phone, minted through the poster link as a visitor gets one. */
async function posterTicket(ctx: TestContext, open: string) {
  const res = await ctx.app.request(`/o/${open}`);
  return {
    ticket: res.headers.get('location')!.match(/^\/s\/([\w-]+)\?/)![1]!,
    cookie: res.headers.get('set-cookie')!,
  };
}

describe('a saved draft in the database', () => {
  it('holds no answer, token or token hash, sits under an unrelated id and is dated to the day', async () => {
    const { ctx, tokens } = await setup();
    const token = tokens[0]!;
    expect((await postJson(ctx, `/s/${token}/draft`, { pay_fair: 2, comment: secretComment })).status).toBe(
      200,
    );
    const [row, ...others] = rows(ctx);
    expect(others).toHaveLength(0);
    const tokenHash = await sha256Hex(token);
    const hashes = (
      ctx.raw.prepare('SELECT token_hash FROM invitations').all() as { token_hash: string }[]
    ).map((r) => r.token_hash);
    const dump = JSON.stringify(row);
    for (const secret of [secretComment, 'Quokka', 'pay_fair', 'comment', token, ...hashes])
      expect(dump).not.toContain(secret);
    expect(row!.id).not.toBe(tokenHash);
    expect(row!.id).toBe(await draftIdOf(token));
    expect(row!.saved_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(row!.saved_on).toBe('2026-08-15');
    expect(row!.short_lived).toBe(0);
    // The token hash the invitation holds is no key: only the link itself opens the seal.
    expect(await unseal(await deriveKey(tokenHash, 'draft'), row!.sealed)).toBeNull();
    expect(await unseal(await deriveKey(token, 'draft'), row!.sealed)).toContain(secretComment);
  });

  it('has one sealed length per template version, whatever the answers', async () => {
    const { ctx, tokens } = await setup(4);
    const long = '😀"\\'.repeat(166) + 'xy';
    const drafts = [{}, { comment: 'x'.repeat(500) }, { comment: long }, validAnswers(def, seededRandom(9))];
    for (const [i, answers] of drafts.entries())
      expect((await postJson(ctx, `/s/${tokens[i]}/draft`, answers)).status).toBe(200);
    const lengths = new Set(rows(ctx).map((r) => r.sealed.length));
    expect(rows(ctx)).toHaveLength(4);
    expect(lengths.size).toBe(1);
    // IV, one padded block of the template's size, GCM tag.
    expect(fromBase64url(rows(ctx)[0]!.sealed).length).toBe(12 + draftSize(def) + 16);
  });

  it('loads back through the link, and the submission deletes it', async () => {
    const { ctx, tokens } = await setup();
    const token = tokens[0]!;
    await postJson(ctx, `/s/${token}/draft`, { pay_fair: 2, comment: secretComment });
    const resumed = await page(ctx, `/s/${token}?lang=en`);
    expect(resumed.html).toContain('"answers":{"pay_fair":2');
    expect(resumed.html).toContain(secretComment);
    expect((await postJson(ctx, `/s/${token}/submit`, validAnswers(def, seededRandom(3)))).status).toBe(200);
    expect(rows(ctx)).toHaveLength(0);
  });

  it('cannot be opened with a new link for the same invitation, as printed by staff', async () => {
    const { ctx, admin, seed } = await setup();
    const { contactId, url } = seed.links[0]!;
    const token = url.split('/s/')[1]!;
    await postJson(ctx, `/s/${token}/draft`, { comment: secretComment });
    const inv = ctx.raw
      .prepare('SELECT id, link_version FROM invitations WHERE token_hash = ?')
      .get(await sha256Hex(token)) as { id: string; link_version: number };
    const printed = await admin.post(`/api/campaigns/${seed.campaignId}/links`, { contactIds: [contactId] });
    expect(printed.status).toBe(200);
    const next = (printed.json.links[0].url as string).split('/s/')[1]!;
    // The re-keyed invitation's next token: the same invitation, a link the worker never held.
    expect(next).toBe(await linkToken(testLinkSecret, inv.id, inv.link_version + 1));

    const opened = await page(ctx, `/s/${next}`);
    expect(opened.status).toBe(200);
    expect(opened.html).toContain('"answers":{}');
    expect(opened.html).not.toContain(secretComment);
    // Whether printing also drops the old draft or leaves it, the new link can reach none of it.
    for (const row of rows(ctx)) {
      expect(row.id).not.toBe(await draftIdOf(next));
      expect(await unseal(await deriveKey(next, 'draft'), row.sealed)).toBeNull();
    }
  });
});

describe('poster tickets on a shared phone', () => {
  it('keep their draft for hours, not days, and the ticket cookie no longer', async () => {
    const { ctx, admin, seed } = await setup();
    const { ticket, cookie } = await posterTicket(ctx, await posterLink(admin, seed.campaignId));
    expect(cookie).toContain(`Max-Age=${posterDraftHours * 3600};`);
    await postJson(ctx, `/s/${ticket}/draft`, { pay_fair: 2, comment: secretComment });
    expect(rows(ctx)[0]!.short_lived).toBe(1);

    ctx.clock.advance(posterDraftHours * 3_600_000 - 60_000);
    expect((await page(ctx, `/s/${ticket}`)).html).toContain(secretComment);
    ctx.clock.advance(2 * 60_000);
    const later = await page(ctx, `/s/${ticket}`);
    expect(later.status).toBe(200);
    expect(later.html).not.toContain(secretComment);
    expect(later.html).toContain('"answers":{}');
    expect(rows(ctx)).toHaveLength(0);
  });

  it('offer "start over", which clears the draft with JavaScript off', async () => {
    const { ctx, admin, seed, tokens } = await setup();
    const { ticket } = await posterTicket(ctx, await posterLink(admin, seed.campaignId));
    await postJson(ctx, `/s/${ticket}/draft`, { pay_fair: 2, comment: secretComment });
    const before = await page(ctx, `/s/${ticket}?lang=es&step=5`);
    expect(before.html).toContain('value="restart"');
    expect(before.html).toContain('Empezar de nuevo');
    expect((await page(ctx, `/s/${ticket}?lang=en`)).html).toContain('Start over');
    // A personal link is nobody else's phone: no such button.
    expect((await page(ctx, `/s/${tokens[0]}`)).html).not.toContain('value="restart"');

    const res = await ctx.app.request(`/s/${ticket}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        comment: 'typed by the next person',
        _step: '5',
        _lang: 'es',
        _action: 'restart',
      }).toString(),
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('?step=1&lang=es');
    expect(rows(ctx)).toHaveLength(0);
    const after = await page(ctx, `/s/${ticket}?step=1&lang=es`);
    expect(after.html).toContain('Parte 1 de 6');
    expect(after.html).toContain('"answers":{}');
    expect(after.html).not.toMatch(/ checked/);

    // The island sends the same post with nothing but the action, as fetch encodes it.
    await postJson(ctx, `/s/${ticket}/draft`, { pay_fair: 2 });
    const island = await ctx.app.request(`/s/${ticket}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' },
      body: '_action=restart',
    });
    expect(island.status).toBe(303);
    expect(rows(ctx)).toHaveLength(0);
  });
});

describe('sweepDrafts', () => {
  it('deletes stale poster drafts, drafts past the age limit and drafts of closed campaigns, only those', async () => {
    const ctx = makeTestApp({ now: '2026-08-02T15:00:00Z' });
    const admin = await adminClient(ctx);
    const open = await seedCampaign(admin, { workers: 4 });
    const closed = await seedCampaign(admin, { workers: 1 });
    const ended = await seedCampaign(admin, { workers: 1 });
    const save = (token: string) => postJson(ctx, `/s/${token}/draft`, { pay_fair: 3 });
    const [old, recent, today] = open.tokens;
    // Turned on now: staff sessions do not last the month this test spans.
    const poster = await posterLink(admin, open.campaignId);

    await save(old!); // 08-02: more than 30 days before the sweep
    ctx.clock.set('2026-08-05T15:00:00Z');
    await save(recent!); // 08-05: 29 days before
    ctx.clock.set('2026-09-02T15:00:00Z');
    const stalePoster = (await posterTicket(ctx, poster)).ticket;
    await save(stalePoster); // yesterday
    await save(closed.tokens[0]!);
    await save(ended.tokens[0]!);
    ctx.clock.set('2026-09-03T14:00:00Z');
    const freshPoster = (await posterTicket(ctx, poster)).ticket;
    await save(freshPoster);
    await save(today!);
    expect(rows(ctx)).toHaveLength(7);

    // Straight in the table: what closing does besides is not this test's business.
    ctx.raw.prepare("UPDATE campaigns SET status = 'closed' WHERE id = ?").run(closed.campaignId);
    ctx.raw.prepare("UPDATE campaigns SET closes_on = '2026-09-02' WHERE id = ?").run(ended.campaignId);
    expect(await sweepDrafts(ctx.deps)).toEqual({ deleted: 4 });
    const kept = await Promise.all([recent!, freshPoster, today!].map(draftIdOf));
    expect(
      rows(ctx)
        .map((r) => r.id)
        .sort(),
    ).toEqual(kept.sort());
    expect(await sweepDrafts(ctx.deps)).toEqual({ deleted: 0 });
  });
});
