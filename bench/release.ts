/**
 * release_ms: releasing 10,000 waiting answers of a worker-voice campaign, on the Node app's own
 * deps over a SQLite file. Submissions no longer touch `responses` or the aggregates; a release does
 * that work for a whole batch later (server/reviews/release.ts), so this is where it is paid now.
 * The pool is filled by real submissions through the app (10,000 workers over six employers, segments
 * by organization, occupation and shift, answers drawn like a respondent's), then the campaign's
 * final release is timed (a release opens at most 2,000, so five in a row): open, plan, shuffle, write
 * the responses, their cells and the pool's deletion in one atomic write each. Three campaigns to the
 * same workers; the median is reported.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import type { Atomic } from '../server/deps.ts';
import { getCampaign } from '../server/campaigns/campaigns.ts';
import { recentPartnership } from '../server/partnerships/partnerships.ts';
import { readPool } from '../server/reviews/pool.ts';
import { releaseCampaign } from '../server/reviews/release.ts';
import { getTemplate } from '../surveys/index.ts';
import { seededRandom, validAnswers } from '../test/helpers/answers.ts';
import { TestClient } from '../test/helpers/app.ts';
import type { Figure } from './run.ts';
import { benchAudience, benchDeps } from './seed.ts';

const answers = 10_000;
const campaigns = 3;
/** Submissions in flight at once while the pool fills (they group-commit, as under real load). */
const inFlight = 50;

export async function releaseBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sv-release-bench-'));
  const { deps } = benchDeps(dir, 'release.db');
  try {
    const app = createApp(() => deps);
    const client = new TestClient({ app });
    const campaignTokens = await benchAudience(client, deps, answers, {
      segmentAttributes: ['occupation', 'shift'],
    });
    const def = getTemplate('worker-voice')!;
    const rand = seededRandom(7);
    const bodies = Array.from({ length: 500 }, () => JSON.stringify({ answers: validAnswers(def, rand) }));
    const waiting = deps.sqlite.raw.prepare(
      'SELECT count(*) AS n FROM pending_answers WHERE campaign_id = ?',
    );
    const released = deps.sqlite.raw.prepare('SELECT count(*) AS n FROM responses WHERE campaign_id = ?');

    const times: number[] = [];
    const parts = { open: [] as number[], write: [] as number[] };
    let carried = 0;
    let held = 0;
    for (let c = 0; c < campaigns; c++) {
      const { campaignId, tokens } = await campaignTokens(`Release ${c}`);
      for (let i = 0; i < answers; i += inFlight) {
        await Promise.all(
          tokens.slice(i, i + inFlight).map(async (token, j) => {
            const res = await app.request(`/s/${token}/submit`, {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: bodies[(i + j) % bodies.length]!,
            });
            if (res.status !== 200) throw new Error(`submit: ${res.status} ${await res.text()}`);
          }),
        );
      }
      const pooled = (waiting.get(campaignId) as { n: number }).n;
      if (pooled !== answers) throw new Error(`${pooled} answers wait, not ${answers}`);
      const campaign = await getCampaign(deps, campaignId);
      const partnership = await recentPartnership(deps, campaign.partnershipId);
      // The parts, for where the time goes: opening the pool alone (read-only, so timed just before),
      // and the release's one atomic write; the rest is planning and summing the cells.
      const t = performance.now();
      await readPool(deps, campaignId, answers);
      parts.open.push(performance.now() - t);
      let writing = 0;
      const timed: Atomic = async (statements) => {
        const w = performance.now();
        try {
          return await deps.atomic(statements);
        } finally {
          writing += performance.now() - w;
        }
      };
      // A release opens at most 2,000 answers: the final one at the close goes on until none is left.
      const t0 = performance.now();
      let total = 0;
      for (;;) {
        const report = await releaseCampaign({ ...deps, atomic: timed }, campaign, {
          final: true,
          coarsen: true,
          minGroupSize: partnership.minGroupSize,
          timeZone: partnership.timeZone,
        });
        total += report.released;
        if (report.released === 0 || report.released + report.held < 2000) break;
      }
      times.push(performance.now() - t0);
      parts.write.push(writing);
      const inResponses = (released.get(campaignId) as { n: number }).n;
      const left = (waiting.get(campaignId) as { n: number }).n;
      if (total !== inResponses || total + left !== answers)
        throw new Error(`the releases carried ${total} and left ${left}, responses hold ${inResponses}`);
      carried += total;
      held += left;
    }
    const median = (list: number[]) => Math.round(list.sort((a, b) => a - b)[Math.floor(list.length / 2)]!);
    return [
      { name: 'release_ms', value: median(times), unit: `ms (${answers} answers, final releases of 2,000)` },
      {
        name: 'release_open_ms',
        value: median(parts.open),
        unit: 'ms (reading and unsealing the pool alone)',
      },
      { name: 'release_write_ms', value: median(parts.write), unit: 'ms (their atomic writes)' },
      { name: 'release_released', value: Math.round(carried / campaigns), unit: 'answers per campaign' },
      { name: 'release_held', value: Math.round(held / campaigns), unit: 'answers per campaign' },
    ];
  } finally {
    await deps.sqlite.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
