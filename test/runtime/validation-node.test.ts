/**
 * The contracts' validators through `npm start`'s server (issue 13): what a dashboard or a script
 * gets for a body or query the route's schema refuses, and in which order the checks run. Access
 * comes first (a viewer's bad body is 403, an unknown campaign's bad query 404), then the content
 * type (415), then the JSON (BAD_JSON), then the fields (VALIDATION_FAILED with each field's path);
 * nothing refused is written, and a query name given twice counts by its first value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

let server: RunningServer;
let admin: TestClient;
let viewer: TestClient;
let partnershipId = '';
const client = () => new TestClient((path, init) => fetch(server.base + path, init));
const partnership = { name: 'A', sector: 'S', region: 'R', timeZone: 'UTC' };

beforeAll(async () => {
  server = await startNodeServer();
  admin = await setUpAdmin(client());
  partnershipId = (await admin.post('/api/partnerships', partnership)).json.partnership.id;
  const made = await admin.post('/api/users', {
    email: 'viewer@example.org',
    name: 'Vi',
    password: 'correct horse battery',
    role: 'viewer',
    partnershipIds: [partnershipId],
  });
  expect(made.status).toBe(201);
  viewer = client();
  expect(
    (await viewer.post('/api/auth/login', { email: 'viewer@example.org', password: 'correct horse battery' }))
      .status,
  ).toBe(200);
}, 60_000);

afterAll(() => server?.stop());

describe('validated routes on the real server', () => {
  it('answers a refused body with the envelope, in the order access, type, JSON, fields', async () => {
    const path = `/api/partnerships/${partnershipId}/organizations`;
    const cases: [TestClient, string, Record<string, string>, number, string][] = [
      [viewer, '{', {}, 403, 'FORBIDDEN'],
      [
        admin,
        'name=x',
        { 'content-type': 'application/x-www-form-urlencoded' },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      ],
      [admin, '{', {}, 400, 'BAD_JSON'],
      [admin, '{"name": 7, "kind": "nonsense"}', {}, 422, 'VALIDATION_FAILED'],
    ];
    for (const [who, body, headers, status, code] of cases) {
      const res = await who.request('POST', path, body, headers);
      expect(res.status, code).toBe(status);
      expect(res.json.error.code).toBe(code);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    const invalid = await admin.request('POST', path, '{"name": 7}');
    expect(invalid.json.error.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'name' })]),
    );
    expect((await admin.get(path)).json.organizations).toEqual([]);
  });

  it('checks a query after access, and reads a repeated name by its first value', async () => {
    const unknown = await admin.get('/api/campaigns/nope/failures?limit=banana');
    expect([unknown.status, unknown.json.error.code]).toEqual([404, 'NOT_FOUND']);
    const bad = await admin.get(`/api/partnerships/${partnershipId}/audience?channels=pigeon`);
    expect([bad.status, bad.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    const twice = await admin.get(
      `/api/partnerships/${partnershipId}/audience?channels=email&channels=pigeon`,
    );
    expect(twice.status, twice.text).toBe(200);
  });
});
