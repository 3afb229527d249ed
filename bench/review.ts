/**
 * review_1k_ms, review_100k_ms, review_1m_ms: drawing a quarterly review (JSON, through the app) over
 * a campaign of 1,000, 100,000 and 1,000,000 responses in one SQLite file. The responses, invitations
 * and aggregate rows are written in bulk; the aggregate rows are exactly what releases would have
 * written (the same `responseCells`, plus the count of responses by channel a release adds; test/reviews
 * proves rebuilt and incremental rows agree). Answers are drawn from a pool of 5,000 answer sets so a
 * million can be written in seconds.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { channelGroup, responseCells } from '../server/reviews/response-cells.ts';
import { getTemplate, type Answers } from '../surveys/index.ts';
import { TestClient, type TestContext } from '../test/helpers/app.ts';
import { seededRandom, validAnswers } from '../test/helpers/answers.ts';
import type { Figure } from './run.ts';
import { benchDeps } from './seed.ts';

const sizes = [
  { name: 'review_1k_ms', n: 1_000 },
  { name: 'review_100k_ms', n: 100_000 },
  { name: 'review_1m_ms', n: 1_000_000 },
];
const orgCount = 20;
const occupations = ['machinist', 'welder', 'assembler', 'inspector', 'maintenance', 'operator'];

function fill(raw: Database.Database, campaignId: string, orgIds: string[], n: number) {
  const def = getTemplate('worker-voice')!;
  const rand = seededRandom(n);
  const pool = Array.from({ length: 5000 }, () => {
    const answers: Answers = validAnswers(def, rand);
    const org = orgIds[Math.floor(rand() * orgIds.length)]!;
    // Most responses carry the full tag; a few were coarsened while their group was still small.
    const level = rand() < 0.03 ? 0 : rand() < 0.05 ? 1 : 2;
    const tag: Record<string, string> =
      level === 0
        ? {}
        : level === 1
          ? { organization: org }
          : { organization: org, occupation: occupations[Math.floor(rand() * occupations.length)]! };
    return {
      answers: JSON.stringify(answers),
      tag,
      segment: JSON.stringify(tag),
      cells: responseCells(def, ['occupation'], tag, answers),
      count: 0,
    };
  });
  const insertResponse = raw.prepare(
    `INSERT INTO responses (id, campaign_id, template_id, template_version, submitted_on, segment, answers) VALUES (?, ?, 'worker-voice', 1, '2026-08-03', ?, ?)`,
  );
  // Tickets without a contact (as an open link mints them): a million contacts would only slow the set-up.
  const insertInvitation = raw.prepare(
    `INSERT INTO invitations (id, campaign_id, token_hash, completed) VALUES (?, ?, ?, 1)`,
  );
  raw.transaction(() => {
    for (let i = 0; i < n; i++) {
      const p = pool[Math.floor(rand() * pool.length)]!;
      p.count++;
      const id = `${campaignId}-${i.toString(36).padStart(6, '0')}`;
      insertResponse.run(id, campaignId, p.segment, p.answers);
      insertInvitation.run(id, campaignId, `${campaignId}:${i}`);
    }
    const sums = new Map<string, [string, string, string, number, number, number]>();
    for (const p of pool) {
      if (p.count === 0) continue;
      for (const [g, item, value, total, sumsq] of p.cells) {
        const key = `${g}\u0000${item}\u0000${value}`;
        const s = sums.get(key) ?? [g, item, value, 0, 0, 0];
        ((s[3] += p.count), (s[4] += total * p.count), (s[5] += sumsq * p.count));
        sums.set(key, s);
      }
    }
    const insertRollup = raw.prepare(
      'INSERT INTO rollup_counts (campaign_id, group_key, item, value, n, total, sumsq) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    for (const s of sums.values()) insertRollup.run(campaignId, ...s);
    // Every invitation here is an open-link ticket, so a release would count every response there.
    insertRollup.run(campaignId, channelGroup('open_link'), '_n', '', n, 0, 0);
  })();
}

export async function reviewTimes(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-review-bench-'));
  const { deps } = benchDeps(dir, 'review.db');
  try {
    const app = createApp(() => deps);
    const admin = new TestClient({ app } as unknown as TestContext);
    await admin.post('/api/setup', {
      email: 'bench@example.org',
      name: 'Bench',
      password: 'bench password 123',
    });
    const token = (await admin.post('/api/auth/tokens', { name: 'bench' })).json.token as string;
    const draws: (() => Promise<unknown>)[] = [];
    for (const size of sizes) {
      const p = await admin.post('/api/partnerships', {
        name: `Bench ${size.n}`,
        sector: 'Manufacturing',
        region: 'Bench',
        timeZone: 'America/Chicago',
        reviewYear: 'program',
      });
      const pid = p.json.partnership.id as string;
      const orgIds: string[] = [];
      for (let i = 0; i < orgCount; i++)
        orgIds.push(
          (
            await admin.post(`/api/partnerships/${pid}/organizations`, {
              name: `Employer ${i}`,
              kind: 'employer',
            })
          ).json.organization.id,
        );
      const camp = await admin.post(`/api/partnerships/${pid}/campaigns`, {
        name: 'Worker voice',
        templateId: 'worker-voice',
        period: 'PY2026-Q1',
        segmentAttributes: ['occupation'],
        opensOn: '2026-07-01',
        closesOn: '2026-09-30',
      });
      const campaignId = camp.json.campaign.id as string;
      deps.sqlite.raw
        .prepare(`UPDATE campaigns SET status = 'closed', launched_at = '2026-07-01T00:00:00Z' WHERE id = ?`)
        .run(campaignId);
      fill(deps.sqlite.raw, campaignId, orgIds, size.n);
      const draw = async () => {
        const res = await app.request(`/api/partnerships/${pid}/reviews/PY2026-Q1`, {
          headers: { authorization: `Bearer ${token}` },
        });
        if (res.status !== 200) throw new Error(await res.text());
        return (await res.json()) as { review: { templates: { overall: { n: number } }[] } };
      };
      // The first draw counts the closed campaign's invitations once and keeps the count.
      if ((await draw()).review.templates[0]!.overall.n !== size.n)
        throw new Error('the review did not see every response');
      draws.push(draw);
    }
    // Warm up, then time the three sizes in turn, round after round, so none profits from going last.
    for (let i = 0; i < 10; i++) for (const draw of draws) await draw();
    const times: number[][] = sizes.map(() => []);
    for (let round = 0; round < 30; round++) {
      for (const [i, draw] of draws.entries()) {
        const t0 = performance.now();
        await draw();
        times[i]!.push(performance.now() - t0);
      }
    }
    const figures: Figure[] = sizes.map((size, i) => {
      const sorted = times[i]!.sort((a, b) => a - b);
      return {
        name: size.name,
        value: Number(sorted[Math.floor(sorted.length / 2)]!.toFixed(2)),
        unit: 'ms',
      };
    });
    const one = figures[0]!.value;
    figures.push({ name: 'review_1m_vs_1k', value: Number((figures[2]!.value / one).toFixed(2)), unit: 'x' });
    return figures;
  } finally {
    deps.sqlite.raw.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
