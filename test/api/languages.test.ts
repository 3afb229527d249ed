/**
 * Every worker in their own language (issue 16), through the API: contacts in any known language,
 * the partnership's fallback language, the languages a campaign would send in before launch, the
 * launch itself, and the reviews a partnership records.
 */
import { describe, expect, it } from 'vitest';
import { dispatchDue } from '../../server/distribution/dispatcher.ts';
import { adminClient, makeTestApp, staffClient, type TestClient, type TestContext } from '../helpers/app.ts';
import { recordingSenders } from '../distribution/helpers.ts';

async function partnership(admin: TestClient, body: Record<string, unknown> = {}) {
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
    ...body,
  });
  expect(p.status, p.text).toBe(201);
  return p.json.partnership.id as string;
}

const worker = (firstName: string, language: string, n: number) => ({
  firstName,
  language,
  kind: 'worker',
  phone: `+1312555${String(4000 + n)}`,
  smsConsent: true,
});

describe('contacts in any known language', () => {
  it('takes Vietnamese, Simplified Chinese and Somali, and refuses an unknown tag saying which are known', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    const added = await admin.post(`/api/partnerships/${id}/contacts`, [
      worker('Lan', 'vi', 1),
      worker('Wei', 'zh-Hans', 2),
      worker('Hodan', 'so', 3),
    ]);
    expect(added.status, added.text).toBe(201);
    expect(added.json.created.map((c: { language: string }) => c.language)).toEqual(['vi', 'zh-Hans', 'so']);

    const refused = await admin.post(`/api/partnerships/${id}/contacts`, worker('X', 'xx', 4));
    expect(refused.status).toBe(422);
    const message = refused.json.error.details[0].errors[0].message as string;
    expect(message).toMatch(/one of: en, es, vi, zh-Hans, .*so/);

    const hodan = added.json.created[2].id as string;
    const edited = await admin.patch(`/api/partnerships/${id}/contacts/${hodan}`, { language: 'tl' });
    expect(edited.json.contact.language).toBe('tl');
    expect((await admin.patch(`/api/partnerships/${id}/contacts/${hodan}`, { language: 'xx' })).status).toBe(
      422,
    );

    const somali = await admin.get(`/api/partnerships/${id}/contacts?language=vi`);
    expect(somali.json.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Lan']);
    expect((await admin.get(`/api/partnerships/${id}/contacts?language=xx`)).status).toBe(422);
  });
});

describe('the fallback language', () => {
  it('is English until an admin chooses another page language; a language no survey is written in is refused', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    expect((await admin.get(`/api/partnerships/${id}`)).json.partnership.fallbackLanguage).toBe('en');
    const set = await admin.patch(`/api/partnerships/${id}`, { fallbackLanguage: 'es' });
    expect(set.status, set.text).toBe(200);
    expect(set.json.partnership.fallbackLanguage).toBe('es');
    // Renaming leaves it alone.
    await admin.patch(`/api/partnerships/${id}`, { name: 'River Valley Works' });
    expect((await admin.get(`/api/partnerships/${id}`)).json.partnership.fallbackLanguage).toBe('es');

    const somali = await admin.patch(`/api/partnerships/${id}`, { fallbackLanguage: 'so' });
    expect(somali.status).toBe(422);
    expect(somali.json.error.details[0]).toMatchObject({ path: 'fallbackLanguage' });
    expect(somali.json.error.details[0].message).toMatch(/written in: en, es/);

    const made = await admin.post('/api/partnerships', {
      name: 'Lakeshore',
      sector: 'Health care',
      region: 'L',
      timeZone: 'UTC',
      fallbackLanguage: 'es',
    });
    expect(made.json.partnership.fallbackLanguage).toBe('es');
  });
});

/** English, Spanish, Somali and Vietnamese speakers, and a draft on worker-voice version 1 (English and Spanish). */
async function mixedCampaign(ctx: TestContext) {
  const admin = await adminClient(ctx);
  const id = await partnership(admin);
  const added = await admin.post(`/api/partnerships/${id}/contacts`, [
    worker('Ann', 'en', 1),
    worker('Bea', 'es', 2),
    worker('Hodan', 'so', 3),
    worker('Lan', 'vi', 4),
    { firstName: 'Farah', language: 'so', kind: 'worker', email: 'farah@example.org' },
  ]);
  expect(added.status, added.text).toBe(201);
  const camp = await admin.post(`/api/partnerships/${id}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    templateVersion: 1,
    period: 'PY2026-Q1',
    opensOn: '2026-08-01',
    closesOn: '2026-09-30',
  });
  expect(camp.status, camp.text).toBe(201);
  const ids = Object.fromEntries(
    (added.json.created as { id: string; firstName: string }[]).map((c) => [c.firstName, c.id]),
  );
  return { admin, partnershipId: id, campaignId: camp.json.campaign.id as string, ids };
}

describe('GET /api/campaigns/:id/languages', () => {
  it('counts, before launch, who gets their own language and who the fallback, by what they speak', async () => {
    const ctx = makeTestApp();
    const { admin, partnershipId, campaignId } = await mixedCampaign(ctx);
    const plan = await admin.get(`/api/campaigns/${campaignId}/languages`);
    expect(plan.status, plan.text).toBe(200);
    expect(plan.json).toMatchObject({
      offered: ['en', 'es'],
      fallback: 'en',
      partnershipFallback: 'en',
      total: 5,
    });
    expect(plan.json.languages).toEqual([
      {
        lang: 'en',
        name: 'English',
        english: 'English',
        dir: 'ltr',
        people: 4,
        own: 1,
        fallback: [
          { tag: 'so', name: 'Soomaali', english: 'Somali', people: 2 },
          { tag: 'vi', name: 'Tiếng Việt', english: 'Vietnamese', people: 1 },
        ],
        channels: { sms: 3, email: 1, none: 0 },
        reviewed: { words: true, survey: true },
        toReview: [],
      },
      expect.objectContaining({
        lang: 'es',
        people: 1,
        own: 1,
        fallback: [],
        reviewed: { words: false, survey: false },
        // The built-in survey's Spanish is written with it: reviewing the words covers both.
        toReview: ['words'],
      }),
    ]);

    await admin.patch(`/api/partnerships/${partnershipId}`, { fallbackLanguage: 'es' });
    const again = await admin.get(`/api/campaigns/${campaignId}/languages`);
    expect(again.json).toMatchObject({ fallback: 'es', partnershipFallback: 'es' });
    expect(again.json.languages.map((l: { lang: string; people: number }) => [l.lang, l.people])).toEqual([
      ['en', 1],
      ['es', 4],
    ]);

    // A Spanish speaker of the partnership's reads the words: a built-in survey's Spanish counts with them.
    await admin.post(`/api/partnerships/${partnershipId}/languages/es/reviews`, { reviewerName: 'Rosa' });
    const reviewed = await admin.get(`/api/campaigns/${campaignId}/languages`);
    expect(reviewed.json.languages[1]).toMatchObject({
      lang: 'es',
      reviewed: { words: true, survey: true },
      toReview: [],
    });
  });
});

describe('a language the survey is written in but nobody reviewed', () => {
  it('names what is missing, the words and the translation, until both are recorded', async () => {
    const ctx = makeTestApp();
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    await admin.post(`/api/partnerships/${id}/contacts`, [worker('Lan', 'vi', 1)]);
    // The latest worker-voice, written in Vietnamese among others.
    const camp = await admin.post(`/api/partnerships/${id}/campaigns`, {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: 'PY2026-Q1',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    const plan = async () => (await admin.get(`/api/campaigns/${camp.json.campaign.id}/languages`)).json;
    const first = await plan();
    expect(first.offered).toContain('vi');
    expect(first.languages).toEqual([
      expect.objectContaining({
        lang: 'vi',
        own: 1,
        reviewed: { words: false, survey: false },
        toReview: ['words', 'worker-voice'],
      }),
    ]);
    await admin.post(`/api/partnerships/${id}/languages/vi/reviews`, { reviewerName: 'Lan Tran' });
    expect((await plan()).languages[0]).toMatchObject({ toReview: ['worker-voice'] });
    await admin.post(`/api/partnerships/${id}/languages/vi/reviews`, {
      reviewerName: 'Lan Tran',
      subject: 'worker-voice',
    });
    expect((await plan()).languages[0]).toMatchObject({
      reviewed: { words: true, survey: true },
      toReview: [],
    });
  });
});

describe("launch in each person's language", () => {
  it('gives a Spanish speaker Spanish and a Somali speaker the fallback, in the invitation, the text and the plan', async () => {
    const ctx = makeTestApp();
    const sent = recordingSenders(ctx);
    const { admin, partnershipId, campaignId, ids } = await mixedCampaign(ctx);
    await admin.patch(`/api/partnerships/${partnershipId}`, { fallbackLanguage: 'es' });
    const plan = (await admin.get(`/api/campaigns/${campaignId}/languages`)).json;

    const launched = await admin.post(`/api/campaigns/${campaignId}/launch`);
    expect(launched.status, launched.text).toBe(200);
    const invited = new Map(
      (
        ctx.raw
          .prepare('SELECT contact_id, language FROM invitations WHERE campaign_id = ?')
          .all(campaignId) as {
          contact_id: string;
          language: string;
        }[]
      ).map((r) => [r.contact_id, r.language]),
    );
    expect(Object.fromEntries(Object.entries(ids).map(([name, id]) => [name, invited.get(id)]))).toEqual({
      Ann: 'en',
      Bea: 'es',
      Hodan: 'es',
      Lan: 'es',
      Farah: 'es',
    });
    // What the campaign screen said before launch is what the launch wrote.
    for (const l of plan.languages)
      expect([...invited.values()].filter((v) => v === l.lang)).toHaveLength(l.people);

    await dispatchDue(ctx.deps);
    const text = (phone: string) => sent.sms.find((m) => m.to === phone)?.body ?? '';
    expect(text('+13125554001')).toMatch(/^River Valley: Hi Ann,/);
    expect(text('+13125554002')).toMatch(/^River Valley: Hola Bea,/);
    expect(text('+13125554003')).toMatch(/^River Valley: Hola Hodan,/);
    expect(sent.email.find((m) => m.to === 'farah@example.org')?.html).toMatch(/<html lang="es"/);
  });
});

describe('/api/partnerships/:id/languages', () => {
  async function roles(ctx: TestContext) {
    const admin = await adminClient(ctx);
    const id = await partnership(admin);
    const other = await partnership(admin, { name: 'Elsewhere' });
    const viewer = await staffClient(ctx, admin, 'viewer', [id]);
    const analyst = await staffClient(ctx, admin, 'analyst', [id]);
    return { admin, id, other, viewer, analyst };
  }

  it('lists each page language with its name, direction, SMS encoding, the words origin and the reviews', async () => {
    const ctx = makeTestApp();
    const { id, viewer } = await roles(ctx);
    const res = await viewer.get(`/api/partnerships/${id}/languages`);
    expect(res.status, res.text).toBe(200);
    expect(res.json.fallback).toBe('en');
    const byTag = Object.fromEntries(res.json.languages.map((l: { tag: string }) => [l.tag, l]));
    expect(byTag.en).toMatchObject({ name: 'English', dir: 'ltr', sms: 'GSM-7', reviews: [] });
    expect(byTag.en.words.reviewed).not.toBeNull();
    expect(byTag.es).toMatchObject({ name: 'Español', words: { reviewed: null } });
    expect(byTag.es.templates.map((t: { templateId: string }) => t.templateId)).toEqual([
      'worker-voice',
      'employer-satisfaction',
      'partner-roi',
    ]);
    // Every page language has the built-in templates in it, and says where that text came from.
    for (const l of res.json.languages)
      for (const t of l.templates) expect(t.origin?.source, `${l.tag} ${t.templateId}`).toBeTruthy();
  });

  it("lets an analyst record a review, dated in the partnership's zone", async () => {
    const ctx = makeTestApp({ now: '2026-12-05T05:30:00Z' }); // still the 4th in Chicago
    const { id, analyst } = await roles(ctx);
    const res = await analyst.post(`/api/partnerships/${id}/languages/es/reviews`, {
      reviewerName: ' María  Soto ',
    });
    expect(res.status, res.text).toBe(201);
    expect(res.json.review).toEqual({
      subject: 'words',
      lang: 'es',
      reviewerName: 'María Soto',
      reviewedOn: '2026-12-04',
    });
    // The same reviewer marking again moves the day; another reviewer adds a record.
    ctx.clock.set('2026-12-05T06:10:00Z');
    await analyst.post(`/api/partnerships/${id}/languages/es/reviews`, { reviewerName: 'María Soto' });
    await analyst.post(`/api/partnerships/${id}/languages/es/reviews`, {
      reviewerName: 'Ana Díaz',
      subject: 'worker-voice',
    });
    const es = (await analyst.get(`/api/partnerships/${id}/languages`)).json.languages.find(
      (l: { tag: string }) => l.tag === 'es',
    );
    expect(es.reviews).toEqual([
      { subject: 'worker-voice', lang: 'es', reviewerName: 'Ana Díaz', reviewedOn: '2026-12-05' },
      { subject: 'words', lang: 'es', reviewerName: 'María Soto', reviewedOn: '2026-12-05' },
    ]);
    const stored = ctx.raw.prepare('SELECT reviewed_by FROM language_reviews').all() as {
      reviewed_by: string;
    }[];
    expect(new Set(stored.map((r) => r.reviewed_by)).size).toBe(1);
  });

  it('lets a viewer read but not record, hides another partnership and refuses unknown languages and subjects', async () => {
    const ctx = makeTestApp();
    const { admin, id, other, viewer, analyst } = await roles(ctx);
    const body = { reviewerName: 'Lan Tran' };
    expect((await viewer.post(`/api/partnerships/${id}/languages/es/reviews`, body)).status).toBe(403);
    expect((await analyst.get(`/api/partnerships/${other}/languages`)).status).toBe(404);
    expect((await analyst.post(`/api/partnerships/${other}/languages/es/reviews`, body)).status).toBe(404);
    expect((await admin.get('/api/partnerships/nope/languages')).status).toBe(404);
    expect((await admin.post('/api/partnerships/nope/languages/es/reviews', body)).status).toBe(404);
    const unknown = await analyst.post(`/api/partnerships/${id}/languages/xx/reviews`, body);
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.message).toMatch(/use one of: en, es/);
    // Somali is known, but no survey is written in it: nothing to review.
    expect((await analyst.post(`/api/partnerships/${id}/languages/so/reviews`, body)).status).toBe(400);
    expect(
      (await analyst.post(`/api/partnerships/${id}/languages/es/reviews`, { reviewerName: '' })).status,
    ).toBe(422);
    const subject = await analyst.post(`/api/partnerships/${id}/languages/es/reviews`, {
      ...body,
      subject: 'own-thing',
    });
    expect(subject.status).toBe(422);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM language_reviews').get()).toEqual({ n: 0 });
    expect((await admin.post(`/api/partnerships/${id}/languages/es/reviews`, body)).status).toBe(201);
  });
});
