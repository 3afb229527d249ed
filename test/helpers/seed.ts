/** Builds a partnership with organizations, contacts and a launched campaign through the public API. */
import { adminClient, type TestClient, type TestContext } from './app.ts';

export interface Seeded {
  partnershipId: string;
  orgIds: string[];
  campaignId: string;
  links: { contactId: string; url: string; language: string }[];
  tokens: string[];
}

export async function seedCampaign(
  client: TestClient,
  options: {
    workers?: number;
    orgs?: number;
    templateId?: string;
    segmentAttributes?: string[];
    minGroupSize?: number;
    occupations?: string[];
  } = {},
): Promise<Seeded> {
  const workers = options.workers ?? 12;
  const p = await client.post('/api/partnerships', {
    name: 'River Valley Advanced Manufacturing',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: options.minGroupSize ?? 5,
  });
  if (p.status !== 201) throw new Error(p.text);
  const partnershipId = p.json.partnership.id as string;
  const orgIds: string[] = [];
  for (let i = 0; i < (options.orgs ?? 2); i++) {
    const o = await client.post(`/api/partnerships/${partnershipId}/organizations`, {
      name: `Employer ${i + 1}`,
      kind: 'employer',
    });
    orgIds.push(o.json.organization.id);
  }
  const occupations = options.occupations ?? ['machinist', 'welder', 'assembler'];
  const contacts = Array.from({ length: workers }, (_, i) => ({
    firstName: `Worker${i}`,
    lastName: 'Test',
    phone: `+1312555${String(1000 + i).padStart(4, '0')}`,
    language: i % 3 === 0 ? 'es' : 'en',
    kind: options.templateId === 'employer-satisfaction' ? 'employer' : 'worker',
    organizationId: orgIds[i % orgIds.length],
    attributes: { occupation: occupations[i % occupations.length]! },
  }));
  const added = await client.post(`/api/partnerships/${partnershipId}/contacts`, contacts);
  if (added.status !== 201) throw new Error(added.text);
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice 2026-Q3',
    templateId: options.templateId ?? 'worker-voice',
    period: 'PY2026-Q1',
    segmentAttributes: options.segmentAttributes ?? ['occupation'],
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
  });
  if (camp.status !== 201) throw new Error(camp.text);
  const campaignId = camp.json.campaign.id as string;
  const launched = await client.post(`/api/campaigns/${campaignId}/launch`);
  if (launched.status !== 200) throw new Error(launched.text);
  const links = await client.post(`/api/campaigns/${campaignId}/links`);
  if (links.status !== 200) throw new Error(links.text);
  const list = links.json.links as Seeded['links'];
  return { partnershipId, orgIds, campaignId, links: list, tokens: list.map((l) => l.url.split('/s/')[1]!) };
}

/**
 * An admin client on a fresh app over `deps` and a partnership that may text at any hour, for tests
 * and benchmarks that run on the real clock and must not wait for daytime.
 */
export async function allDayPartnership(app: TestContext['app'], name = 'River Valley', timeZone = 'UTC') {
  const client = await adminClient({ app } as TestContext);
  const p = await client.post('/api/partnerships', {
    name,
    sector: 'Manufacturing',
    region: 'RV',
    timeZone,
    smsHours: { start: '00:00', end: '24:00' },
  });
  if (p.status !== 201) throw new Error(p.text);
  return { client, partnershipId: p.json.partnership.id as string };
}
