/** The CLI as a person runs it: a child process over a SQLite file in a temporary directory. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCampaign } from '../../server/campaigns/campaigns.ts';
import { launchCampaign } from '../../server/distribution/launch.ts';
import type { Deps } from '../../server/deps.ts';
import { cryptoRandom } from '../../server/ids.ts';
import { createOrganization } from '../../server/partnerships/organizations.ts';
import { createPartnership } from '../../server/partnerships/partnerships.ts';
import { parseCsv } from '../../server/runtime/csv.ts';
import { readConfig } from '../../server/runtime/config.ts';
import { storedSecret } from '../../server/runtime/link-secret.ts';
import { runCli } from '../helpers/cli.ts';
import { openSqlite } from '../../server/runtime/sqlite.ts';

const publicUrl = 'https://survey.example.org';

let dir: string;
let dbPath: string;

const cli = (args: string[], options: { input?: string; db?: string } = {}) =>
  runCli(args, { DATABASE_PATH: options.db ?? dbPath, PUBLIC_URL: publicUrl }, options.input);

/** Domain functions straight on the file, for set-up the CLI does not offer. */
async function withDb<T>(
  fn: (
    deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>,
    raw: ReturnType<typeof openSqlite>['raw'],
  ) => Promise<T>,
) {
  const sqlite = openSqlite(dbPath);
  try {
    return await fn(
      {
        db: sqlite.db,
        atomic: sqlite.atomic,
        clock: { now: () => new Date() },
        random: cryptoRandom,
        // The secret the CLI itself finds beside the database, so links made here and there agree.
        config: readConfig({ DATABASE_PATH: dbPath }, storedSecret),
      },
      sqlite.raw,
    );
  } finally {
    await sqlite.close();
  }
}

const oneLineError = (stderr: string) => {
  expect(stderr.trim().split('\n')).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sector-voice-cli-'));
  dbPath = join(dir, 'nested', 'survey.db');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('help and mistakes', () => {
  it('lists every command with --help', async () => {
    const res = await cli(['--help']);
    expect(res.code).toBe(0);
    for (const name of ['create-admin', 'demo', 'import-contacts', 'links', 'open-link', 'migrate', 'list']) {
      expect(res.stdout).toContain(`  ${name} `);
    }
  });

  it('explains one command with <command> --help, without touching a database', async () => {
    const res = await cli(['import-contacts', '--help'], { db: join(dir, 'never', 'x.db') });
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(
      'Usage: npm run cli -- import-contacts <partnershipId> <file.json|file.csv>',
    );
  });

  it('exits 1 with one line for an unknown command, option or missing argument', async () => {
    const [unknown, option, missing] = await Promise.all([
      cli(['frobnicate']),
      cli(['list', '--nope']),
      cli(['links']),
    ]);
    for (const res of [unknown, option, missing]) {
      expect(res.code).toBe(1);
      oneLineError(res.stderr);
    }
    expect(unknown.stderr).toMatch(/Unknown command "frobnicate"/);
    expect(option.stderr).toMatch(/Unknown option '--nope'/);
    expect(missing.stderr).toMatch(/Usage: npm run cli -- links <campaignId>/);
  });
});

describe('migrate', () => {
  it('applies the migrations once, then reports the database up to date', async () => {
    const first = await cli(['migrate']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/applied 0001_\w+\.sql/);
    const again = await cli(['migrate']);
    expect(again.stdout).toMatch(/up to date/);
  });
});

describe('create-admin', () => {
  it('creates the first admin, then further admins from a password on stdin', async () => {
    const first = await cli([
      'create-admin',
      '--email',
      'Ada@Example.org',
      '--name',
      'Ada',
      '--password',
      'correct horse battery',
    ]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Created admin ada@example.org');
    const second = await cli(['create-admin', '--email', 'grace@example.org'], {
      input: 'another long password\n',
    });
    expect(second.code, second.stderr).toBe(0);
    const users = await withDb(async (_d, raw) =>
      raw.prepare('SELECT email, role FROM users ORDER BY email').all(),
    );
    expect(users).toEqual([
      { email: 'ada@example.org', role: 'admin' },
      { email: 'grace@example.org', role: 'admin' },
    ]);
  });

  it('refuses a short password and a taken email with a message', async () => {
    const [short, taken] = await Promise.all([
      cli(['create-admin', '--email', 'sam@example.org', '--password', 'short']),
      cli(['create-admin', '--email', 'ada@example.org'], { input: 'long enough password\n' }),
    ]);
    expect(short.code).toBe(1);
    expect(short.stderr).toContain('Use at least 12 characters.');
    oneLineError(short.stderr);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(/already exists/);
  });
});

describe('contacts, links and the open link', () => {
  let partnershipId: string;
  let campaignId: string;

  beforeAll(async () => {
    partnershipId = await withDb(async (deps) => {
      const p = await createPartnership(deps, {
        name: 'CLI test partnership',
        sector: 'Advanced manufacturing',
        region: 'River Valley',
        timeZone: 'America/Chicago',
        reviewYear: 'program',
        minGroupSize: 5,
      });
      await createOrganization(deps, p.id, { name: 'Smith, Jones & Co', kind: 'employer' });
      return p.id;
    });
  });

  it('imports a CSV and reports each merged and rejected row by its spreadsheet row', async () => {
    const csv =
      '\uFEFFfirstName,lastName,phone,email,language,kind,organization,smsConsent,Job Title\r\n' +
      'Ana,Ruiz,(815) 555-0101,,es,worker,"Smith, Jones & Co",yes,"welder, 2nd class"\r\n' +
      'Bo,"O""Neil",+13095550102,bo@mail.example,en,worker,,no,"line\r\nlead"\r\n' +
      'Cy,Bad,555-12,,en,worker,,,\r\n' +
      'Ana,,815-555-0101,,,,,,\r\n' +
      'Ed,Lee,+16305550103,,en,worker,,true,assembler\r\n';
    writeFileSync(join(dir, 'contacts.csv'), csv);
    const res = await cli(['import-contacts', partnershipId, join(dir, 'contacts.csv')]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout.trim().split('\n').slice(1)).toEqual([
      'added 3, updated 0, unchanged 0, merged 1, rejected 1 (5 rows)',
      'row 4: phone: "555-12" is not a valid phone number.',
      'row 5: same phone as row 2, merged into it',
    ]);
    const ana = await withDb(async (_d, raw) =>
      raw
        .prepare(
          "SELECT c.attributes, c.language, c.sms_consent, o.name AS org FROM contacts c LEFT JOIN organizations o ON o.id = c.organization_id WHERE first_name = 'Ana'",
        )
        .get(),
    );
    expect(ana).toEqual({
      attributes: '{"job_title":"welder, 2nd class"}',
      language: 'es',
      sms_consent: 1,
      org: 'Smith, Jones & Co',
    });
  });

  it('previews with --dry-run, takes --map, and refuses an unreadable file in one line', async () => {
    writeFileSync(join(dir, 'more.csv'), 'Nombre;Celular;Turno\nGia;217 555 0105;noche\n');
    const args = ['import-contacts', partnershipId, join(dir, 'more.csv'), '--kind', 'worker'];
    const dry = await cli([...args, '--dry-run', '--map', 'Turno=attributes.shift']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout.split('\n').slice(0, 3)).toEqual([
      'dry run: nothing was written',
      'columns: Nombre → firstName, Celular → phone, Turno → attributes.shift',
      'added 1, updated 0, unchanged 0, merged 0, rejected 0 (1 row)',
    ]);
    expect(
      await withDb(async (_d, raw) =>
        raw.prepare("SELECT count(*) AS n FROM contacts WHERE first_name = 'Gia'").get(),
      ),
    ).toEqual({ n: 0 });
    writeFileSync(join(dir, 'broken.csv'), 'firstName,phone\n"Hal,217 555 0106\n');
    const broken = await cli(['import-contacts', partnershipId, join(dir, 'broken.csv'), '--kind', 'worker']);
    expect(broken.code).toBe(1);
    oneLineError(broken.stderr);
    expect(broken.stderr).toMatch(/line 2: a quoted field opens here and is never closed/);
  });

  it('imports JSON and numbers rejections by index', async () => {
    const items = [
      { firstName: 'Fay', phone: '+12175550104', kind: 'worker' },
      { firstName: 'Gus', kind: 'worker' },
    ];
    writeFileSync(join(dir, 'contacts.json'), JSON.stringify(items));
    const res = await cli(['import-contacts', partnershipId, join(dir, 'contacts.json')]);
    expect(res.code).toBe(0);
    expect(res.stdout).toBe(
      'added 1, rejected 1\nrow 1: email: A contact needs an email or a phone number.\n',
    );
  });

  it('exits 1 for an unknown partnership or a missing file', async () => {
    const [none, missing] = await Promise.all([
      cli(['import-contacts', 'nope', join(dir, 'contacts.json')]),
      cli(['import-contacts', partnershipId, join(dir, 'missing.csv')]),
    ]);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/No such partnership/);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No such file/);
  });

  /** Each contact's id and stored link hash, by first name. */
  const invitees = () =>
    withDb(async (_d, raw) =>
      Object.fromEntries(
        (
          raw
            .prepare(
              'SELECT c.first_name AS name, c.id, i.token_hash AS hash FROM invitations i JOIN contacts c ON c.id = i.contact_id WHERE i.campaign_id = ?',
            )
            .all(campaignId) as { name: string; id: string; hash: string }[]
        ).map((r) => [r.name, r]),
      ),
    );

  it('refuses to print links until told for whom', async () => {
    campaignId = await withDb(async (deps) => {
      const c = await createCampaign(deps, partnershipId, {
        name: 'Worker voice PY2026-Q2',
        templateId: 'worker-voice',
        period: 'PY2026-Q2',
        audience: {},
        segmentAttributes: [],
        opensOn: '2026-10-01',
        closesOn: '2026-12-31',
      });
      await launchCampaign(deps, c.id);
      return c.id;
    });
    const before = await invitees();
    const [none, both, missing] = await Promise.all([
      cli(['links', campaignId]),
      cli(['links', campaignId, '--all-unreached', '--contacts', before.Fay!.id]),
      cli(['links', campaignId, '--contacts-file', join(dir, 'no-such-ids.txt')]),
    ]);
    for (const res of [none, both, missing]) {
      expect(res.code).toBe(1);
      oneLineError(res.stderr);
    }
    expect(none.stderr).toMatch(/--contacts <id,id,...>, --contacts-file <file> or --all-unreached/);
    expect(missing.stderr).toMatch(/No such file/);
    expect(await invitees()).toEqual(before);
  });

  it('prints a CSV of fresh links for --all-unreached: the invitees no text or email carries', async () => {
    const before = await invitees();
    const res = await cli(['links', campaignId, '--all-unreached']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toMatch(/Issued 1 fresh links; cards printed earlier for these people no longer work/);
    const [header, ...rows] = parseCsv(res.stdout).map((r) => r.fields);
    expect(header).toEqual([
      'first_name',
      'last_name',
      'email',
      'phone',
      'language',
      'link',
      'short_url',
      'code',
    ]);
    expect(rows).toEqual([
      [
        'Fay',
        '',
        '',
        '+12175550104',
        'en',
        expect.any(String),
        'https://survey.example.org/c',
        expect.any(String),
      ],
    ]);
    expect(rows[0]![5]).toMatch(/^https:\/\/survey\.example\.org\/s\/[A-Za-z0-9_-]{24}$/);
    expect(rows[0]![7]).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/);
    const after = await invitees();
    expect(after.Fay!.hash).not.toBe(before.Fay!.hash);
    for (const name of ['Ana', 'Bo', 'Ed']) expect(after[name]).toEqual(before[name]);
  });

  it('takes --contacts, skipping people whose link a message carries, and leaves their link as it was', async () => {
    const before = await invitees();
    const res = await cli([
      'links',
      campaignId,
      '--contacts',
      `${before.Ana!.id},${before.Bo!.id}, ${before.Fay!.id}`,
    ]);
    expect(res.code, res.stderr).toBe(0);
    expect(parseCsv(res.stdout).map((r) => r.fields[0])).toEqual(['first_name', 'Fay']);
    expect(res.stderr).toContain(`skipped ${before.Ana!.id} (Ana Ruiz): delivered_by_sms`);
    expect(res.stderr).toContain(`skipped ${before.Bo!.id} (Bo O"Neil): delivered_by_email`);
    const after = await invitees();
    expect(after.Ana).toEqual(before.Ana);
    expect(after.Bo).toEqual(before.Bo);
    expect(after.Fay!.hash).not.toBe(before.Fay!.hash);
  });

  it('reads ids from --contacts-file and writes the CSV to --out', async () => {
    const before = await invitees();
    const ids = join(dir, 'ids.txt');
    writeFileSync(ids, `# cards for the night shift\n${before.Fay!.id}\n\nnot-a-contact\n`);
    const out = join(dir, 'links.csv');
    const res = await cli(['links', campaignId, '--contacts-file', ids, '--out', out]);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('skipped not-a-contact: not_invited');
    expect(parseCsv(readFileSync(out, 'utf8'))).toHaveLength(2);
    const after = await invitees();
    expect(after.Fay!.hash).not.toBe(before.Fay!.hash);
    expect(new Set(Object.values(after).map((r) => r.hash)).size).toBe(4);
  });

  it('turns on the open link and prints it', async () => {
    const res = await cli(['open-link', campaignId]);
    expect(res.code).toBe(0);
    expect(res.stdout.trim()).toMatch(/^https:\/\/survey\.example\.org\/o\/[A-Za-z0-9_-]{24}$/);
    const again = await cli(['open-link', campaignId]);
    expect(again.stderr).toMatch(/no longer works/);
  });

  it('lists partnerships and campaigns with progress', async () => {
    const res = await cli(['list']);
    expect(res.code).toBe(0);
    expect(res.stdout).toContain(`${partnershipId}  CLI test partnership`);
    expect(res.stdout).toMatch(
      new RegExp(`${campaignId}\\s+open\\s+PY2026-Q2\\s+Worker voice PY2026-Q2\\s+0/4 answered`),
    );
  });
});

describe('demo', () => {
  it('loads the demo, prints a login and links, and refuses to load it twice', async () => {
    const db = join(dir, 'demo.db');
    const res = await cli(['demo', '--seed', '3'], { db });
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('River Valley Advanced Manufacturing Partnership');
    expect(res.stdout).toMatch(/email:\s+admin@example\.org/);
    expect(res.stdout).toMatch(/password:\s+\S{12,}/);
    const links = res.stdout.match(/https:\/\/survey\.example\.org\/s\/[\w-]{24}/g) ?? [];
    // Five worker links in English and Spanish, one each in Vietnamese and Arabic, and the employer's.
    expect(links).toHaveLength(8);
    for (const lang of ['es', 'vi', 'ar']) expect(res.stdout).toMatch(new RegExp(`^\\s+${lang}\\s`, 'm'));

    const again = await cli(['demo'], { db });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists\. Run with --force/);
    oneLineError(again.stderr);
  });
});
