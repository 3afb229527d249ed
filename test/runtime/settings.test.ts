/**
 * Settings are parsed once, by one schema, and a value that cannot be used stops `npm start` with one
 * line on stderr naming the variable and what it wants (no stack, exit status 1), instead of turning
 * into NaN: MAX_BODY_BYTES=256kb used to switch the body limit off, SESSION_HOURS=x made every login
 * a 500. Sizes may be written with a unit. Every default and every variable name stays as it was.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDistributionConfig } from '../../server/distribution/config.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { SettingsError } from '../../server/settings.ts';
import { runNodeEntry } from '../helpers/node-start.ts';
import { startNodeServer } from '../helpers/node-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'sv-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const secrets = {
  LINK_SECRET: 'settings-test-link-secret-0123456789abcdef',
  ANSWER_SECRET: 'settings-test-answer-secret-0123456789abcd',
};
const config = (env: Record<string, string>) => readConfig({ ...secrets, ...env });

/** Starts the real entry with these settings and expects the one-line refusal. */
async function refusal(env: Record<string, string>): Promise<string> {
  const run = await runNodeEntry({ DATABASE_PATH: join(dir, 'refused.db'), ...env });
  expect(run.code, `${run.stdout}\n${run.stderr}`).toBe(1);
  const lines = run.stderr.trim().split('\n');
  expect(lines, run.stderr).toHaveLength(1);
  expect(run.stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
  return lines[0]!;
}

describe('npm start with a setting it cannot use', () => {
  it('refuses SESSION_HOURS=x in one line naming the variable, what it wants and what it got', async () => {
    expect(await refusal({ SESSION_HOURS: 'x' })).toBe(
      'SESSION_HOURS must be a number of hours from 0.1 to 8760, such as 12 (got "x")',
    );
  });

  it('refuses a body limit it cannot read instead of switching the limit off', async () => {
    expect(await refusal({ MAX_BODY_BYTES: 'lots' })).toBe(
      'MAX_BODY_BYTES must be a size in bytes from 1024 to 1073741824, such as 262144, 256kb or 1mb (got "lots")',
    );
  });

  it('names every bad variable at once, and never repeats a secret', async () => {
    const line = await refusal({ PORT: '80 80', LINK_SECRET: 'hunter2', SEND_MAX_ATTEMPTS: '2.5' });
    expect(line).toContain('PORT must be a port number from 0 to 65535');
    expect(line).toContain('LINK_SECRET must be 32 or more random characters');
    expect(line).toContain('(got 7 characters)');
    expect(line).toContain(
      'SEND_MAX_ATTEMPTS must be a whole number of tries from 1 to 100, such as 5 (got "2.5")',
    );
    expect(line).not.toContain('hunter2');
  });

  it('refuses the numbers Number() would have read wrongly, and a public URL that is no origin', async () => {
    const line = await refusal({
      EMAIL_PER_SECOND: '0x10',
      DISPATCH_INTERVAL_SECONDS: '-1',
      PUBLIC_URL: 'survey.example.org',
      TRUST_PROXY: 'maybe',
      DEV_SHOW_LINKS: 'yes please',
      DEFAULT_COUNTRY: 'USA',
    });
    for (const name of [
      'EMAIL_PER_SECOND',
      'DISPATCH_INTERVAL_SECONDS',
      'PUBLIC_URL',
      'TRUST_PROXY',
      'DEV_SHOW_LINKS',
      'DEFAULT_COUNTRY',
    ]) {
      expect(line).toContain(`${name} must be`);
    }
  });

  it('says in one line that the port is taken', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, r));
    const { port } = taken.address() as AddressInfo;
    try {
      expect(await refusal({ PORT: String(port), ...secrets })).toBe(
        `Port ${port} is already in use: stop what listens there, or set PORT to another port.`,
      );
    } finally {
      taken.close();
    }
  });

  it('says a half Twilio configuration in one line too', async () => {
    expect(await refusal({ TWILIO_ACCOUNT_SID: `AC${'1'.repeat(32)}` })).toBe(
      'TWILIO_ACCOUNT_SID is set but TWILIO_AUTH_TOKEN is not.',
    );
  });
});

describe('npm start with MAX_BODY_BYTES=256kb', () => {
  it('reads the size with its unit and refuses a body over it with 413', async () => {
    const server = await startNodeServer({ MAX_BODY_BYTES: '256kb' });
    try {
      const post = (bytes: number) =>
        fetch(`${server.base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: 'a@example.org', password: 'x'.repeat(bytes) }),
        });
      const over = await post(300 * 1024);
      expect(over.status).toBe(413);
      expect((await over.json()).error.code).toBe('BODY_TOO_LARGE');
      expect((await post(200 * 1024)).status).not.toBe(413);
    } finally {
      await server.stop();
    }
  });
});

describe('readConfig', () => {
  it('keeps every default', () => {
    const c = readConfig({ ...secrets });
    expect(c).toMatchObject({
      port: 8787,
      databasePath: 'data/survey.db',
      publicUrl: 'http://localhost:8787',
      trustProxy: false,
      maxBodyBytes: 262_144,
      sessionSeconds: 12 * 3600,
      secureCookies: false,
      defaultCountry: 'US',
      dispatchIntervalSeconds: 5,
    });
    expect(c.distribution).toMatchObject({
      mailFrom: 'Sector Voice <surveys@localhost>',
      emailPerSecond: 10,
      smsPerSecond: 1,
      maxAttempts: 5,
      leaseSeconds: 120,
      twilioAuthToken: null,
      senders: { email: 'dev', sms: 'dev' },
    });
  });

  it('reads sizes with units, blanks as unset, and the old spellings of every value', () => {
    expect(config({ MAX_BODY_BYTES: '1mb' }).maxBodyBytes).toBe(1 << 20);
    expect(config({ MAX_BODY_BYTES: '256 KB' }).maxBodyBytes).toBe(262_144);
    expect(config({ MAX_BODY_BYTES: '65536' }).maxBodyBytes).toBe(65_536);
    expect(config({ MAX_BODY_BYTES: '' }).maxBodyBytes).toBe(262_144);
    expect(config({ SESSION_HOURS: '0.5' }).sessionSeconds).toBe(1800);
    expect(config({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(config({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(config({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(config({ DEFAULT_COUNTRY: 'mx' }).defaultCountry).toBe('MX');
    expect(config({ PUBLIC_URL: 'https://survey.example.org/' })).toMatchObject({
      publicUrl: 'https://survey.example.org',
      secureCookies: true,
    });
    expect(config({ DISPATCH_INTERVAL_SECONDS: '0' }).dispatchIntervalSeconds).toBe(0);
    expect(config({ SMS_PER_SECOND: '0.5' }).distribution.smsPerSecond).toBe(0.5);
  });

  it('throws a SettingsError, also for the distribution settings read on their own', () => {
    expect(() => config({ SESSION_HOURS: '1e400' })).toThrow(SettingsError);
    expect(() => readDistributionConfig({ SMS_PER_SECOND: 'fast' }, secrets.LINK_SECRET)).toThrow(
      /^SMS_PER_SECOND must be a number of texts a second, 0 for no limit, such as 1 \(got "fast"\)$/,
    );
    expect(() => config({ SMTP_URL: 'mail.example.org:587' })).toThrow(
      /^SMTP_URL must be a URL such as smtp:/,
    );
    // The URL holds a password: the message says how long it was, never what it was.
    expect(() => config({ SMTP_URL: 'http://user:pw@mail.example.org' })).toThrow(
      /^SMTP_URL must be .* \(got 31 characters\)$/,
    );
  });
});
