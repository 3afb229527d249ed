/**
 * A partnership's own survey on the Worker build (workerd with a local D1): publishing is one D1 batch
 * of INSERT ... SELECT statements guarded on the draft, so it is tried where D1 runs it; the walk is
 * the one `npm start`'s server takes (test/surveys/own-survey-walk.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWorkersHarness, type WorkersHarness } from '../scenario/workers.ts';
import { ownSurveyWalk } from '../surveys/own-survey-walk.ts';
import type { HttpClient } from './client.ts';

let h: WorkersHarness;
let admin: HttpClient;
let partnershipId: string;

beforeAll(async () => {
  h = await startWorkersHarness();
  admin = h.client();
  const setup = await admin.post('/api/setup', {
    email: 'admin@example.org',
    name: 'Ada Admin',
    password: 'correct horse battery',
  });
  expect(setup.status, setup.text).toBe(201);
  const p = await admin.post('/api/partnerships', {
    name: 'Lakeshore Health Careers',
    sector: 'Healthcare',
    region: 'Lakeshore',
    timeZone: 'UTC',
    reviewYear: 'calendar',
  });
  partnershipId = p.json.partnership.id;
  await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    { firstName: 'Nurse', email: 'nurse@care.example', kind: 'worker' },
  ]);
}, 240_000);

afterAll(async () => {
  await h?.stop();
}, 60_000);

describe('own surveys on the Worker', { timeout: 120_000 }, () => {
  it('starts, refuses, publishes, launches and previews a survey', async () => {
    await ownSurveyWalk(admin, partnershipId, h.query);
  });
});
