/** `npm run cli -- dispatch` and `progress`, as a person runs them, against a SQLite file. */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { nodeDeps } from '../../server/runtime/deps.ts';
import { storedLinkSecret } from '../../server/runtime/link-secret.ts';
import { adminClient, type TestContext } from '../helpers/app.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let dbPath: string;
let campaignId: string;

function cli(args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/cli.ts', ...args], {
      cwd: root,
      // No SMTP_URL or TWILIO_*: the development senders print each message.
      env: { ...process.env, DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org', SMS_PER_SECOND: '0', EMAIL_PER_SECOND: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sv-dispatch-cli-'));
  dbPath = join(dir, 'survey.db');
  const deps = nodeDeps(readConfig({ DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' }, storedLinkSecret), undefined, {});
  deps.log = { info() {}, error() {} };
  try {
    const client = await adminClient({ app: createApp(() => deps) } as TestContext);
    const p = await client.post('/api/partnerships', {
      name: 'River Valley',
      sector: 'Manufacturing',
      region: 'RV',
      timeZone: 'UTC',
      smsHours: { start: '00:00', end: '23:59' },
    });
    await client.post(`/api/partnerships/${p.json.partnership.id}/contacts`, [
      { firstName: 'Ana', phone: '+13125550101', smsConsent: true, kind: 'worker', language: 'es' },
      { firstName: 'Ben', email: 'ben@work.example', kind: 'worker' },
      { firstName: 'Cy', phone: '+13125550103', kind: 'worker' },
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const c = await client.post(`/api/partnerships/${p.json.partnership.id}/campaigns`, {
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
    expect(res.stdout).toMatch(/\[dev sms\] to \+13125550101: River Valley: Hola Ana, conteste .*https:\/\/survey\.example\.org\/s\/[A-Za-z0-9_-]{24} Responda STOP para salir/);
    expect(res.stdout).toMatch(/\[dev email\] to ben@work\.example: River Valley wants to hear from you/);
    expect(res.stdout).toContain('sent 2, failed 0, retrying later 0, held for SMS hours 0, skipped 0, opted out 0');
    const again = await cli(['dispatch']);
    expect(again.stdout).toContain('sent 0,');
  }, 30_000);

  it('shows a campaign\'s progress by channel', async () => {
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
