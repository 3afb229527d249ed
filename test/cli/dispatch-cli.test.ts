/** `npm run cli -- dispatch` and `progress`, as a person runs them, against a SQLite file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { nodeDeps } from '../../server/runtime/deps.ts';
import { storedSecret } from '../../server/runtime/link-secret.ts';
import { allDayPartnership } from '../helpers/seed.ts';
import { runCli } from '../helpers/cli.ts';

let dir: string;
let dbPath: string;
let campaignId: string;

// No SMTP_URL or TWILIO_*: the development senders print each message.
const cli = (args: string[]) =>
  runCli(args, {
    DATABASE_PATH: dbPath,
    PUBLIC_URL: 'https://survey.example.org',
    SMS_PER_SECOND: '0',
    EMAIL_PER_SECOND: '0',
  });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-dispatch-cli-'));
  dbPath = join(dir, 'survey.db');
  const deps = nodeDeps(
    readConfig({ DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' }, storedSecret),
    undefined,
    {},
  );
  deps.log = { info() {}, error() {} };
  try {
    const { client, partnershipId } = await allDayPartnership(createApp(() => deps));
    await client.post(`/api/partnerships/${partnershipId}/contacts`, [
      { firstName: 'Ana', phone: '+13125550101', smsConsent: true, kind: 'worker', language: 'es' },
      { firstName: 'Ben', email: 'ben@work.example', kind: 'worker' },
      { firstName: 'Cy', phone: '+13125550103', kind: 'worker' },
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const c = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: '2026-Q4',
      opensOn: today,
      closesOn: '2999-12-31',
      reminderDays: [5],
    });
    campaignId = c.json.campaign.id;
    await client.post(`/api/campaigns/${campaignId}/launch`);
  } finally {
    await deps.sqlite.close();
  }
}, 30_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run cli -- dispatch', () => {
  it('sends what is due once, prints each development message and a summary', async () => {
    const res = await cli(['dispatch']);
    expect(res.code, res.stderr).toBe(0);
    // A personal link is an answer sheet: the log shows where it points, not the token.
    expect(res.stdout).toMatch(
      /\[dev sms\] to \+13125550101: River Valley: Hola Ana, conteste .*https:\/\/survey\.example\.org\/s\/… Responda STOP para salir/,
    );
    expect(res.stdout).not.toMatch(/\/[su]\/[A-Za-z0-9_-]{16,}/);
    expect(res.stdout).toMatch(/\[dev email\] to ben@work\.example: River Valley wants to hear from you/);
    expect(res.stdout).toContain(
      'sent 2, failed 0, retrying later 0, held for SMS hours 0, skipped 0, opted out 0',
    );
    const again = await cli(['dispatch']);
    expect(again.stdout).toContain('sent 0,');
  }, 30_000);

  it("shows a campaign's progress by channel", async () => {
    const res = await cli(['progress', campaignId]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('invited 3, answered 0 (0.0%)');
    expect(res.stdout).toMatch(/^sms\s+1\s+0\s+1\s/m);
    expect(res.stdout).toMatch(/^email\s+1\s+0\s+1\s/m);
    expect(res.stdout).toContain('link only 1 invited, 0 answered');
    expect(res.stdout).toContain('reminders: 2 queued');
    const unknown = await cli(['progress', 'nope']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr.trim()).toBe('error: No such campaign.');
  }, 30_000);
});
