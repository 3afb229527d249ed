/** A partnership with workers and employers, and campaigns answered through the real submission path. */
import type { Answers } from '../../surveys/index.ts';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';
import { receivedTokens } from '../helpers/seed.ts';

/** A client with an API token: the fixture moves the clock across quarters, past any session's end. */
export class BearerClient extends TestClient {
  constructor(
    ctx: TestContext,
    readonly token: string,
  ) {
    super(ctx);
  }
  override request(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return super.request(method, path, body, { authorization: `Bearer ${this.token}`, ...headers });
  }
}

export async function bearerFor(ctx: TestContext, session: TestClient): Promise<BearerClient> {
  const res = await session.post('/api/auth/tokens', { name: 'tests' });
  if (res.status !== 201) throw new Error(res.text);
  // Tokens expire within a year (issue 12), and the tests move the clock across years: the fixture's
  // token is stretched in the database rather than remade at every step.
  ctx.raw
    .prepare('UPDATE api_tokens SET expires_at = ? WHERE id = ?')
    .run('9999-12-31T00:00:00.000Z', res.json.id);
  return new BearerClient(ctx, res.json.token);
}

export interface Fixture {
  ctx: TestContext;
  client: BearerClient;
  partnershipId: string;
  orgIds: string[];
}

export async function reviewFixture(
  options: {
    minGroupSize?: number;
    reviewYear?: 'calendar' | 'program';
    orgs?: number;
    workers?: number;
    employers?: number;
  } = {},
): Promise<Fixture> {
  const ctx = makeTestApp({ now: '2026-06-01T15:00:00Z' });
  const client = await bearerFor(ctx, await adminClient(ctx));
  const p = await client.post('/api/partnerships', {
    name: 'River Valley Advanced Manufacturing',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: options.reviewYear ?? 'program',
    minGroupSize: options.minGroupSize ?? 5,
  });
  if (p.status !== 201) throw new Error(p.text);
  const partnershipId = p.json.partnership.id as string;
  const orgIds: string[] = [];
  for (let i = 0; i < (options.orgs ?? 3); i++) {
    const o = await client.post(`/api/partnerships/${partnershipId}/organizations`, {
      name: `Employer ${i + 1}`,
      kind: 'employer',
    });
    orgIds.push(o.json.organization.id);
  }
  const occupations = ['machinist', 'welder', 'assembler'];
  const workers = Array.from({ length: options.workers ?? 40 }, (_, i) => ({
    firstName: `Worker${i}`,
    phone: `+1312555${String(1000 + i).padStart(4, '0')}`,
    kind: 'worker',
    organizationId: orgIds[i % orgIds.length],
    attributes: { occupation: occupations[Math.floor(i / orgIds.length) % occupations.length]! },
  }));
  const employers = Array.from({ length: options.employers ?? 0 }, (_, i) => ({
    firstName: `Hr${i}`,
    email: `hr${i}@employer.example`,
    kind: 'employer',
    organizationId: orgIds[i % orgIds.length],
  }));
  if (workers.length + employers.length > 0) {
    const added = await client.post(`/api/partnerships/${partnershipId}/contacts`, [
      ...workers,
      ...employers,
    ]);
    if (added.status !== 201) throw new Error(added.text);
  }
  return { ctx, client, partnershipId, orgIds };
}

export interface CampaignRun {
  period: string;
  opensOn: string;
  closesOn: string;
  templateId?: string;
  segmentAttributes?: string[];
  /** How many of the invitees answer, in invitation order. */
  answering: number;
  answers: (i: number) => Answers;
  close?: boolean;
}

/** Creates, launches and answers a campaign; returns its id and the tokens nobody used. */
export async function runCampaign(
  f: Fixture,
  run: CampaignRun,
): Promise<{ campaignId: string; unused: string[] }> {
  f.ctx.clock.set(`${run.opensOn}T15:00:00Z`);
  const camp = await f.client.post(`/api/partnerships/${f.partnershipId}/campaigns`, {
    name: `${run.templateId ?? 'worker-voice'} ${run.period}`,
    templateId: run.templateId ?? 'worker-voice',
    period: run.period,
    segmentAttributes: run.segmentAttributes ?? ['occupation'],
    opensOn: run.opensOn,
    closesOn: run.closesOn,
  });
  if (camp.status !== 201) throw new Error(camp.text);
  const campaignId = camp.json.campaign.id as string;
  await f.client.post(`/api/campaigns/${campaignId}/launch`);
  const tokens = await receivedTokens(f.ctx, campaignId);
  f.ctx.clock.set(`${run.opensOn}T16:00:00Z`);
  for (let i = 0; i < run.answering; i++) await submit(f, tokens[i]!, run.answers(i));
  // Answers reach reviews by releases: staff release what can go before reading a review (small
  // groups recorded as "not recorded"), and a close releases what is left.
  await f.client.post(`/api/campaigns/${campaignId}/${run.close ? 'close' : 'release'}`);
  return { campaignId, unused: tokens.slice(run.answering) };
}

export async function submit(f: Fixture, token: string, answers: Answers): Promise<void> {
  const res = await f.ctx.app.request(`/s/${token}/submit`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ answers }),
  });
  if (res.status !== 200) throw new Error(`submit ${res.status}: ${await res.text()}`);
}
