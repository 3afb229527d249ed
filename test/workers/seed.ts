/**
 * Seeds a running Worker through its public API, as an admin would: first admin, partnership,
 * organization, worker contacts, and a launched worker-voice campaign open today (the Worker runs on
 * the real clock). Also builds complete answer sets from a served template.
 */
import { HttpClient, type HttpResult } from './client.ts';

export interface WorkerSeed {
  admin: HttpClient;
  partnershipId: string;
  contactIds: string[];
  campaignId: string;
  tokens: string[];
  linkUrls: string[];
  template: Template;
}

export interface Question {
  id: string;
  type: string;
  required: boolean;
  options?: { value: string }[];
  showIf?: { question: string; in: (string | number)[] };
}
export interface Template {
  sections: { id: string; questions: Question[] }[];
}

function expectStatus(res: HttpResult, status: number, what: string): void {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status}: ${res.text}`);
}

/** A calendar day relative to today, as the API takes it. */
export function day(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export async function seedWorker(baseUrl: string, workers = 4): Promise<WorkerSeed> {
  const admin = new HttpClient(baseUrl);
  const setup = await admin.post('/api/setup', {
    email: 'admin@example.org',
    name: 'Ada Admin',
    password: 'correct horse battery',
  });
  expectStatus(setup, 201, 'POST /api/setup');
  if (!admin.cookie.startsWith('sv_session=') || !admin.csrf)
    throw new Error('setup gave no session or CSRF token');

  const p = await admin.post('/api/partnerships', {
    name: 'River Valley Advanced Manufacturing',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
  });
  expectStatus(p, 201, 'POST /api/partnerships');
  const partnershipId = p.json.partnership.id as string;
  const org = await admin.post(`/api/partnerships/${partnershipId}/organizations`, {
    name: 'Employer 1',
    kind: 'employer',
  });
  expectStatus(org, 201, 'POST organizations');
  const occupations = ['machinist', 'welder', 'assembler'];
  const contacts = await admin.post(
    `/api/partnerships/${partnershipId}/contacts`,
    Array.from({ length: workers }, (_, i) => ({
      firstName: `Worker${i}`,
      lastName: 'Test',
      phone: `+1312555${1000 + i}`,
      language: 'en',
      kind: 'worker',
      organizationId: org.json.organization.id,
      attributes: { occupation: occupations[i % occupations.length] },
    })),
  );
  expectStatus(contacts, 201, 'POST contacts');
  const contactIds = (contacts.json.created as { id: string }[]).map((c) => c.id);
  if (contactIds.length !== workers) throw new Error(`contacts rejected: ${contacts.text}`);

  const camp = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice on Workers',
    templateId: 'worker-voice',
    period: 'PY2026-Q2',
    segmentAttributes: ['occupation'],
    opensOn: day(-7),
    closesOn: day(30),
  });
  expectStatus(camp, 201, 'POST campaigns');
  const campaignId = camp.json.campaign.id as string;
  const launched = await admin.post(`/api/campaigns/${campaignId}/launch`);
  expectStatus(launched, 200, 'POST launch');
  if (launched.json.invited !== workers) throw new Error(`invited ${launched.json.invited}, not ${workers}`);
  // No worker here can be texted (no consent), so each gets a printed link.
  const links = await admin.post(`/api/campaigns/${campaignId}/links`, { contactIds });
  expectStatus(links, 200, 'POST links');
  const linkUrls = (links.json.links as { url: string }[]).map((l) => l.url);

  const template = await admin.get('/api/templates/worker-voice');
  expectStatus(template, 200, 'GET /api/templates/worker-voice');
  return {
    admin,
    partnershipId,
    contactIds,
    campaignId,
    linkUrls,
    tokens: linkUrls.map((u) => u.split('/s/')[1]!),
    template: template.json.template,
  };
}

const plainValues: Record<string, unknown> = {
  agree5: 4,
  likelihood: 8,
  rating10: 8,
  yesno: 'no',
  text: 'Fine.',
};

/** Every required visible question answered with a plain valid value, honouring skip logic. */
export function fullAnswers(template: Template): Record<string, unknown> {
  const answers: Record<string, unknown> = {};
  for (const q of template.sections.flatMap((s) => s.questions)) {
    if (q.showIf && !q.showIf.in.includes(answers[q.showIf.question] as string | number)) continue;
    if (!q.required) continue;
    answers[q.id] =
      q.type === 'single'
        ? q.options![0]!.value
        : q.type === 'multi'
          ? [q.options![0]!.value]
          : plainValues[q.type];
  }
  return answers;
}
