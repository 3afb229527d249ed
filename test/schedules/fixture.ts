/** A partnership (program year, Chicago) with six workers reachable by email and a quarterly schedule. */
import { adminClient, type TestClient, type TestContext } from '../helpers/app.ts';

export const workers = (n: number, prefix = 'w') =>
  Array.from({ length: n }, (_, i) => ({
    firstName: `Worker${i}`,
    lastName: 'Test',
    email: `${prefix}${i}@work.example`,
    kind: 'worker',
  }));

export async function partnership(client: TestClient, name = 'River Valley', reviewYear = 'program') {
  const p = await client.post('/api/partnerships', {
    name,
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'America/Chicago',
    reviewYear,
    smsHours: { start: '00:00', end: '24:00' },
  });
  if (p.status !== 201) throw new Error(p.text);
  return p.json.partnership.id as string;
}

export const scheduleBody = {
  name: 'Worker voice',
  audience: { kinds: ['worker'] },
  channels: ['email'],
  reminderDays: [3, 7],
  openDay: 1,
  openDays: 30,
  noticeDays: 3,
};

export async function withSchedule(ctx: TestContext, body: object = scheduleBody) {
  const admin = await adminClient(ctx);
  const partnershipId = await partnership(admin);
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, workers(6));
  if (added.status !== 201) throw new Error(added.text);
  const put = await admin.request('PUT', `/api/partnerships/${partnershipId}/schedules/worker-voice`, body);
  if (put.status !== 201) throw new Error(put.text);
  return { admin, partnershipId, schedule: put.json.schedule };
}
