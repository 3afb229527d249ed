/**
 * The issue's smaller findings, tried through `npm start`: names with line breaks, a comment minimum
 * below the group minimum, and personal links in the development senders' log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setUpAdmin, TestClient } from '../helpers/app.ts';
import { startNodeServer, type RunningServer } from '../helpers/node-server.ts';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const token = /\/[su]\/[A-Za-z0-9_-]{16,}/;

/** An admin, a partnership that may text at any hour, and one consenting worker invited by SMS. */
async function launchOneText(server: RunningServer) {
  const admin = new TestClient((path, init) => fetch(`${server.base}${path}`, init));
  await setUpAdmin(admin);
  const p = await admin.post('/api/partnerships', {
    name: 'River\r\nValley\u2028Works',
    sector: 'Manufacturing',
    region: 'River Valley',
    timeZone: 'UTC',
    minGroupSize: 5,
    smsHours: { start: '00:00', end: '24:00' },
  });
  expect(p.status, p.text).toBe(201);
  const partnershipId = p.json.partnership.id as string;
  const added = await admin.post(`/api/partnerships/${partnershipId}/contacts`, [
    {
      firstName: 'Ana\r\nBcc: evil@example.org',
      lastName: 'Ruiz\t\n',
      phone: '+13125550101',
      smsConsent: true,
      kind: 'worker',
    },
  ]);
  expect(added.status, added.text).toBe(201);
  const c = await admin.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice\nQ4',
    templateId: 'worker-voice',
    period: '2026-Q4',
    opensOn: day(0),
    closesOn: day(30),
  });
  expect(c.status, c.text).toBe(201);
  const launched = await admin.post(`/api/campaigns/${c.json.campaign.id}/launch`);
  expect(launched.status, launched.text).toBe(200);
  return { admin, partnershipId, campaignName: c.json.campaign.name as string };
}

async function waitFor(what: string, check: () => boolean) {
  for (let i = 0; i < 200; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('npm start with the development senders', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNodeServer({ DISPATCH_INTERVAL_SECONDS: '1' });
  }, 60_000);
  afterAll(() => server?.stop());

  it('keeps names on one line, refuses a comment minimum below the group minimum, hides links in the log', async () => {
    const { admin, partnershipId, campaignName } = await launchOneText(server);

    const p = await admin.get(`/api/partnerships/${partnershipId}`);
    expect(p.json.partnership.name).toBe('River Valley Works');
    expect(campaignName).toBe('Worker voice Q4');
    const contacts = await admin.get(`/api/partnerships/${partnershipId}/contacts`);
    const ana = contacts.json.contacts[0];
    expect([ana.firstName, ana.lastName]).toEqual(['Ana Bcc: evil@example.org', 'Ruiz']);

    const settings = `/api/partnerships/${partnershipId}/review-settings`;
    const low = await admin.patch(settings, { commentMinSize: 4 });
    expect(low.status).toBe(422);
    expect(low.json.error.details).toEqual([
      {
        path: 'commentMinSize',
        message: "The comment minimum cannot be below the partnership's minimum group size (5).",
      },
    ]);
    expect((await admin.get(settings)).json.settings.commentMinSize).toBe(10);

    await waitFor('the invitation text', () => server.output().includes('[dev sms] to +13125550101'));
    const line = server
      .output()
      .split('\n')
      .find((l) => l.includes('[dev sms]'))!;
    expect(line).toContain('/s/…');
    expect(line).not.toMatch(token);
    // The whole message is one line: no name brought a line break into it.
    // (the greeting's name is cut to keep the text in one segment)
    expect(line).toMatch(
      /^\[dev sms\] to \+13125550101: River Valley Works: Hi Ana Bcc: evil@\S*, please take/,
    );
  });
});

describe('npm start with DEV_SHOW_LINKS=1', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startNodeServer({ DISPATCH_INTERVAL_SECONDS: '1', DEV_SHOW_LINKS: '1' });
  }, 60_000);
  afterAll(() => server?.stop());

  it('prints the whole link, as asked', async () => {
    await launchOneText(server);
    await waitFor('the invitation text', () => server.output().includes('[dev sms] to +13125550101'));
    expect(server.output()).toMatch(token);
  });
});
