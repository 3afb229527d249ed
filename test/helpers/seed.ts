/** Builds a partnership with organizations, contacts and a launched campaign through the public API. */
import { linkToken } from '../../server/campaigns/links.ts';
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
    /** Open and close days (default: the third quarter of 2026, for tests on a fixed clock). */
    opensOn?: string;
    closesOn?: string;
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
    opensOn: options.opensOn ?? '2026-08-01',
    closesOn: options.closesOn ?? '2026-09-30',
  });
  if (camp.status !== 201) throw new Error(camp.text);
  const campaignId = camp.json.campaign.id as string;
  const launched = await client.post(`/api/campaigns/${campaignId}/launch`);
  if (launched.status !== 200) throw new Error(launched.text);
  // No contact here can be texted (no consent) or emailed, so each gets a printed link.
  const list = await printLinks(
    client,
    campaignId,
    (added.json.created as { id: string }[]).map((c) => c.id),
  );
  return { partnershipId, orgIds, campaignId, links: list, tokens: list.map((l) => l.url.split('/s/')[1]!) };
}

/** Printed links for these contacts, as staff pick them: at most 500 a request. */
export async function printLinks(client: TestClient, campaignId: string, contactIds: string[]) {
  const links: Seeded['links'] = [];
  for (let i = 0; i < contactIds.length; i += 500) {
    const res = await client.post(`/api/campaigns/${campaignId}/links`, {
      contactIds: contactIds.slice(i, i + 500),
    });
    if (res.status !== 200) throw new Error(res.text);
    links.push(...(res.json.links as Seeded['links']));
  }
  return links;
}

/**
 * The tokens of a campaign's pending invitations as their messages carry them (rebuilt from the link
 * secret, as the dispatcher does), in invitation order: for tests that answer as the people who
 * received them. Nothing is re-keyed.
 */
export async function receivedTokens(ctx: TestContext, campaignId: string): Promise<string[]> {
  const rows = ctx.raw
    .prepare(
      'SELECT id, link_version FROM invitations WHERE campaign_id = ? AND contact_id IS NOT NULL AND completed = 0 ORDER BY rowid',
    )
    .all(campaignId) as { id: string; link_version: number }[];
  const secret = ctx.deps.config.distribution.linkSecret;
  return Promise.all(rows.map((r) => linkToken(secret, r.id, r.link_version)));
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
