/**
 * import_100k_s: 100,000 CSV rows through `importCsvFile`, the function `npm run cli -- import-contacts`
 * calls, into a fresh SQLite file. The rows look like a workforce board's roster: English and Spanish
 * names, US phones written every usual way, languages, employers, occupations, a consent column, about
 * 2% repeats of an earlier person and 1% rows that must be refused.
 *
 * The import runs in a child process of its own, so import_100k_peak_mb is the peak resident set size
 * (RSS, from getrusage) of a process that did nothing else: Node, the loaded code, the file, the
 * import. import_100k_base_mb is the same process's RSS just before the import started.
 * import_100k_again_s imports the same file a second time, when every person is already stored.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cryptoRandom } from '../server/ids.ts';
import { createOrganization } from '../server/partnerships/organizations.ts';
import { createPartnership } from '../server/partnerships/partnerships.ts';
import { readConfig } from '../server/runtime/config.ts';
import { importCsvFile } from '../server/runtime/contact-file.ts';
import { formatCsv } from '../server/runtime/csv.ts';
import { openSqlite } from '../server/runtime/sqlite.ts';
import { seededRandom } from '../test/helpers/answers.ts';
import type { Figure } from './run.ts';

const rows = 100_000;
const employers = [
  'Riverbend Plastics',
  'Valley Precision Machining',
  'Ortiz & Sons Fabrication',
  'Prairie Health',
];
const firstNames = [
  'María',
  'José',
  'Ana',
  'Luis',
  'Guadalupe',
  'James',
  'Mary',
  'Robert',
  'Linda',
  'DeShawn',
  'Nguyen',
  'Fatima',
  'Chen',
  'Olga',
  'Kwame',
];
const lastNames = [
  'García',
  'Rodríguez',
  'López',
  'Smith',
  'Johnson',
  'Williams',
  "O'Brien",
  'Nguyen',
  'Kowalski',
  'Hernández',
  'Jackson',
  'Ruiz, Jr.',
];
const occupations = [
  'CNC machinist',
  'welder',
  'assembler, 2nd shift',
  'maintenance technician',
  'quality inspector',
  'forklift operator',
  'CNA',
  'medical assistant',
];
const languages = ['en', 'es', 'English', 'Spanish', 'español', ''];
const consents = ['yes', 'no', 'Y', 'N', '', 'yes'];
const areaCodes = ['217', '309', '312', '331', '618', '630', '708', '773', '779', '815', '847', '872'];
const bad: (() => Partial<Record<'email' | 'phone' | 'language' | 'employer', string>>)[] = [
  () => ({ phone: '555-12' }),
  () => ({ email: 'maria@', phone: '' }),
  () => ({ language: 'Klingon' }),
  () => ({ employer: 'Nowhere Inc' }),
  () => ({ email: '', phone: '' }),
];

/** Every usual way of writing a US number; all of them normalize to the same E.164. */
function writePhone(n: number, style: number): string {
  const a = areaCodes[n % areaCodes.length]!;
  const line = String(Math.floor(n / areaCodes.length) % 10_000).padStart(4, '0');
  return [
    `(${a}) 555-${line}`,
    `${a}-555-${line}`,
    `${a}.555.${line}`,
    `+1 ${a} 555 ${line}`,
    `${a}555${line}`,
    `1-${a}-555-${line}`,
  ][style % 6]!;
}

export function rosterCsv(count: number, seed = 7): string {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const out: string[][] = [
    ['First Name', 'Last Name', 'Email', 'Mobile', 'Language', 'Employer', 'Occupation', 'SMS Consent'],
  ];
  for (let i = 0; i < count; i++) {
    // A repeat is the same person again (same phone), perhaps with a newer occupation.
    const person = i > 100 && rand() < 0.02 ? Math.floor(rand() * i) : i;
    const first = firstNames[person % firstNames.length]!;
    const email =
      person % 3 === 0
        ? ''
        : `${first
            .normalize('NFD')
            .replace(/[^a-z]/gi, '')
            .toLowerCase()}.${person}@example.org`;
    const row = {
      email,
      phone: writePhone(person, i),
      language: pick(languages),
      employer: pick(employers),
      ...(rand() < 0.01 ? pick(bad)() : {}),
    };
    out.push([
      first,
      pick(lastNames),
      row.email,
      row.phone,
      row.language,
      row.employer,
      pick(occupations),
      pick(consents),
    ]);
  }
  return formatCsv(out);
}

/** In the child: a fresh database, one partnership, the import, and what it cost. */
async function measure(csvPath: string, dbPath: string) {
  const sqlite = openSqlite(dbPath);
  const config = readConfig({ DATABASE_PATH: dbPath, LINK_SECRET: 'bench-link-secret-0123456789abcdefghij', ANSWER_SECRET: 'bench-answer-secret-0123456789abcdefghij' });
  const deps = {
    db: sqlite.db,
    atomic: sqlite.atomic,
    clock: { now: () => new Date() },
    random: cryptoRandom,
    config,
  };
  const p = await createPartnership(deps, {
    name: 'Bench partnership',
    sector: 'Advanced manufacturing',
    region: 'Northern Illinois',
    timeZone: 'America/Chicago',
    reviewYear: 'program',
    minGroupSize: 5,
  });
  for (const name of employers) await createOrganization(deps, p.id, { name, kind: 'employer' });
  const baseMb = process.memoryUsage().rss / 1e6;
  const started = performance.now();
  const report = await importCsvFile(deps, p.id, csvPath, { defaultKind: 'worker' }, false);
  const seconds = (performance.now() - started) / 1000;
  const stored = (sqlite.raw.prepare('SELECT count(*) AS n FROM contacts').get() as { n: number }).n;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  // The same file again: every person now matches a stored contact (the merge path, nothing to write).
  const again = performance.now();
  const second = await importCsvFile(deps, p.id, csvPath, { defaultKind: 'worker' }, false);
  const againSeconds = (performance.now() - again) / 1000;
  await sqlite.close();
  const result = {
    seconds,
    peakMb,
    baseMb,
    againSeconds,
    summary: report.summary,
    again: second.summary,
    stored,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

export async function importBench(): Promise<Figure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'sector-voice-import-'));
  try {
    const csvPath = join(dir, 'roster.csv');
    writeFileSync(csvPath, rosterCsv(rows));
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), csvPath, join(dir, 'bench.db')],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    const code = await new Promise((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the import child exited with ${String(code)}`);
    const r = JSON.parse(out) as {
      seconds: number;
      peakMb: number;
      baseMb: number;
      againSeconds: number;
      stored: number;
      summary: Record<string, number>;
      again: Record<string, number>;
    };
    const s = r.summary;
    console.error(
      `import: ${s.rows} rows, ${s.created} added, ${s.merged} merged, ${s.rejected} rejected; ${r.stored} contacts stored; ` +
        `again: ${r.again.unchanged} unchanged, ${r.again.updated} updated`,
    );
    return [
      { name: 'import_100k_s', value: Number(r.seconds.toFixed(2)), unit: 's' },
      { name: 'import_100k_peak_mb', value: Math.round(r.peakMb), unit: 'MB' },
      { name: 'import_100k_base_mb', value: Math.round(r.baseMb), unit: 'MB' },
      { name: 'import_100k_again_s', value: Number(r.againSeconds.toFixed(2)), unit: 's' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.length === 4) {
  await measure(process.argv[2]!, process.argv[3]!);
}
