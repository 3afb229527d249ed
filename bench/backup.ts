/**
 * backup_s, restore_s, backup_bytes: `npm run cli -- backup` and `restore` on a database of 100,000
 * contacts and 1,000,000 responses. The database is built with plain SQL in one transaction (the
 * figures are about copying and checking it, not about how it filled) and cached under
 * node_modules/.cache, keyed by the migrations it was built with. Both figures include the checks
 * each command makes: the backup's integrity check and row counts, the restore's copy, check and
 * migration.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBackup } from '../server/runtime/backup.ts';
import { restoreBackup } from '../server/runtime/restore.ts';
import { migrationsDir, openSqlite } from '../server/runtime/sqlite.ts';
import { getTemplate } from '../surveys/index.ts';
import type { Figure } from './run.ts';

const contacts = 100_000;
const responses = 1_000_000;
const cacheDir = fileURLToPath(new URL('../node_modules/.cache/sector-voice-bench', import.meta.url));

const occupations = ['machinist', 'welder', 'assembler', 'technician', 'operator'];
const shifts = ['day', 'evening', 'night'];

async function build(path: string) {
  const sqlite = openSqlite(path);
  const raw = sqlite.raw;
  const now = '2026-01-05T15:00:00.000Z';
  raw.transaction(() => {
    raw
      .prepare(
        `INSERT INTO partnerships (id, name, sector, region, time_zone, review_year, min_group_size, created_at)
         VALUES ('bench-p', 'Bench partnership', 'Manufacturing', 'Valley', 'America/Chicago', 'program', 5, ?)`,
      )
      .run(now);
    raw
      .prepare(
        `INSERT INTO template_versions (template_id, version, kind, definition, fingerprint, published_at)
         VALUES ('worker-voice', 1, 'worker-voice', ?, 'bench', ?)`,
      )
      .run(JSON.stringify(getTemplate('worker-voice')), now);
    const orgs = Array.from({ length: 20 }, (_, i) => `bench-org-${i}`);
    const org = raw.prepare(
      "INSERT INTO organizations (id, partnership_id, name, kind, created_at) VALUES (?, 'bench-p', ?, 'employer', ?)",
    );
    orgs.forEach((id, i) => org.run(id, `Employer ${i}`, now));
    const contact = raw.prepare(
      `INSERT INTO contacts (id, partnership_id, organization_id, kind, first_name, last_name, email, phone, attributes, sms_consent, created_at)
       VALUES (?, 'bench-p', ?, 'worker', ?, ?, ?, ?, ?, 1, ?)`,
    );
    for (let i = 0; i < contacts; i++) {
      const attrs = JSON.stringify({ occupation: occupations[i % 5], shift: shifts[i % 3] });
      contact.run(
        `c${i}`,
        orgs[i % 20],
        `First${i}`,
        `Last${i}`,
        `worker${i}@mail.example`,
        `+1312${String(5_000_000 + i)}`,
        attrs,
        now,
      );
    }
    const campaigns = Array.from({ length: 8 }, (_, q) => `bench-c${q}`);
    const campaign = raw.prepare(
      `INSERT INTO campaigns (id, partnership_id, name, template_id, template_version, period, audience, segment_attributes, opens_on, closes_on, status, launched_at, created_at, channels, reminder_days)
       VALUES (?, 'bench-p', ?, 'worker-voice', 1, ?, '{"kinds":["worker"]}', '["occupation","shift"]', '2025-10-01', '2025-12-31', 'closed', ?, ?, '["sms"]', '[]')`,
    );
    campaigns.forEach((id, q) => campaign.run(id, `Worker voice ${q}`, `PY2025-Q${q + 1}`, now, now));
    const response = raw.prepare(
      `INSERT INTO responses (id, campaign_id, template_id, template_version, submitted_on, segment, answers)
       VALUES (?, ?, 'worker-voice', 1, '2025-12-31', ?, ?)`,
    );
    for (let i = 0; i < responses; i++) {
      const r = (n: number) => 1 + ((i * 7 + n * 13) % 5);
      const answers = JSON.stringify({
        pay_fair: r(1),
        schedule_predictable: r(2),
        safety: r(3),
        respect: r(4),
        growth: r(5),
        voice: r(6),
        benefits: r(7),
        stability: r(8),
        overall: r(9),
        hours: 'full_time',
        comment: i % 10 === 0 ? 'The shift notice comes too late for child care.' : undefined,
      });
      const segment = JSON.stringify({ organization: orgs[i % 20], occupation: occupations[i % 5] });
      response.run(
        createHash('sha256').update(String(i)).digest('base64url').slice(0, 16),
        campaigns[i % 8],
        segment,
        answers,
      );
    }
  })();
  await sqlite.close();
}

async function cachedDatabase(): Promise<string> {
  const key = createHash('sha256')
    .update(readdirSync(migrationsDir).sort().join('\n'))
    .update(`${contacts}/${responses}/v1`)
    .digest('hex')
    .slice(0, 12);
  const path = join(cacheDir, `backup-${key}.db`);
  if (existsSync(path)) return path;
  mkdirSync(cacheDir, { recursive: true });
  const building = `${path}.building-${process.pid}`;
  const started = performance.now();
  await build(building);
  renameSync(building, path);
  console.error(
    `built the backup bench database in ${((performance.now() - started) / 1000).toFixed(1)} s (cached: ${path})`,
  );
  return path;
}

export async function backupBench(): Promise<Figure[]> {
  const source = await cachedDatabase();
  const dir = mkdtempSync(join(tmpdir(), 'sv-backup-bench-'));
  try {
    // The live database is a copy, so the cached one is never changed by the runs.
    const live = join(dir, 'live', 'survey.db');
    mkdirSync(join(dir, 'live'));
    copyFileSync(source, live);
    let started = performance.now();
    const written = await writeBackup(live, join(dir, 'backups', 'survey.db'));
    const backupS = (performance.now() - started) / 1000;
    if (
      written.check !== 'ok' ||
      written.counts.responses !== responses ||
      written.counts.contacts !== contacts
    )
      throw new Error(`the bench backup is not what was built: ${written.check}`);
    started = performance.now();
    const restored = await restoreBackup(written.file, join(dir, 'restored', 'survey.db'));
    const restoreS = (performance.now() - started) / 1000;
    if (restored.counts.responses !== responses) throw new Error('the bench restore lost rows');
    return [
      { name: 'backup_s', value: Number(backupS.toFixed(2)), unit: 's' },
      { name: 'restore_s', value: Number(restoreS.toFixed(2)), unit: 's' },
      { name: 'backup_bytes', value: written.bytes, unit: 'bytes' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
