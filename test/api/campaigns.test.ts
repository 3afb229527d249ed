import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

describe('GET /api/templates', () => {
  it('lists the three published templates and returns one by id and version', async () => {
    const ctx = makeTestApp();
    const list = await ctx.app.request('/api/templates');
    const { templates } = await list.json();
    expect(templates.map((t: any) => t.id).sort()).toEqual([
      'employer-satisfaction',
      'partner-roi',
      'worker-voice',
    ]);
    const one = await (await ctx.app.request('/api/templates/worker-voice?version=1')).json();
    expect(one.template).toMatchObject({ id: 'worker-voice', version: 1, kind: 'worker-voice' });
    expect((await ctx.app.request('/api/templates/worker-voice?version=99')).status).toBe(404);
    expect((await ctx.app.request('/api/templates/worker-voice?version=abc')).status).toBe(422);
  });
});

describe('campaigns', () => {
  it('launches one invitation per matching contact, storing only token hashes', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 9 });
    expect(seeded.links).toHaveLength(9);
    const rows = ctx.raw.prepare('SELECT token_hash FROM invitations').all() as { token_hash: string }[];
    expect(rows).toHaveLength(9);
    for (const token of seeded.tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{24}$/); // 18 random bytes: 144 bits
      expect(rows.some((r) => r.token_hash === token)).toBe(false);
    }
    const dump = JSON.stringify(ctx.raw.prepare('SELECT * FROM invitations').all());
    for (const token of seeded.tokens) expect(dump).not.toContain(token);
    const detail = await client.get(`/api/campaigns/${seeded.campaignId}`);
    expect(detail.json.progress).toMatchObject({ invited: 9, completed: 0, responseRate: 0 });
  });

  it('targets the audience by organization and attribute', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 12 });
    const camp = await client.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name: 'Welders at employer 1',
      templateId: 'worker-voice',
      period: '2026-Q3',
      audience: { organizationIds: [seeded.orgIds[0]], attributes: { occupation: ['welder'] } },
      opensOn: '2026-08-01',
      closesOn: '2026-08-31',
    });
    expect(camp.status).toBe(201);
    expect((await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`)).json.invited).toBe(2);
  });

  it('launches once: a second launch is a 409 and adds nothing', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 6 });
    const again = await client.post(`/api/campaigns/${seeded.campaignId}/launch`);
    expect(again.status).toBe(409);
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM invitations').get()).toEqual({ n: 6 });
  });

  it("re-issuing a printed link retires only that card, and the new link does not open the old card's draft", async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 5 });
    const old = seeded.tokens[0]!;
    const draft = (token: string, answers: object) =>
      ctx.app.request(`/s/${token}/draft`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers }),
      });
    const secret = 'Quokka-2093: the night lead takes our tips';
    expect((await draft(old, { comment: secret })).status).toBe(200);
    const fresh = await client.post(`/api/campaigns/${seeded.campaignId}/links`, {
      contactIds: [seeded.links[0]!.contactId],
    });
    expect(fresh.json.skipped).toEqual([]);
    expect(fresh.json.links).toHaveLength(1);
    const newToken = fresh.json.links[0].url.split('/s/')[1];
    expect(newToken).not.toBe(old);
    expect((await draft(old, {})).status).toBe(404);
    const opened = await ctx.app.request(`/s/${newToken}`);
    expect(opened.status).toBe(200);
    expect(await opened.text()).not.toContain(secret);
    // The other cards were not picked, so they still work.
    for (const token of seeded.tokens.slice(1))
      expect((await ctx.app.request(`/s/${token}`)).status).toBe(200);
  });

  it('refuses a campaign with a bad period, dates or template', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const id = (
      await client.post('/api/partnerships', { name: 'P', sector: 'S', region: 'R', timeZone: 'UTC' })
    ).json.partnership.id;
    const base = {
      name: 'C',
      templateId: 'worker-voice',
      period: '2026-Q3',
      opensOn: '2026-07-01',
      closesOn: '2026-07-31',
    };
    expect(
      (await client.post(`/api/partnerships/${id}/campaigns`, { ...base, period: '2026-Q5' })).status,
    ).toBe(422);
    expect(
      (await client.post(`/api/partnerships/${id}/campaigns`, { ...base, closesOn: '2026-06-01' })).status,
    ).toBe(422);
    expect(
      (await client.post(`/api/partnerships/${id}/campaigns`, { ...base, templateId: 'nope' })).status,
    ).toBe(404);
    expect(
      (await client.post(`/api/partnerships/${id}/campaigns`, { ...base, templateVersion: 42 })).status,
    ).toBe(404);
  });

  it('keeps the template version it launched with', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const seeded = await seedCampaign(client, { workers: 5 });
    const row = ctx.raw
      .prepare('SELECT template_id, template_version FROM campaigns WHERE id = ?')
      .get(seeded.campaignId);
    expect(row).toEqual({ template_id: 'worker-voice', template_version: 3 });
    // A tampered stored copy is caught: a published version can never silently change.
    ctx.raw.prepare("UPDATE template_versions SET fingerprint = 'x'").run();
    const res = await client.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
      name: 'Again',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: '2026-10-01',
      closesOn: '2026-10-31',
    });
    expect(res.status).toBe(409);
    expect(res.json.error.code).toBe('TEMPLATE_CHANGED');
  });
});
