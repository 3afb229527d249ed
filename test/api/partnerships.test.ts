import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp } from '../helpers/app.ts';

const partnership = {
  name: 'River Valley',
  sector: 'Advanced manufacturing',
  region: 'River Valley',
  timeZone: 'America/Chicago',
};

describe('/api/partnerships', () => {
  it('creates with defaults: program year, minimum group size 5', async () => {
    const client = await adminClient(makeTestApp());
    const res = await client.post('/api/partnerships', partnership);
    expect(res.status).toBe(201);
    expect(res.json.partnership).toMatchObject({
      reviewYear: 'program',
      minGroupSize: 5,
      timeZone: 'America/Chicago',
    });
    const updated = await client.patch(`/api/partnerships/${res.json.partnership.id}`, {
      minGroupSize: 10,
      reviewYear: 'calendar',
    });
    expect(updated.json.partnership).toMatchObject({
      minGroupSize: 10,
      reviewYear: 'calendar',
      name: 'River Valley',
    });
  });

  it('changes only the fields sent: a new name keeps the minimum group size and the texting hours', async () => {
    const client = await adminClient(makeTestApp());
    const id = (
      await client.post('/api/partnerships', {
        ...partnership,
        minGroupSize: 10,
        reviewYear: 'calendar',
        smsHours: { start: '09:00', end: '18:00' },
      })
    ).json.partnership.id;
    const renamed = await client.patch(`/api/partnerships/${id}`, { name: 'River Valley Partnership' });
    expect(renamed.status, renamed.text).toBe(200);
    expect(renamed.json.partnership).toMatchObject({
      name: 'River Valley Partnership',
      minGroupSize: 10,
      reviewYear: 'calendar',
      smsHours: { start: '09:00', end: '18:00' },
    });
    expect((await client.get(`/api/partnerships/${id}`)).json.partnership).toMatchObject(
      renamed.json.partnership,
    );
  });

  it('never lets the minimum group size fall below 3', async () => {
    const client = await adminClient(makeTestApp());
    expect((await client.post('/api/partnerships', { ...partnership, minGroupSize: 2 })).status).toBe(422);
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    expect((await client.patch(`/api/partnerships/${id}`, { minGroupSize: 1 })).status).toBe(422);
  });
});

describe('/api/partnerships/:id/organizations', () => {
  it('adds organizations of the known kinds and refuses duplicates', async () => {
    const client = await adminClient(makeTestApp());
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    expect(
      (await client.post(`/api/partnerships/${id}/organizations`, { name: 'Acme', kind: 'employer' })).status,
    ).toBe(201);
    expect(
      (await client.post(`/api/partnerships/${id}/organizations`, { name: 'Acme', kind: 'employer' })).status,
    ).toBe(409);
    expect(
      (await client.post(`/api/partnerships/${id}/organizations`, { name: 'Bank', kind: 'bank' })).status,
    ).toBe(422);
    expect((await client.get(`/api/partnerships/${id}/organizations`)).json.organizations).toHaveLength(1);
  });
});

describe('/api/partnerships/:id/contacts', () => {
  it('adds one contact, normalizing the phone to E.164', async () => {
    const client = await adminClient(makeTestApp());
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    const res = await client.post(`/api/partnerships/${id}/contacts`, {
      firstName: 'María',
      lastName: 'López',
      phone: '(312) 555-0123',
      language: 'es',
      kind: 'worker',
      attributes: { occupation: 'welder' },
    });
    expect(res.status).toBe(201);
    expect(res.json.created[0]).toMatchObject({
      phone: '+13125550123',
      language: 'es',
      attributes: { occupation: 'welder' },
    });
  });

  it('reports every rejected item of a list and keeps the good ones', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    await client.post(`/api/partnerships/${id}/organizations`, { name: 'Acme', kind: 'employer' });
    const res = await client.post(`/api/partnerships/${id}/contacts`, [
      { firstName: 'Ann', email: 'ann@example.org', kind: 'employer', organization: 'Acme' },
      { firstName: 'Bob', phone: '12', kind: 'worker' },
      { firstName: 'Cy', kind: 'worker' },
      { firstName: 'Di', email: 'ANN@example.org', kind: 'partner' },
      { firstName: 'Ed', email: 'ed@example.org', kind: 'worker', organization: 'Nowhere Inc' },
      { firstName: 'Flo', email: 'flo@example.org', kind: 'robot' },
      'not an object',
    ]);
    expect(res.status).toBe(201);
    expect(res.json.created).toHaveLength(1);
    expect(res.json.created[0].organizationId).toBeTruthy();
    const byIndex = Object.fromEntries(
      res.json.rejected.map((r: any) => [r.index, r.errors.map((e: any) => e.path)]),
    );
    expect(byIndex).toEqual({
      1: ['phone'],
      2: ['email'],
      3: ['email'],
      4: ['organization'],
      5: ['kind'],
      6: [''],
    });
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 1 });
  });

  it('answers 422 with the report when nothing could be added', async () => {
    const client = await adminClient(makeTestApp());
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    const res = await client.post(`/api/partnerships/${id}/contacts`, [{ firstName: 'X', kind: 'worker' }]);
    expect(res.status).toBe(422);
    expect(res.json.error.details[0].index).toBe(0);
  });

  it('searches and filters', async () => {
    const client = await adminClient(makeTestApp());
    const id = (await client.post('/api/partnerships', partnership)).json.partnership.id;
    await client.post(`/api/partnerships/${id}/contacts`, [
      { firstName: 'Ann', email: 'ann@example.org', kind: 'employer' },
      { firstName: 'Bob', phone: '+13125550111', kind: 'worker' },
    ]);
    expect(
      (await client.get(`/api/partnerships/${id}/contacts?kind=worker`)).json.contacts.map(
        (c: any) => c.firstName,
      ),
    ).toEqual(['Bob']);
    expect((await client.get(`/api/partnerships/${id}/contacts?q=ann`)).json.contacts).toHaveLength(1);
    expect((await client.get(`/api/partnerships/${id}/contacts?limit=0`)).status).toBe(422);
  });
});
