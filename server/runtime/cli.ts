/**
 * `npm run cli -- <command>`: the jobs a person scripts. Thin: it parses arguments, reads and writes
 * files and prints; the work is done by the same domain functions the API calls. Errors print one
 * line on stderr and exit 1, never a stack trace.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, extname } from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { countUsers, createFirstAdmin, createUser, createUserBody } from '../auth/users.ts';
import { getCampaign, listCampaigns } from '../campaigns/campaigns.ts';
import { invitationCounts, issueLinks } from '../campaigns/invitations.ts';
import { enableOpenLink } from '../campaigns/open-link.ts';
import { ensureDemoAdmin } from '../demo/admin.ts';
import { loadDemo } from '../demo/demo.ts';
import { demoReport } from '../demo/report.ts';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { addContacts, contactKinds, getContactsByIds, maxContactsPerRequest } from '../partnerships/contacts.ts';
import { columnMapping } from '../partnerships/import-columns.ts';
import { getPartnership, listPartnerships } from '../partnerships/partnerships.ts';
import { readConfig } from './config.ts';
import {
  contactsFromJson,
  csvReportLines,
  importCsvFile,
  mappingFromArgs,
  readContactFile,
  type ContactRow,
} from './contact-file.ts';
import { formatCsv } from './csv.ts';
import { campaignProgress } from '../distribution/progress.ts';
import { nodeDeps } from './deps.ts';
import { dispatchOnce, printProgress } from './dispatch-cli.ts';
import { storedLinkSecret } from './link-secret.ts';
import { askPassword } from './prompt.ts';
import { migrate } from './sqlite.ts';
import { rebuildRollups } from '../reviews/rollups.ts';

/** A mistake the user can fix; printed as is. */
class CliError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Values = Record<string, string | boolean | undefined>;

interface Command {
  summary: string;
  usage: string;
  details?: string;
  options?: Options;
  positionals?: string[];
  run(values: Values, positionals: string[]): Promise<number | void>;
}

let opened: ReturnType<typeof nodeDeps> | null = null;
/** The database is opened (and migrated) only by commands that need it, so --help works anywhere. */
function deps(): Deps {
  opened ??= nodeDeps(readConfig(process.env, storedLinkSecret));
  return opened;
}

const out = (line = '') => process.stdout.write(`${line}\n`);
const warn = (line: string) => process.stderr.write(`${line}\n`);
const systemAdmin = { id: 'cli', email: '', name: 'cli', role: 'admin' as const };

function zodLine(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

const commands: Record<string, Command> = {
  'create-admin': {
    summary: 'Create an admin account',
    usage: 'create-admin --email <email> [--name <name>] [--password <password>]',
    details:
      'Without --password, asks for it at a terminal (not echoed) or reads one line from stdin.\n' +
      'The first account on a new server is made with the same rule as the set-up page.',
    options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
    async run(values) {
      if (typeof values.email !== 'string')
        throw new CliError('Give the admin an email: --email you@example.org');
      const password = typeof values.password === 'string' ? values.password : await askPassword(12);
      const parsed = createUserBody.safeParse({
        email: values.email,
        name: typeof values.name === 'string' ? values.name : 'Administrator',
        password,
        role: 'admin',
      });
      if (!parsed.success) throw new CliError(zodLine(parsed.error));
      const d = deps();
      let user;
      try {
        if ((await countUsers(d)) > 0) throw new AppError('ALREADY_SET_UP', 'users exist');
        user = await createFirstAdmin(d, parsed.data);
      } catch (err) {
        if (!(err instanceof AppError && err.code === 'ALREADY_SET_UP')) throw err;
        user = await createUser(d, parsed.data);
      }
      out(`Created admin ${user.email}. Sign in at ${d.config.publicUrl}`);
    },
  },

  demo: {
    summary: 'Load the demo partnership and print links to try it',
    usage: 'demo [--seed <n>] [--force]',
    details:
      'Adds "River Valley Advanced Manufacturing Partnership": 9 organizations, about 200 workers,\n' +
      'a year of answered quarterly campaigns and an open one. --seed picks other people and answers\n' +
      '(default 1); --force adds another copy when the demo is already loaded.',
    options: { seed: { type: 'string' }, force: { type: 'boolean' } },
    async run(values) {
      const seed = values.seed === undefined ? 1 : Number(values.seed);
      if (!Number.isInteger(seed) || seed < 0) throw new CliError('--seed takes a whole number, such as 7.');
      const d = deps();
      const started = performance.now();
      const demo = await loadDemo(d, { seed, force: values.force === true }).catch((err: unknown) => {
        if (err instanceof AppError && err.code === 'CONFLICT') {
          throw new CliError(`${err.message} Run with --force to add another copy.`);
        }
        throw err;
      });
      const admin = await ensureDemoAdmin(d);
      const seconds = (performance.now() - started) / 1000;
      for (const line of demoReport(demo, admin, d.config.publicUrl, seconds)) out(line);
    },
  },

  'import-contacts': {
    summary: 'Import contacts from a CSV or JSON file',
    usage:
      'import-contacts <partnershipId> <file.json|file.csv> [--kind worker|employer|partner] [--dry-run] [--map "Header=field"]...',
    details:
      'CSV: UTF-8 (with or without BOM), comma or semicolon, a header row. Columns are known by name\n' +
      '(firstName, lastName or name, email, phone, language, kind, organization, smsConsent and common\n' +
      'variants); any other column becomes an attribute (lower_snake_case). --map "Cell=phone" names a\n' +
      "column's field, attributes.<name> or ignore. Rows sharing an email or phone are one person: merged\n" +
      'within the file and into existing contacts, changing only the fields the file gives. Only a yes in an\n' +
      'SMS consent column lets us text someone. Local phone numbers are read in DEFAULT_COUNTRY (US).\n' +
      'A file that cannot be read writes nothing; otherwise the accepted rows are written at once.\n' +
      '--dry-run shows what would happen. JSON: an array of contact objects as the API takes them.\n' +
      '--kind fills in rows without a kind. Each rejected row is listed with its reason; exits 1 only\n' +
      'when rows were given and none was accepted.',
    options: { kind: { type: 'string' }, 'dry-run': { type: 'boolean' }, map: { type: 'string', multiple: true } },
    positionals: ['partnershipId', 'file'],
    async run(values, [partnershipId, file]) {
      const ext = extname(file!).toLowerCase();
      if (ext !== '.csv' && ext !== '.json') throw new CliError('The file must end in .csv or .json.');
      const kind = values.kind === undefined ? undefined : contactKinds.find((k) => k === values.kind);
      if (values.kind !== undefined && !kind) throw new CliError(`--kind takes ${contactKinds.join(', ')}.`);
      const d = deps();
      if (ext === '.csv') {
        const mapping = columnMapping.safeParse(mappingFromArgs((values.map as string[] | undefined) ?? []));
        if (!mapping.success) throw new CliError(`--map "Header=field": ${zodLine(mapping.error)}`);
        await getPartnership(d, partnershipId!);
        const dryRun = values['dry-run'] === true;
        const report = await importCsvFile(d, partnershipId!, file!, { mapping: mapping.data, defaultKind: kind, dryRun });
        for (const line of csvReportLines(report)) out(line);
        const s = report.summary;
        return s.created + s.updated + s.unchanged === 0 ? 1 : 0;
      }
      let rows: ContactRow[];
      try {
        rows = contactsFromJson(new TextDecoder().decode(await readContactFile(file!)), kind ? { kind } : {});
      } catch (err) {
        throw new CliError(`${file}: ${err instanceof Error ? err.message : String(err)}`);
      }
      await getPartnership(d, partnershipId!);
      let added = 0;
      const rejected: { row: number; path: string; message: string }[] = [];
      const rejectedRows = new Set<number>();
      // Chunks of the API's limit; duplicates across chunks are still caught, as each chunk is stored first.
      for (let i = 0; i < rows.length; i += maxContactsPerRequest) {
        const chunk = rows.slice(i, i + maxContactsPerRequest);
        const report = await addContacts(
          d,
          partnershipId!,
          chunk.map((r) => r.item),
          { defaultCountry: d.config.defaultCountry },
        );
        added += report.created.length;
        for (const r of report.rejected) {
          const row = chunk[r.index]!.row;
          rejectedRows.add(row);
          for (const e of r.errors) rejected.push({ row, ...e });
        }
      }
      rejected.sort((a, b) => a.row - b.row);
      out(`added ${added}, rejected ${rejectedRows.size}`);
      for (const r of rejected)
        out(r.path ? `row ${r.row}: ${r.path}: ${r.message}` : `row ${r.row}: ${r.message}`);
      return added === 0 && rejectedRows.size > 0 ? 1 : 0;
    },
  },

  links: {
    summary: "Print personal links for a campaign's pending invitations as CSV",
    usage: 'links <campaignId> [--out <file.csv>]',
    details:
      'One row per invitation not yet completed, with fresh links: links handed out earlier for\n' +
      'these people stop working (a half-finished answer moves to the new link).',
    options: { out: { type: 'string' } },
    positionals: ['campaignId'],
    async run(values, [campaignId]) {
      const d = deps();
      const campaign = await getCampaign(d, campaignId!);
      if (campaign.status === 'closed') warn('Note: this campaign is closed; its links only say so.');
      const issued = await issueLinks(d, campaign);
      const contacts = await getContactsByIds(
        d,
        issued.map((l) => l.contactId),
      );
      const rows = issued.flatMap(({ contactId, token }) => {
        const c = contacts.get(contactId);
        if (!c) return [];
        return [
          [
            c.firstName,
            c.lastName,
            c.email ?? '',
            c.phone ?? '',
            c.language,
            `${d.config.publicUrl}/s/${token}`,
          ],
        ];
      });
      rows.sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!));
      const csv = formatCsv([['first_name', 'last_name', 'email', 'phone', 'language', 'link'], ...rows]);
      if (typeof values.out === 'string') {
        await writeFile(values.out, csv, 'utf8');
        warn(`Wrote ${rows.length} links to ${values.out}.`);
      } else process.stdout.write(csv);
      if (rows.length > 0)
        warn(`Issued ${rows.length} fresh links; links printed earlier for these people no longer work.`);
      else warn('Every invitation of this campaign is completed; there is nothing to send.');
    },
  },

  'open-link': {
    summary: "Turn on a campaign's open link (for posters and QR codes) and print it",
    usage: 'open-link <campaignId>',
    details: 'Anyone with the link may answer, within the hourly and total caps of the campaign.',
    positionals: ['campaignId'],
    async run(_values, [campaignId]) {
      const d = deps();
      const campaign = await getCampaign(d, campaignId!);
      const { token } = await enableOpenLink(d, campaign);
      if (campaign.openLink.enabled) warn('The open link printed before for this campaign no longer works.');
      if (campaign.status !== 'open')
        warn(`Note: this campaign is ${campaign.status}; the link answers only while it is open.`);
      out(`${d.config.publicUrl}/o/${token}`);
    },
  },

  migrate: {
    summary: 'Apply database migrations',
    usage: 'migrate',
    async run() {
      const path = process.env.DATABASE_PATH ?? 'data/survey.db';
      if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
      const raw = new Database(path);
      try {
        const ran = migrate(raw);
        if (ran.length === 0) out(`Database ${path} is up to date.`);
        else for (const name of ran) out(`applied ${name}`);
      } finally {
        raw.close();
      }
    },
  },

  dispatch: {
    summary: 'Send the email and SMS due now (invitations, reminders), once',
    usage: 'dispatch',
    details:
      'Runs the same dispatcher as `npm start` does every few seconds. Rate limits, SMS hours and\n' +
      'retries apply; messages not yet due (reminders, SMS outside daytime hours) stay queued.',
    async run() {
      await dispatchOnce(deps(), out);
    },
  },

  progress: {
    summary: "Show a campaign's messages by channel and status, and its response rate",
    usage: 'progress <campaignId>',
    positionals: ['campaignId'],
    async run(_values, [campaignId]) {
      const d = deps();
      await getCampaign(d, campaignId!);
      printProgress(await campaignProgress(d, campaignId!), out);
    },
  },

  'rebuild-rollups': {
    summary: 'Recompute the review aggregates from the stored responses',
    usage: 'rebuild-rollups [--partnership <id>]',
    details:
      'Reviews read aggregates kept up to date with every response; this recomputes them from the\n' +
      'responses, one campaign at a time, each swapped in atomically (safe while answers arrive).',
    options: { partnership: { type: 'string' } },
    async run(values) {
      const d = deps();
      const partnershipId = typeof values.partnership === 'string' ? values.partnership : undefined;
      if (partnershipId) await getPartnership(d, partnershipId);
      const done = await rebuildRollups(d, partnershipId, (c) => out(`  ${c.campaignId}  ${c.responses} responses, ${c.rows} aggregate rows`));
      out(`Rebuilt the aggregates of ${done.campaigns} campaigns from ${done.responses} responses.`);
    },
  },

  list: {
    summary: 'List partnerships and their campaigns with ids, status and progress',
    usage: 'list',
    async run() {
      const d = deps();
      const partnerships = await listPartnerships(d, systemAdmin);
      if (partnerships.length === 0) out('No partnerships yet. Try: npm run cli -- demo');
      for (const p of partnerships) {
        out(`${p.id}  ${p.name} (${p.sector}, ${p.region})`);
        for (const c of await listCampaigns(d, p.id)) {
          const n = await invitationCounts(d, c.id);
          out(
            `  ${c.id}  ${c.status.padEnd(6)}  ${c.period.padEnd(10)} ${c.name.padEnd(36)} ${n.completed}/${n.invited} answered`,
          );
        }
      }
    },
  },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length)) + 2;
  return [
    'Sector Voice command-line tool.',
    '',
    'Usage: npm run cli -- <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)} ${c.summary}`),
    '',
    'Run `npm run cli -- <command> --help` for the options of one command.',
    'Environment: DATABASE_PATH (default data/survey.db), PUBLIC_URL (default http://localhost:8787).',
  ].join('\n');
}

function commandHelp(c: Command): string {
  return [
    `${c.summary}.`,
    '',
    `Usage: npm run cli -- ${c.usage}`,
    ...(c.details ? ['', c.details] : []),
  ].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    const c = topic && Object.hasOwn(commands, topic) ? commands[topic] : undefined;
    out(c ? commandHelp(c) : usage());
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) throw new CliError(`Unknown command "${name}". Run \`npm run cli -- --help\` for the list.`);
  const { values, positionals } = parseArgs({
    args: rest,
    options: { ...command.options, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    out(commandHelp(command));
    return 0;
  }
  const wanted = command.positionals ?? [];
  if (positionals.length !== wanted.length) {
    throw new CliError(`Usage: npm run cli -- ${command.usage}`);
  }
  return (await command.run(values as Values, positionals)) ?? 0;
}

function oneLine(err: unknown): string {
  if (err instanceof AppError) {
    const details = Array.isArray(err.details)
      ? (err.details as { path?: string; message?: string }[])
          .map((d) => (d.path ? `${d.path}: ${d.message}` : d.message))
          .join('; ')
      : '';
    return details ? `${err.message} ${details}` : err.message;
  }
  if (err instanceof Error) return err.message;
  return String(err);
}

main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  })
  .catch((err: unknown) => {
    warn(`error: ${oneLine(err).replace(/\s*\n\s*/g, ' ')}`);
    process.exitCode = 1;
  })
  .finally(() => opened?.sqlite.close());
