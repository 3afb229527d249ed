/**
 * Tries to tie responses back to people with the whole database in hand. For every response we
 * collect the contacts it could belong to, using everything stored: segment tags, completion flags,
 * dates, ids and row order. Each response must stay hidden among at least min_group_size people.
 * Answers reach `responses` only through releases (the server's loop, run here after every answer).
 */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { adminClient, makeTestApp, type TestContext } from '../helpers/app.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { closeAndRelease, count, releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;

async function submit(ctx: TestContext, token: string, answers: object) {
  return ctx.app.request(`/s/${token}/submit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': 'Mozilla/5.0 (Linux; Android 8.1) Chrome/99',
      'x-forwarded-for': '203.0.113.9',
    },
    body: JSON.stringify({ answers }),
  });
}

function dump(ctx: TestContext) {
  const tables = (
    ctx.raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]
  ).map((t) => t.name);
  return Object.fromEntries(
    tables.map((t) => [t, ctx.raw.prepare(`SELECT * FROM "${t}"`).all() as Record<string, unknown>[]]),
  );
}

describe('anonymity of stored responses', () => {
  it('leaves no column, order or timestamp that joins a response to a contact', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    // Two employers, three occupations, one person alone in a small group: the hardest case.
    const seeded = await seedCampaign(client, {
      workers: 31,
      orgs: 2,
      segmentAttributes: ['occupation', 'language'],
    });
    const rand = seededRandom(7);
    const order = [...seeded.tokens.keys()].sort(() => rand() - 0.5).slice(0, 23);
    for (const [n, i] of order.entries()) {
      ctx.clock.advance(37 * 60 * 1000 + n * 1000); // spread over several days, like real answers
      expect((await submit(ctx, seeded.tokens[i]!, validAnswers(def, rand))).status).toBe(200);
      await releaseNow(ctx);
    }
    // The lone member of a small group waits; the close releases what is left under the same rule.
    expect(count(ctx, 'pending_answers')).toBeGreaterThan(0);
    await closeAndRelease(ctx, seeded.campaignId);
    expect(count(ctx, 'pending_answers')).toBe(0);
    const db = dump(ctx);
    const responses = db.responses!;
    expect(responses).toHaveLength(23);

    // 1. Only the columns DESIGN.md allows; none holds an identifier from the other tables.
    expect(Object.keys(responses[0]!).sort()).toEqual([
      'answers',
      'campaign_id',
      'id',
      'segment',
      'submitted_on',
      'template_id',
      'template_version',
    ]);
    const secrets = [
      ...db.contacts!.flatMap((c) => [c.id, c.phone, c.email, c.first_name]),
      ...db.invitations!.flatMap((i) => [i.id, i.token_hash]),
      ...seeded.tokens,
      '203.0.113.9',
      'Android',
    ].filter((s): s is string => typeof s === 'string' && s.length > 0);
    const stored = JSON.stringify(responses);
    for (const s of secrets) expect(stored).not.toContain(s);

    // 2. A day, never a time.
    for (const r of responses) expect(r.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // 3. No hidden insertion order: the table has no rowid, and rows come back in random-id order.
    expect(() => ctx.raw.prepare('SELECT rowid FROM responses').all()).toThrow();
    const ids = responses.map((r) => r.id as string);
    expect(ids).toEqual([...ids].sort());

    // 4. The invitation learns only "completed": no time or answer-derived column.
    expect(Object.keys(db.invitations![0]!).sort()).toEqual(
      [
        'campaign_id',
        'completed',
        'contact_id',
        'id',
        'language',
        'link_version',
        'minted_at',
        'minted_hour',
        'segment',
        'token_hash',
      ].sort(),
    );
    for (const inv of db.invitations!) expect(inv.minted_at).toBeNull();
    expect(db.sealed_drafts).toHaveLength(0);

    // 5. The attack: every completed contact whose segment is consistent with a response's tag is a
    // candidate. Each response must have at least min_group_size candidates.
    const completed = db.invitations!.filter((i) => i.completed === 1);
    expect(completed).toHaveLength(23);
    for (const r of responses) {
      const tag = JSON.parse(r.segment as string) as Record<string, string | null>;
      const candidates = completed.filter((inv) => {
        const seg = Object.fromEntries(JSON.parse(inv.segment as string) as [string, string | null][]);
        // '~' lists demographic answers left unrecorded: nothing the attacker can match on.
        return Object.entries(tag).every(([k, v]) => k === '~' || seg[k] === v);
      });
      expect(candidates.length).toBeGreaterThanOrEqual(5);
    }
    // Breakdowns still work where groups are big enough: some responses keep their employer.
    expect(responses.some((r) => 'organization' in JSON.parse(r.segment as string))).toBe(true);
  });

  it('tags a response only as finely as at least k answers of its own release share', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    // One employer; eight welders and two machinists (every fifth worker).
    const seeded = await seedCampaign(client, {
      workers: 10,
      orgs: 1,
      occupations: ['welder', 'welder', 'welder', 'welder', 'machinist'],
      segmentAttributes: ['occupation'],
    });
    const tags = () =>
      (ctx.raw.prepare('SELECT segment FROM responses').all() as { segment: string }[]).map(
        (r) => JSON.parse(r.segment) as Record<string, string>,
      );
    for (const token of seeded.tokens.slice(0, 4)) {
      await submit(ctx, token, validAnswers(def, seededRandom(1)));
      await releaseNow(ctx);
    }
    // Four waiting answers are fewer than k: nothing is released, the review cannot move by one.
    expect(tags()).toHaveLength(0);
    for (const token of seeded.tokens.slice(4, 10)) {
      await submit(ctx, token, validAnswers(def, seededRandom(1)));
    }
    await releaseNow(ctx);
    // Ten together: the eight welders keep their occupation; the two machinists alone would be a
    // class of two, so they and enough welders to make five stop at the employer.
    const released = tags();
    expect(released).toHaveLength(10);
    const classes = new Map<string, number>();
    for (const t of released) classes.set(JSON.stringify(t), (classes.get(JSON.stringify(t)) ?? 0) + 1);
    for (const n of classes.values()) expect(n).toBeGreaterThanOrEqual(5);
    expect(released.filter((t) => t.occupation === 'machinist')).toHaveLength(0);
    expect(released.filter((t) => t.occupation === 'welder')).toHaveLength(5);
  });
});

describe('exactly one response per link', () => {
  it('stores one row under concurrent double submits and retries', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 3 });
    const answers = validAnswers(def, seededRandom(3));
    const results = await Promise.all(
      Array.from({ length: 8 }, () => submit(ctx, seeded.tokens[0]!, answers)),
    );
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(200));
    expect((await submit(ctx, seeded.tokens[0]!, answers)).status).toBe(200);
    expect(count(ctx, 'pending_answers')).toBe(1);
    expect(ctx.raw.prepare('SELECT sum(completed) AS n FROM invitations').get()).toEqual({ n: 1 });
  });

  it('refuses an invalid answer set with 422 and stores nothing', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 3 });
    const res = await submit(ctx, seeded.tokens[0]!, { bogus: 1 });
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.code).toBe('VALIDATION_FAILED');
    expect(Object.values(body.error.details)).toContain('required');
    expect(count(ctx, 'pending_answers') + count(ctx, 'responses')).toBe(0);
    expect(ctx.raw.prepare('SELECT sum(completed) AS n FROM invitations').get()).toEqual({ n: 0 });
  });

  it('answers unknown and malformed tokens with 404, bad JSON with 400', async () => {
    const ctx = makeTestApp();
    expect((await submit(ctx, 'A'.repeat(24), {})).status).toBe(404);
    expect((await submit(ctx, '../../etc', {})).status).toBe(404);
    const bad = await ctx.app.request(`/s/${'A'.repeat(24)}/submit`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{',
    });
    expect(bad.status).toBe(400);
  });

  it('never writes a draft after the submission (a late autosave cannot re-link answers)', async () => {
    const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 3 });
    const token = seeded.tokens[0]!;
    await submit(ctx, token, validAnswers(def, seededRandom(5)));
    const late = await ctx.app.request(`/s/${token}/draft`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: {} }),
    });
    expect(late.status).toBe(410);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM sealed_drafts').get()).toEqual({ n: 0 });
  });
});
