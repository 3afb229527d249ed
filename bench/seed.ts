/**
 * What the submission benchmarks share: a partnership with `invitations` workers and a way to launch
 * campaigns to all of them and get their personal links' tokens, through the API as a person would.
 */
import { join } from 'node:path';
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

export async function benchAudience(client: TestClient, invitations: number) {
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
      attributes: { occupation: ['machinist', 'welder', 'assembler'][(start + i) % 3]! },
    }));
    const res = await client.post(`/api/partnerships/${seeded.partnershipId}/contacts`, batch);
    if (res.status !== 201) throw new Error(res.text);
  }
  /** A campaign to every worker, launched, with one link token per worker. */
  return async function campaignTokens(name: string): Promise<string[]> {
    const camp = await client.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name,
      templateId: 'worker-voice',
      period: '2026-Q4',
      segmentAttributes: ['occupation'],
      opensOn: '2000-01-01',
      closesOn: '2999-12-31',
    });
    await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
    const links = (await client.post(`/api/campaigns/${camp.json.campaign.id}/links`)).json.links as {
      url: string;
    }[];
    return links.map((l) => l.url.split('/s/')[1]!);
  };
}
