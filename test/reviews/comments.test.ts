/**
 * Comments in reviews: shown only where their own campaign reached the comment minimum, in every review
 * (quarter, year) and every output (JSON, CSV, page), with names masked. Responses are put in place as
 * a release writes them (rows in `responses` and the same aggregate rows), so these tests do not depend
 * on how submissions reach the pool.
 */
import { describe, expect, it } from 'vitest';
import { responseCells } from '../../server/reviews/response-cells.ts';
import { getTemplate, type Answers } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import type { TestContext } from '../helpers/app.ts';
import { reviewFixture, type BearerClient } from './fixture.ts';

const def = getTemplate('worker-voice')!;

interface World {
  ctx: TestContext;
  client: BearerClient;
  partnershipId: string;
  orgId: string;
}

/** A partnership with one employer and no contacts: the tests put responses in place themselves. */
async function world(): Promise<World> {
  const f = await reviewFixture({ orgs: 1, workers: 0 });
  return { ctx: f.ctx, client: f.client, partnershipId: f.partnershipId, orgId: f.orgIds[0]! };
}

async function campaign(w: World, period: string, name: string, opensOn: string, closesOn: string) {
  const res = await w.client.post(`/api/partnerships/${w.partnershipId}/campaigns`, {
    name,
    templateId: 'worker-voice',
    period,
    segmentAttributes: [],
    opensOn,
    closesOn,
  });
  if (res.status !== 201) throw new Error(res.text);
  const id = res.json.campaign.id as string;
  w.ctx.raw
    .prepare(`UPDATE campaigns SET status = 'closed', launched_at = ? WHERE id = ?`)
    .run(`${opensOn}T00:00:00.000Z`, id);
  return id;
}

let serial = 0;
/** Writes answers as a release does: the responses, and their cells added to the aggregate rows. */
function release(w: World, campaignId: string, answers: Answers[]) {
  const tag = { organization: w.orgId };
  const insertResponse = w.ctx.raw.prepare(
    `INSERT INTO responses (id, campaign_id, template_id, template_version, submitted_on, segment, answers)
     VALUES (?, ?, 'worker-voice', 1, '2026-08-03', ?, ?)`,
  );
  const addCell = w.ctx.raw.prepare(
    `INSERT INTO rollup_counts (campaign_id, group_key, item, value, n, total, sumsq) VALUES (?, ?, ?, ?, 1, ?, ?)
     ON CONFLICT (campaign_id, group_key, item, value) DO UPDATE SET
       n = n + 1, total = total + excluded.total, sumsq = sumsq + excluded.sumsq`,
  );
  for (const a of answers) {
    insertResponse.run(
      `r${String(serial++).padStart(8, '0')}`,
      campaignId,
      JSON.stringify(tag),
      JSON.stringify(a),
    );
    for (const [group, item, value, total, sumsq] of responseCells(def, [], tag, a))
      addCell.run(campaignId, group, item, value, total, sumsq);
  }
}

/** `n` valid answer sets; the first carries `comment`, the rest none. */
function answered(n: number, comment: string, seed: number): Answers[] {
  const rand = seededRandom(seed);
  return Array.from({ length: n }, (_, i) => {
    const a = validAnswers(def, rand);
    delete a.comment;
    if (i === 0) a.comment = comment;
    return a;
  });
}

const json = async (w: World, period: string) => {
  const res = await w.client.get(`/api/partnerships/${w.partnershipId}/reviews/${period}`);
  expect(res.status, res.text).toBe(200);
  return res.json.review.templates[0].comments as {
    shown: boolean;
    minimum: number;
    items: string[];
    heldBack?: number;
  };
};
const csv = async (w: World, period: string) =>
  (await w.client.get(`/api/partnerships/${w.partnershipId}/reviews/${period}?format=csv`)).text;
const page = async (w: World, period: string) => {
  const res = await w.client.get(`/reviews/${w.partnershipId}/${period}`);
  expect(res.status).toBe(200);
  return res.text;
};

const secret = 'Q1 only: the night lead skips the lockout checks';

/** PY2026: 3 responses in Q1 (one with a comment), 12 in each other quarter, each with a comment. */
async function yearOfQuarters(): Promise<World & { campaigns: string[] }> {
  const w = await world();
  const quarters = [
    ['PY2026-Q1', '2026-07-01', '2026-09-30', 3],
    ['PY2026-Q2', '2026-10-01', '2026-12-31', 12],
    ['PY2026-Q3', '2027-01-01', '2027-03-31', 12],
    ['PY2026-Q4', '2027-04-01', '2027-06-30', 12],
  ] as const;
  const campaigns: string[] = [];
  for (const [i, [period, opensOn, closesOn, n]] of quarters.entries()) {
    const id = await campaign(w, period, `Worker voice ${period}`, opensOn, closesOn);
    release(w, id, answered(n, i === 0 ? secret : `Said in ${period}: more notice of overtime`, i + 1));
    campaigns.push(id);
  }
  w.ctx.clock.set('2027-07-15T15:00:00Z');
  return { ...w, campaigns };
}

describe('comments in the annual review', () => {
  it('leave out a comment whose quarter had too few answers, in JSON, CSV and on the page', async () => {
    const w = await yearOfQuarters();
    expect(await json(w, 'PY2026-Q1')).toMatchObject({ shown: false, items: [] });
    for (const q of ['Q2', 'Q3', 'Q4']) {
      expect((await json(w, `PY2026-${q}`)).items).toEqual([`Said in PY2026-${q}: more notice of overtime`]);
    }
    const year = await json(w, 'PY2026');
    expect(year.items.join('\n')).not.toContain('Q1 only');
    expect(year.items).toHaveLength(3);
    expect(year).toMatchObject({ shown: true, minimum: 10, heldBack: 1 });
    expect(await csv(w, 'PY2026')).not.toContain('Q1 only');
    const html = await page(w, 'PY2026');
    expect(html).toContain('Said in PY2026-Q2');
    expect(html).not.toContain('Q1 only');
    expect(html).toContain('fewer than 10 people answered');
  });

  it('shows a final quarter’s comments as that review froze them, and late ones nowhere', async () => {
    const w = await yearOfQuarters();
    const final = await w.client.post(`/api/partnerships/${w.partnershipId}/reviews/PY2026-Q2/final`);
    expect(final.status, final.text).toBe(201);
    // Five more answers reach the Q2 campaign after its review was made final, one with a comment.
    release(w, w.campaigns[1]!, answered(5, 'Late: only five of us answered after the review', 9));
    expect((await json(w, 'PY2026-Q2')).items).toEqual(['Said in PY2026-Q2: more notice of overtime']);
    // The late answers count in Q3's review, but their comments belong to the campaign's own review.
    expect((await json(w, 'PY2026-Q3')).items).toEqual(['Said in PY2026-Q3: more notice of overtime']);
    const year = await json(w, 'PY2026');
    expect(year.items.join('\n')).not.toContain('Late:');
    expect(year.items).toContain('Said in PY2026-Q2: more notice of overtime');
  });
});

describe('comments in a quarter with several campaigns', () => {
  it('come only from the campaigns that reached the minimum themselves', async () => {
    const w = await world();
    const small = await campaign(w, 'PY2026-Q1', 'Night shift', '2026-07-01', '2026-09-30');
    const big = await campaign(w, 'PY2026-Q1', 'Day shift', '2026-07-01', '2026-09-30');
    release(w, small, answered(9, 'Night shift: nine of us, the lead plays favorites', 1));
    release(w, big, answered(10, 'Day shift: ten of us, breaks are too short', 2));
    w.ctx.clock.set('2026-10-15T15:00:00Z');
    const c = await json(w, 'PY2026-Q1');
    expect(c.items).toEqual(['Day shift: ten of us, breaks are too short']);
    expect(c).toMatchObject({ shown: true, minimum: 10, heldBack: 1 });
    const html = await page(w, 'PY2026-Q1');
    expect(html).toContain('breaks are too short');
    expect(html).not.toContain('plays favorites');

    // One more answer to the night shift brings it to the minimum: its comment shows too.
    release(w, small, answered(1, 'Night shift: now ten', 3));
    const after = await json(w, 'PY2026-Q1');
    expect(after.heldBack).toBe(0);
    expect(after.items).toHaveLength(3);

    // A higher minimum set by the partnership holds both back, though the quarter has 20 answers.
    const set = await w.client.patch(`/api/partnerships/${w.partnershipId}/review-settings`, {
      commentMinSize: 15,
    });
    expect(set.status, set.text).toBe(200);
    expect(await json(w, 'PY2026-Q1')).toMatchObject({ shown: false, minimum: 15, items: [] });
  });
});

describe('names in comments', () => {
  it('are masked for the partnership’s contacts and staff and for common names, in JSON and on the page', async () => {
    const w = await world();
    const added = await w.client.post(`/api/partnerships/${w.partnershipId}/contacts`, [
      {
        firstName: 'Juan',
        lastName: 'Pérez',
        phone: '+13125550101',
        kind: 'worker',
        organizationId: w.orgId,
      },
      { firstName: 'Okonkwo', lastName: 'Adebayo-Lind', email: 'hr@employer.example', kind: 'employer' },
    ]);
    expect(added.status, added.text).toBe(201);
    const staff = await w.client.post('/api/users', {
      email: 'analyst@example.org',
      name: 'Thandiwe Mbatha',
      password: 'correct horse battery',
      role: 'analyst',
      partnershipIds: [w.partnershipId],
    });
    expect(staff.status, staff.text).toBe(201);
    const id = await campaign(w, 'PY2026-Q1', 'Worker voice', '2026-07-01', '2026-09-30');
    const answers = answered(
      12,
      'my supervisor juan perez yells; ADEBAYO-lind from HR and thandiwe never call back',
      1,
    );
    answers[1]!.comment = 'María y Guadalupe García trabajan más que Jennifer Smith. Llamen al 312-555-0199.';
    answers[2]!.comment = 'I will mark the rosary days; la luz rosa is broken. Email ana.r@example.org';
    release(w, id, answers);
    w.ctx.clock.set('2026-10-15T15:00:00Z');
    const c = await json(w, 'PY2026-Q1');
    expect(c.items).toEqual([
      'my supervisor [name] [name] yells; [name]-[name] from HR and [name] never call back',
      '[name] y [name] [name] trabajan más que [name] [name]. Llamen al [number].',
      'I will mark the rosary days; la luz rosa is broken. Email [email]',
    ]);
    const html = await page(w, 'PY2026-Q1');
    expect(html).toContain('my supervisor [name] [name] yells');
    expect(html).not.toMatch(/juan|pérez|perez|Guadalupe|Thandiwe/i);
  });
});
