import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp } from '../helpers/app.ts';

describe('error envelope', () => {
  it('answers bad JSON with 400 BAD_JSON', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const res = await client.request('POST', '/api/partnerships', '{"name": ');
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: { code: 'BAD_JSON', message: expect.any(String) } });
  });

  it('answers wrong types with 422 and the field paths', async () => {
    const client = await adminClient(makeTestApp());
    const res = await client.post('/api/partnerships', {
      name: 7,
      sector: 'S',
      region: 'R',
      timeZone: 'Mars/Base',
      minGroupSize: 2,
    });
    expect(res.status).toBe(422);
    expect(res.json.error.code).toBe('VALIDATION_FAILED');
    const paths = res.json.error.details.map((d: any) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'timeZone', 'minGroupSize']));
  });

  it('answers a non-JSON content type with 415', async () => {
    const client = await adminClient(makeTestApp());
    const res = await client.request('POST', '/api/partnerships', 'name=x', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(res.status).toBe(415);
  });

  it('answers a body over the limit with 413 and writes nothing', async () => {
    const ctx = makeTestApp({ maxBodyBytes: 2048 });
    const client = await adminClient(ctx);
    const res = await client.post('/api/partnerships', {
      name: 'x'.repeat(5000),
      sector: 'S',
      region: 'R',
      timeZone: 'UTC',
    });
    expect(res.status).toBe(413);
    expect(res.json.error.code).toBe('BODY_TOO_LARGE');
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM partnerships').get()).toEqual({ n: 0 });
  });

  it('answers unknown ids and routes with 404', async () => {
    const client = await adminClient(makeTestApp());
    expect((await client.get('/api/partnerships/nope')).json.error.code).toBe('NOT_FOUND');
    expect((await client.get('/api/campaigns/nope')).status).toBe(404);
    expect((await client.post('/api/campaigns/nope/launch')).status).toBe(404);
    expect((await client.get('/api/templates/nope')).status).toBe(404);
    expect((await client.get('/api/nothing-here')).status).toBe(404);
  });

  it('never shows a stack trace for an unexpected failure', async () => {
    const ctx = makeTestApp();
    const client = await adminClient(ctx);
    const p = (
      await client.post('/api/partnerships', { name: 'P', sector: 'S', region: 'R', timeZone: 'UTC' })
    ).json.partnership;
    ctx.raw.exec('DROP TABLE organizations');
    const broken = await client.get(`/api/partnerships/${p.id}/organizations`);
    expect(broken.status).toBe(500);
    expect(broken.json).toEqual({
      error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side.' },
    });
    expect(broken.text).not.toMatch(/at .*\.ts|organizations/);
    expect(ctx.errors.length).toBe(1);
  });
});
