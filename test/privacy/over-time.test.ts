/**
 * Differencing over time, attacked through the real API: random sequences of submissions and
 * releases across organizations and an attribute; after every step every review output is fetched as
 * each role (JSON of the quarter and the year, CSV, the printable page; goals ride in the JSON). The
 * attacker then compares any two moments:
 *  - nothing may change unless a release happened (a submission alone moves nothing anyone can read);
 *  - every published group, and every breakdown's remainder (total minus its shown groups), moves by
 *    0 or at least k between any two moments where it is shown; a group that did not move shows the
 *    same figures wherever both moments show them.
 * With the release rule switched off (each answer released on its own) the same attacker finds the
 * leak, so the test can fail.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getCampaign } from '../../server/campaigns/campaigns.ts';
import { releaseCampaign } from '../../server/reviews/release.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { adminClient, makeTestApp, staffClient, TestClient } from '../helpers/app.ts';
import { count, releaseNow } from '../helpers/release.ts';
import { seedCampaign } from '../helpers/seed.ts';

const def = getTemplate('worker-voice')!;
const k = 3;
type Step = { kind: 'submit'; who: number; seed: number } | { kind: 'tick' } | { kind: 'staffRelease' };
type Outputs = Record<string, string>;

async function world() {
  const ctx = makeTestApp({ now: '2026-08-10T14:00:00Z' });
  const admin = await adminClient(ctx);
  const seeded = await seedCampaign(admin, {
    workers: 24,
    orgs: 3,
    minGroupSize: k,
    segmentAttributes: ['occupation'],
    occupations: ['welder', 'machinist'],
  });
  // Two ways people were reached, so reviews show responses by channel: a third got their link by a
  // text that went out (as the dispatcher records it), the others hold a printed link.
  ctx.raw
    .prepare(
      `INSERT INTO outbox (id, campaign_id, invitation_id, contact_id, channel, purpose, sequence, status, due_at)
       SELECT 'o' || id, campaign_id, id, contact_id, 'sms', 'invitation', 0, 'sent', '2026-08-10T14:00:00Z'
       FROM invitations WHERE rowid % 3 = 0`,
    )
    .run();
  const base = `/api/partnerships/${seeded.partnershipId}`;
  await admin.post(`${base}/goals`, {
    label: 'JQI 60',
    templateId: 'worker-voice',
    measure: 'index.jqi',
    target: 60,
  });
  const viewer = await staffClient(ctx, admin, 'viewer', [seeded.partnershipId]);
  const made = await admin.post('/api/users', {
    email: 'hr@employer1.example',
    name: 'Employer One HR',
    password: 'correct horse battery',
    role: 'viewer',
    memberships: [{ partnershipId: seeded.partnershipId, organizationId: seeded.orgIds[0] }],
  });
  if (made.status !== 201) throw new Error(made.text);
  const employer = new TestClient(ctx);
  await employer.post('/api/auth/login', {
    email: 'hr@employer1.example',
    password: 'correct horse battery',
  });
  return { ctx, admin, seeded, base, roles: { admin, viewer, employer } };
}
type World = Awaited<ReturnType<typeof world>>;

/** Everything each role can read about the answers, with the time of drawing taken out. */
async function outputs(w: World): Promise<Outputs> {
  const out: Outputs = {};
  const stamp = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g;
  for (const [role, client] of Object.entries(w.roles)) {
    for (const period of ['PY2026-Q1', 'PY2026']) {
      out[`${role} ${period} json`] = (await client.get(`${w.base}/reviews/${period}`)).text.replace(
        stamp,
        '',
      );
      out[`${role} ${period} csv`] = (await client.get(`${w.base}/reviews/${period}?format=csv`)).text;
    }
    out[`${role} page`] = (await client.get(`/reviews/${w.seeded.partnershipId}/PY2026-Q1`)).text.replace(
      /Generated[^<]*/g,
      '',
    );
  }
  return out;
}

/** Every published group's size (and its figures), plus each breakdown's remainder, by name. */
/** A group's shown figures by measure (a figure hidden by complementary suppression is left out). */
const shownFigures = (
  measures: Record<string, { value: number | null; low: number | null; high: number | null }>,
) =>
  Object.fromEntries(
    Object.entries(measures)
      .filter(([, m]) => m.value !== null)
      .map(([name, m]) => [name, `${m.value} ${m.low} ${m.high}`]),
  );
type Figures = Record<string, string>;

function groupsOf(outs: Outputs): Map<string, { n: number; figures: Figures }> {
  const groups = new Map<string, { n: number; figures: Figures }>();
  for (const [name, text] of Object.entries(outs)) {
    if (!name.endsWith('json')) continue;
    for (const t of JSON.parse(text).review.templates) {
      const overall = t.overall;
      if (overall.n !== null)
        groups.set(`${name} ${t.templateId} all`, {
          n: overall.n,
          figures: shownFigures(overall.measures),
        });
      for (const b of t.breakdowns) {
        let shown = 0;
        for (const g of b.groups) {
          if (g.n === null) continue;
          shown += g.n;
          groups.set(`${name} ${t.templateId} ${b.key}=${g.key}`, {
            n: g.n,
            figures: shownFigures(g.measures),
          });
        }
        if (overall.n !== null)
          groups.set(`${name} ${t.templateId} ${b.key} remainder`, { n: overall.n - shown, figures: {} });
      }
      for (const c of t.invitations.channels) {
        if (c.responses !== null)
          groups.set(`${name} ${t.templateId} channel=${c.channel}`, { n: c.responses, figures: {} });
      }
    }
  }
  return groups;
}

/** What the attacker finds across every pair of moments: each finding pins fewer than k people. */
function attack(history: { released: number; outs: Outputs }[]): string[] {
  const found: string[] = [];
  const groups = history.map((h) => groupsOf(h.outs));
  for (let a = 0; a < history.length; a++) {
    for (let b = a + 1; b < history.length; b++) {
      if (history[a]!.released === history[b]!.released) {
        for (const [name, text] of Object.entries(history[b]!.outs)) {
          if (history[a]!.outs[name] !== text)
            found.push(`${name} changed between moments ${a} and ${b} with no release`);
        }
      }
      for (const [key, later] of groups[b]!) {
        const earlier = groups[a]!.get(key);
        if (!earlier) continue;
        const moved = later.n - earlier.n;
        if (moved > 0 && moved < k) found.push(`${key} moved by ${moved} between moments ${a} and ${b}`);
        // Unmoved, a figure shown at both moments is the same (one may be hidden at one of them).
        const differs = Object.keys(later.figures).some(
          (m) => m in earlier.figures && earlier.figures[m] !== later.figures[m],
        );
        if (moved === 0 && differs) found.push(`${key} changed its figures without moving`);
      }
    }
  }
  return found;
}

async function play(w: World, steps: Step[], careless: boolean) {
  const used = new Set<number>();
  const history = [{ released: 0, outs: await outputs(w) }];
  const campaign = await getCampaign(w.ctx.deps, w.seeded.campaignId);
  for (const step of steps) {
    if (step.kind === 'submit') {
      const free = w.seeded.tokens.map((_, i) => i).filter((i) => !used.has(i));
      if (free.length === 0) continue;
      const who = free[step.who % free.length]!;
      used.add(who);
      const res = await w.ctx.app.request(`/s/${w.seeded.tokens[who]}/submit`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: validAnswers(def, seededRandom(step.seed), 0.7) }),
      });
      expect(res.status).toBe(200);
      // The rule switched off: every answer released on its own as it arrives.
      if (careless) {
        await releaseCampaign(w.ctx.deps, campaign, {
          final: false,
          coarsen: false,
          minGroupSize: 1,
          timeZone: 'America/Chicago',
        });
      }
    } else if (step.kind === 'tick') {
      await releaseNow(w.ctx);
    } else {
      expect((await w.admin.post(`/api/campaigns/${w.seeded.campaignId}/release`)).status).toBe(200);
    }
    history.push({ released: count(w.ctx, 'responses'), outs: await outputs(w) });
  }
  return history;
}

const steps = fc.array(
  fc.oneof(
    // Answers from a few profiles, so groups fill up and the loop's releases happen as well as staff's.
    {
      weight: 6,
      arbitrary: fc.record({ kind: fc.constant('submit' as const), who: fc.nat(), seed: fc.nat({ max: 3 }) }),
    },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('tick' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('staffRelease' as const) }) },
  ),
  { minLength: 12, maxLength: 26 },
);

describe('reviews over time', () => {
  it('never move by fewer than k answers in any group, for any role, between any two moments', async () => {
    let releases = 0;
    await fc.assert(
      fc.asyncProperty(steps, async (s) => {
        const w = await world();
        // Ends with k more answers and a staff release, so every run compares at least one release.
        const last: Step[] = [
          ...Array.from({ length: k }, (): Step => ({ kind: 'submit', who: 0, seed: 0 })),
        ];
        const history = await play(w, [...s, ...last, { kind: 'staffRelease' }], false);
        expect(attack(history)).toEqual([]);
        releases += new Set(history.map((h) => h.released)).size - 1;
      }),
      // No shrinking: one step sequence that leaks is the finding, and shrinking refetches every output.
      { numRuns: 5, endOnFailure: true },
    );
    // The attacker had releases to compare in every run, not only quiet moments.
    expect(releases).toBeGreaterThanOrEqual(5);
  }, 240_000);

  it('finds the leak when the release rule is switched off', async () => {
    const w = await world();
    const s: Step[] = Array.from({ length: 6 }, (_, i) => ({ kind: 'submit', who: i * 5, seed: i + 1 }));
    const found = attack(await play(w, s, true));
    expect(found.some((f) => /moved by [12] /.test(f))).toBe(true);
  }, 60_000);
});
