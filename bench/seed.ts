/**
 * What the submission and release benchmarks share: a partnership with `invitations` workers and a way
 * to launch campaigns to all of them and get their personal links' tokens, through the API as staff would.
 */
import { join } from 'node:path';
import { linkToken } from '../server/campaigns/links.ts';
import { readConfig } from '../server/runtime/config.ts';
import { nodeDeps } from '../server/runtime/deps.ts';
import type { TestClient } from '../test/helpers/app.ts';
import { seedCampaign } from '../test/helpers/seed.ts';

/** The Node app's own deps over a SQLite file in `dir` (WAL mode), logging only errors. */
export function benchDeps(dir: string, file = 'bench.db') {
  const config = readConfig({
    DATABASE_PATH: join(dir, file),
    PUBLIC_URL: 'http://127.0.0.1',
    LINK_SECRET: 'bench-link-secret-0123456789abcdefghijkl',
    ANSWER_SECRET: 'bench-answer-secret-0123456789abcdefghij',
  });
  const deps = {
    ...nodeDeps(config),
    log: { info() {}, error: (m: string, f?: unknown) => console.error(m, f) },
  };
  return { config, deps };
}

/**
 * A partnership whose workers are spread over six employers, and a way to launch campaigns to all of
 * them. The links come back as their messages carry them (rebuilt from LINK_SECRET, as the dispatcher
 * does), so nothing is re-keyed: the first thousand workers have no email (a printed link reaches
 * them), the rest an email address (their submission finds a queued invitation message: 'email').
 */
export async function benchAudience(
  client: TestClient,
  deps: ReturnType<typeof benchDeps>['deps'],
  invitations: number,
  { segmentAttributes = ['occupation'] }: { segmentAttributes?: string[] } = {},
) {
  await client.post('/api/setup', {
    email: 'bench@example.org',
    name: 'Bench',
    password: 'bench password 123',
  });
  // Contacts go in through the API in chunks of its 1,000-item limit; the seed helper adds the first.
  const seeded = await seedCampaign(client, { workers: Math.min(invitations, 1000), orgs: 6 });
  for (let start = 1000; start < invitations; start += 1000) {
    const batch = Array.from({ length: Math.min(1000, invitations - start) }, (_, i) => ({
      firstName: `W${start + i}`,
      email: `w${start + i}@bench.example`,
      kind: 'worker',
      organizationId: seeded.orgIds[(start + i) % 6],
      attributes: {
        occupation: ['machinist', 'welder', 'assembler'][(start + i) % 3]!,
        shift: ['day', 'night'][(start + i) % 2]!,
      },
    }));
    const res = await client.post(`/api/partnerships/${seeded.partnershipId}/contacts`, batch);
    if (res.status !== 201) throw new Error(res.text);
  }
  const pending = deps.sqlite.raw.prepare(
    'SELECT id, link_version FROM invitations WHERE campaign_id = ? AND completed = 0 ORDER BY rowid',
  );
  /** A campaign to every worker, launched, with one link token per worker. */
  return async function campaignTokens(name: string): Promise<{ campaignId: string; tokens: string[] }> {
    const camp = await client.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name,
      templateId: 'worker-voice',
      period: '2026-Q4',
      segmentAttributes,
      opensOn: '2000-01-01',
      closesOn: '2999-12-31',
    });
    if (camp.status !== 201) throw new Error(camp.text);
    const campaignId = camp.json.campaign.id as string;
    for (let finished = false; !finished;) {
      const launched = await client.post(`/api/campaigns/${campaignId}/launch`);
      if (launched.status !== 200) throw new Error(launched.text);
      finished = launched.json.launch?.finished ?? true;
    }
    const rows = pending.all(campaignId) as { id: string; link_version: number }[];
    const secret = deps.config.distribution.linkSecret;
    return {
      campaignId,
      tokens: await Promise.all(rows.map((r) => linkToken(secret, r.id, r.link_version))),
    };
  };
}
