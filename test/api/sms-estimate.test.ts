/**
 * GET /api/campaigns/:id/sms-estimate: the texts a launch would send, by language, for a partnership's
 * mixed-language audience; who may read it.
 */
import { describe, expect, it } from 'vitest';
import { getTemplate, surveyLanguages } from '../../surveys/index.ts';
import { adminClient, makeTestApp, staffClient, TestClient } from '../helpers/app.ts';

const password = 'correct horse battery';
const phone = (i: number) => `+1312555${String(2000 + i).padStart(4, '0')}`;

async function setup(campaign: { closesOn?: string; reminderDays?: number[] } = {}) {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const partnership = async (name: string) => {
    const p = await admin.post('/api/partnerships', {
      name,
      sector: 'S',
      region: 'R',
      timeZone: 'America/Chicago',
    });
    return p.json.partnership.id as string;
  };
  const partnershipId = await partnership('River Valley Advanced Manufacturing');
  const otherId = await partnership('Lakeshore Health Careers');
  const org = await admin.post(`/api/partnerships/${partnershipId}/organizations`, {
    name: 'Acme',
    kind: 'employer',
  });
  const organizationId = org.json.organization.id as string;
  let i = 0;
  const texted = (language: string) => ({
    firstName: `W${i}`,
    kind: 'worker',
    language,
    phone: phone(i++),
    smsConsent: true,
  });
  const people = [
    ...['en', 'en', 'en', 'es', 'es', 'vi', 'vi', 'ar', 'so'].map(texted),
    // Reached by email, or not at all: no text.
    { firstName: 'Mail', kind: 'worker', language: 'vi', email: 'mail@x.org' },
    { firstName: 'NoConsent', kind: 'worker', language: 'es', phone: phone(50) },
    // Outside the worker survey's audience.
    { ...texted('es'), kind: 'employer', organizationId },
  ];
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, people);
  expect(added.status, added.text).toBe(201);
  expect(added.json.rejected).toEqual([]);
  const made = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: campaign.closesOn ?? '2026-09-30',
    reminderDays: campaign.reminderDays ?? [3, 7],
  });
  expect(made.status, made.text).toBe(201);
  return { ctx, admin, partnershipId, otherId, organizationId, campaignId: made.json.campaign.id as string };
}

const estimateOf = (client: TestClient, campaignId: string) =>
  client.get(`/api/campaigns/${campaignId}/sms-estimate`);

describe('GET /api/campaigns/:id/sms-estimate', () => {
  it('counts the people texted in each language, with each text’s segments and the most they come to', async () => {
    const { admin, campaignId } = await setup();
    const res = await estimateOf(admin, campaignId);
    expect(res.status, res.text).toBe(200);
    // A language the survey is not written in goes to the fallback (English by default), as launch does.
    const offered: readonly string[] = surveyLanguages(getTemplate('worker-voice')!);
    const own = (lang: string, n: number) => (offered.includes(lang) ? 0 : n);
    const people: Record<string, number> = { en: 3 + 1 + own('vi', 2) + own('ar', 1), es: 2 };
    if (offered.includes('vi')) people.vi = 2;
    if (offered.includes('ar')) people.ar = 1;
    expect(res.json.reminders).toBe(2);
    expect(res.json.people).toBe(9);
    const rows = res.json.languages as {
      lang: string;
      encoding: string;
      invitationSegments: number;
      reminderSegments: number;
      people: number;
      segments: number;
    }[];
    expect(Object.fromEntries(rows.map((r) => [r.lang, r.people]))).toEqual(people);
    for (const row of rows) {
      const each = row.encoding === 'GSM-7' ? 1 : 2;
      expect(row).toMatchObject({
        invitationSegments: each,
        reminderSegments: each,
        segments: row.people * each * 3,
      });
    }
    expect(rows.find((r) => r.lang === 'en')).toMatchObject({
      name: 'English',
      encoding: 'GSM-7',
      segments: people.en! * 3,
    });
    expect(rows.find((r) => r.lang === 'es')).toMatchObject({
      name: 'Español',
      english: 'Spanish',
      segments: 6,
    });
    expect(res.json.segments).toBe(rows.reduce((n, r) => n + r.segments, 0));
  });

  it('counts only the reminders that fall before the close date', async () => {
    const { admin, campaignId } = await setup({ closesOn: '2026-08-20', reminderDays: [3, 7] });
    const res = await estimateOf(admin, campaignId);
    expect(res.json.reminders).toBe(1);
    expect(res.json.languages.find((r: { lang: string }) => r.lang === 'es').segments).toBe(4);
  });

  it('answers every member who may read the campaign', async () => {
    const { ctx, admin, partnershipId, campaignId } = await setup();
    for (const role of ['analyst', 'viewer'] as const) {
      const member = await staffClient(ctx, admin, role, [partnershipId]);
      expect((await estimateOf(member, campaignId)).status, role).toBe(200);
    }
  });

  it('refuses an employer’s viewer, who sees only reviews (403)', async () => {
    const { ctx, admin, partnershipId, organizationId, campaignId } = await setup();
    const made = await admin.post('/api/users', {
      email: 'hr@acme.example',
      name: 'Acme HR',
      password,
      role: 'viewer',
      memberships: [{ partnershipId, organizationId }],
    });
    expect(made.status, made.text).toBe(201);
    const viewer = new TestClient(ctx);
    expect((await viewer.post('/api/auth/login', { email: 'hr@acme.example', password })).status).toBe(200);
    const res = await estimateOf(viewer, campaignId);
    expect(res.status).toBe(403);
    expect(res.json.error.code).toBe('FORBIDDEN');
  });

  it('answers 404 for an unknown campaign and for another partnership’s, and 401 signed out', async () => {
    const { ctx, admin, otherId, campaignId } = await setup();
    expect((await estimateOf(admin, 'no-such-campaign')).status).toBe(404);
    const outsider = await staffClient(ctx, admin, 'analyst', [otherId]);
    const res = await estimateOf(outsider, campaignId);
    expect(res.status).toBe(404);
    expect(res.json.error.code).toBe('NOT_FOUND');
    expect((await estimateOf(new TestClient(ctx), campaignId)).status).toBe(401);
  });
});
