/** POST /api/partnerships/:id/contacts/import through app.request: happy, error and security cases. */
import { describe, expect, it } from 'vitest';
import { adminClient, makeTestApp, TestClient, type TestContext } from '../helpers/app.ts';

const csv =
  'First Name,Cell,Idioma,SMS consent,Shift\r\nAna,(815) 555-0101,es,yes,night\r\nBo,815-555-0102,en,no,day\r\nCy,12,en,,\r\n';

async function setup(options: { maxBodyBytes?: number } = {}) {
  const ctx = makeTestApp(options);
  const admin = await adminClient(ctx);
  const id = (await admin.post('/api/partnerships', { name: 'P', sector: 'S', region: 'R', timeZone: 'UTC' }))
    .json.partnership.id as string;
  const count = () => (ctx.raw.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
  const upload = (
    client: TestClient,
    body: string,
    query = '?kind=worker',
    type = 'text/csv; charset=utf-8',
  ) =>
    client.request('POST', `/api/partnerships/${id}/contacts/import${query}`, body, { 'content-type': type });
  return { ctx, admin, id, count, upload };
}

async function member(
  ctx: TestContext,
  admin: TestClient,
  role: 'analyst' | 'viewer',
  partnershipIds: string[],
) {
  const password = 'a long enough password';
  await admin.post('/api/users', {
    email: `${role}@example.org`,
    name: role,
    password,
    role,
    partnershipIds,
  });
  const client = new TestClient(ctx);
  await client.post('/api/auth/login', { email: `${role}@example.org`, password });
  return client;
}

describe('POST /api/partnerships/:id/contacts/import', () => {
  it('imports a CSV and answers 201 with the report', async () => {
    const { upload, admin, count } = await setup();
    const res = await upload(admin, csv);
    expect(res.status).toBe(201);
    expect(res.json.summary).toEqual({
      rows: 3,
      created: 2,
      updated: 0,
      unchanged: 0,
      merged: 0,
      rejected: 1,
      blank: 0,
    });
    expect(res.json.rejected).toEqual([
      {
        row: 4,
        column: 'Cell',
        field: 'phone',
        message: '"12" is not a valid phone number.',
        code: 'PHONE_INVALID',
        params: { value: '12' },
      },
    ]);
    expect(res.json.preview[0].contact).toMatchObject({
      firstName: 'Ana',
      phone: '+18155550101',
      smsConsent: true,
      attributes: { shift: 'night' },
    });
    expect(count()).toBe(2);
  });

  it('previews with dryRun: columns, mapping, first rows and the report, writing nothing', async () => {
    const { upload, admin, count } = await setup();
    const res = await upload(admin, csv, '?kind=worker&dryRun=1&preview=1');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      dryRun: true,
      delimiter: ',',
      mapping: {
        'First Name': 'firstName',
        Cell: 'phone',
        Idioma: 'language',
        'SMS consent': 'smsConsent',
        Shift: 'attributes.shift',
      },
      summary: { created: 2, rejected: 1 },
    });
    expect(res.json.columns[1]).toEqual({ index: 1, header: 'Cell', target: 'phone', source: 'header' });
    expect(res.json.preview).toEqual([
      { row: 2, action: 'create', contact: expect.objectContaining({ id: null, firstName: 'Ana' }) },
    ]);
    expect(count()).toBe(0);
  });

  it('takes an explicit column mapping as JSON in the query', async () => {
    const { upload, admin } = await setup();
    const mapping = encodeURIComponent(JSON.stringify({ Shift: 'ignore', Idioma: 'attributes.idioma' }));
    const res = await upload(admin, csv, `?kind=employer&dryRun=true&mapping=${mapping}`);
    expect(res.status).toBe(200);
    expect(res.json.mapping).toMatchObject({ Shift: 'ignore', Idioma: 'attributes.idioma' });
    expect(res.json.preview[0].contact).toMatchObject({
      kind: 'employer',
      language: 'en',
      attributes: { idioma: 'es' },
    });
  });

  it('answers 422 for a mapping that does not fit the file, bad mapping JSON or a missing kind', async () => {
    const { upload, admin } = await setup();
    const wrong = await upload(admin, csv, `?kind=worker&mapping=${encodeURIComponent('{"Phone":"phone"}')}`);
    expect(wrong.status).toBe(422);
    expect(wrong.json.error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'mapping.Phone', message: 'The file has no column "Phone".' }],
    });
    expect((await upload(admin, csv, '?mapping={nope')).status).toBe(422);
    expect((await upload(admin, csv, `?mapping=${encodeURIComponent('{"Cell":"password"}')}`)).status).toBe(
      422,
    );
    const noKind = await upload(admin, csv, '');
    expect([noKind.status, noKind.json.error.details[0].path]).toEqual([422, 'kind']);
  });

  it('answers 422 with every row when no row can be imported', async () => {
    const { upload, admin, count } = await setup();
    const res = await upload(admin, 'firstName,phone\nAna,12\nBo,34\n');
    expect(res.status).toBe(422);
    expect(res.json.error.details.map((d: { row: number }) => d.row)).toEqual([2, 3]);
    expect(count()).toBe(0);
  });

  it('answers 400 BAD_CSV for a file it cannot read, and writes nothing', async () => {
    const { upload, admin, count } = await setup();
    const res = await upload(admin, csv + 'Di,"815-555-0104,en,yes,day\r\n');
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      code: 'BAD_CSV',
      message: expect.stringMatching(/line 5: a quoted field opens here/),
    });
    expect((await upload(admin, 'Ana,815-555-0101\n')).json.error.code).toBe('BAD_CSV');
    expect(count()).toBe(0);
  });

  it('answers 415 for another content type or charset', async () => {
    const { upload, admin } = await setup();
    expect((await upload(admin, csv, '?kind=worker', 'application/json')).status).toBe(415);
    expect((await upload(admin, csv, '?kind=worker', 'text/plain')).status).toBe(415);
    const latin1 = await upload(admin, csv, '?kind=worker', 'text/csv; charset=windows-1252');
    expect(latin1.json.error).toEqual({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringMatching(/UTF-8/),
    });
  });

  it('answers 413 above MAX_BODY_BYTES and writes nothing', async () => {
    const { upload, admin, count } = await setup({ maxBodyBytes: 2048 });
    const big =
      'firstName,phone\n' + Array.from({ length: 200 }, (_, i) => `W${i},+1815555${1000 + i}\n`).join('');
    const res = await upload(admin, big);
    expect([res.status, res.json.error.code]).toEqual([413, 'BODY_TOO_LARGE']);
    expect(count()).toBe(0);
  });

  it('answers 404 for an unknown partnership', async () => {
    const { admin } = await setup();
    const res = await admin.request('POST', '/api/partnerships/nope/contacts/import?kind=worker', csv, {
      'content-type': 'text/csv',
    });
    expect([res.status, res.json.error.code]).toEqual([404, 'NOT_FOUND']);
  });

  it('lets an analyst of the partnership import, keeps others out, and needs the CSRF token', async () => {
    const { ctx, admin, id, upload, count } = await setup();
    const other = (
      await admin.post('/api/partnerships', { name: 'Other', sector: 'S', region: 'R', timeZone: 'UTC' })
    ).json.partnership.id;
    const analyst = await member(ctx, admin, 'analyst', [id]);
    expect((await upload(analyst, csv)).status).toBe(201);
    const outsider = await analyst.request(
      'POST',
      `/api/partnerships/${other}/contacts/import?kind=worker`,
      csv,
      { 'content-type': 'text/csv' },
    );
    expect(outsider.status).toBe(404);
    const viewer = await member(ctx, admin, 'viewer', [id]);
    expect((await upload(viewer, csv)).json.error.code).toBe('FORBIDDEN');
    analyst.csrf = 'wrong';
    expect((await upload(analyst, csv)).json.error.code).toBe('CSRF_FAILED');
    expect((await upload(new TestClient(ctx), csv)).status).toBe(401);
    expect(count()).toBe(2);
  });
});
