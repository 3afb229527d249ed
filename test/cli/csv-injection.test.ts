/**
 * Spreadsheet formula injection: a person's name is typed by whoever filled in the import sheet, and
 * the printed-card links CSV goes back to staff who open it in a spreadsheet. Every CSV we write
 * (links here, the review export) guards a cell that starts like a formula; phones keep their plus.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign } from '../../server/campaigns/campaigns.ts';
import { launchCampaign } from '../../server/distribution/launch.ts';
import { csvField, formatCsv } from '../../server/csv.ts';
import { cryptoRandom } from '../../server/ids.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { parseCsv } from '../../server/runtime/csv.ts';
import { storedSecret } from '../../server/runtime/link-secret.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';
import { runCli } from '../helpers/cli.ts';

let dir: string;
let dbPath: string;
const cli = (args: string[]) =>
  runCli(args, { DATABASE_PATH: dbPath, PUBLIC_URL: 'https://survey.example.org' });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sv-csv-injection-'));
  dbPath = join(dir, 'survey.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evil = '=HYPERLINK("http://evil.example","x")';

describe('csvField', () => {
  it('guards every formula start and leaves numbers, phones and plain text alone', () => {
    expect(csvField(evil)).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('+cmd|calc')).toBe("'+cmd|calc");
    expect(csvField('-2+3+cmd|x')).toBe("'-2+3+cmd|x");
    expect(csvField('\t=1')).toBe("'\t=1");
    expect(csvField('+1 (312) 555-0100')).toBe('+1 (312) 555-0100');
    expect(csvField('-0.4')).toBe('-0.4');
    expect(csvField(-0.4)).toBe('-0.40');
    expect(csvField('Ana')).toBe('Ana');
    expect(csvField(null)).toBe('');
  });

  it('writes CRLF records, with a byte order mark when asked', () => {
    expect(formatCsv([['a', 'b,c'], ['1']])).toBe('a,"b,c"\r\n1\r\n');
    expect(formatCsv([['é']], { bom: true })).toBe('\uFEFFé\r\n');
  });
});

describe('npm run cli -- links', () => {
  it('writes a formula-like name as text, never as a formula', async () => {
    const sqlite = openSqlite(dbPath);
    const deps = {
      db: sqlite.db,
      atomic: sqlite.atomic,
      clock: { now: () => new Date() },
      random: cryptoRandom,
      config: readConfig({ DATABASE_PATH: dbPath }, storedSecret),
    };
    const p = await createPartnership(deps, {
      name: 'CSV partnership',
      sector: 'Manufacturing',
      region: 'River Valley',
      timeZone: 'UTC',
      reviewYear: 'program',
      minGroupSize: 5,
    });
    await sqlite.close();
    const sheet = `firstName,lastName,phone,kind\r\n"${evil.replace(/"/g, '""')}",@SUM(1+1),+13125550100,worker\r\n`;
    writeFileSync(join(dir, 'people.csv'), sheet);
    const imported = await cli(['import-contacts', p.id, join(dir, 'people.csv')]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stdout).toMatch(/added 1\b/);

    const again = openSqlite(dbPath);
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const campaign = await createCampaign({ ...deps, db: again.db }, p.id, {
      name: 'Worker voice',
      templateId: 'worker-voice',
      period: 'PY2026-Q2',
      audience: {},
      segmentAttributes: [],
      opensOn: day(-1),
      closesOn: day(30),
    });
    await launchCampaign({ ...deps, db: again.db, atomic: again.atomic }, campaign.id);
    await again.close();

    const out = join(dir, 'links.csv');
    const res = await cli(['links', campaign.id, '--all-unreached', '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [, row] = parseCsv(text).map((r) => r.fields);
    expect(row!.slice(0, 4)).toEqual([`'${evil}`, "'@SUM(1+1)", '', '+13125550100']);
  });
});
