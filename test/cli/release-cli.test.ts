/** `npm run cli -- release` and `progress`: the loop's release run once by hand, and what it says. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCampaign } from '../../server/campaigns/campaigns.ts';
import { launchCampaign } from '../../server/distribution/launch.ts';
import { linkToken } from '../../server/campaigns/links.ts';
import { cryptoRandom } from '../../server/ids.ts';
import { addContacts } from '../../server/partnerships/contacts/people.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { openLink } from '../../server/respond/link.ts';
import { submitResponse } from '../../server/respond/submit.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { storedSecret } from '../../server/runtime/link-secret.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { runCli } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'sector-voice-release-'));
const dbPath = join(dir, 'survey.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Six workers answer; the answers are sealed with the secret the CLI finds beside the database. */
async function sixAnswers(): Promise<string> {
  const sqlite = openSqlite(dbPath);
  const deps = {
    db: sqlite.db,
    atomic: sqlite.atomic,
    clock: { now: () => new Date() },
    random: cryptoRandom,
    config: readConfig({ DATABASE_PATH: dbPath }, storedSecret),
  };
  try {
    const today = new Date().toISOString().slice(0, 10);
    const p = await createPartnership(deps, {
      name: 'Release CLI',
      sector: 'Health care',
      region: 'Valley',
      timeZone: 'UTC',
      reviewYear: 'calendar',
      minGroupSize: 5,
    });
    await addContacts(
      deps,
      p.id,
      Array.from({ length: 6 }, (_, i) => ({ firstName: `W${i}`, kind: 'worker', phone: `+1312555020${i}` })),
    );
    const campaign = await createCampaign(deps, p.id, {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: `${today.slice(0, 4)}`,
      audience: {},
      segmentAttributes: [],
      opensOn: today,
      closesOn: today,
    });
    await launchCampaign(deps, campaign.id);
    const invitations = await deps.db.selectFrom('invitations').select(['id', 'link_version']).execute();
    for (const inv of invitations) {
      const token = await linkToken(deps.config.distribution.linkSecret, inv.id, inv.link_version);
      const link = await openLink(deps, token);
      await submitResponse(deps, link, validAnswers(getTemplate('worker-voice')!, seededRandom(1)));
    }
    return campaign.id;
  } finally {
    await sqlite.close();
  }
}

describe('npm run cli -- release', () => {
  it('releases what can go, once, and progress says where the answers stand', async () => {
    const campaignId = await sixAnswers();
    const env = { DATABASE_PATH: dbPath };
    const before = await runCli(['progress', campaignId], env);
    expect(before.stdout).toContain('answers: 0 in the reviews, 6 waiting for release');
    const first = await runCli(['release'], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`${campaignId}  6 released, 0 still waiting`);
    expect(first.stdout).toContain('Released 6 answers; deleted 0 expired drafts.');
    const again = await runCli(['release'], env);
    expect(again.stdout.trim()).toBe('Released 0 answers; deleted 0 expired drafts.');
    const after = await runCli(['progress', campaignId], env);
    expect(after.stdout).toMatch(/answers: 6 in the reviews \(last released \d{4}-\d{2}-\d{2}\), 0 waiting/);
  });
});
