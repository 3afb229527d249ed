/**
 * Contact import from a CSV file, for the API route and the CLI alike. A file that cannot be read as a
 * contact list (not UTF-8, an unclosed quote, no header, no name or no email/phone column) writes
 * nothing and says why; a readable file has every row accepted or refused with its reasons, and the
 * accepted rows are written in one atomic write, or, in a dry run, only shown. On D1 a request may run
 * only so many statements (`deps.statementBudget`): a larger file is written one atomic part per
 * request, and posting the same file again continues it, since rows already written now match their
 * contacts (unchanged) instead of being created twice.
 */
import type { Compilable, CompiledQuery } from 'kysely';
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { newId } from '../ids.ts';
import { contactsInsert, contactsOfPartnership, contactUpdate, type NewContactRow } from './contacts/bulk.ts';
import { optOutsOnArrival } from './contacts/marks.ts';
import type { Contact } from './contract.ts';
import type {
  ColumnMapping,
  CsvImportReport,
  ImportColumn,
  ImportNote,
  RowIssue,
} from './import-contract.ts';
import { planColumns } from './import-columns.ts';
import { CsvError, decodeUtf8, readCsv } from './import-csv.ts';
import { applied, matchContacts, mergeRows, type Action } from './import-plan.ts';
import { readRow, type ReadRow } from './import-rows.ts';
import { listOrganizations } from './organizations.ts';
import { getPartnership } from './partnerships.ts';

export interface ImportOptions {
  mapping?: ColumnMapping;
  /** The kind of new contacts whose row gives none. */
  defaultKind?: Contact['kind'];
  dryRun?: boolean;
  /** How many of the resulting contacts the report shows (default 20). */
  previewRows?: number;
  onProgress?: (progress: { phase: 'checking' | 'writing'; done: number; total: number }) => void;
}

// D1 binds at most 100 parameters per statement: 8 contacts of 12 columns is 96.
const contactsPerInsert = 8;

export async function importContacts(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'> & Partial<Pick<Deps, 'statementBudget'>>,
  partnershipId: string,
  file: Uint8Array | string,
  options: ImportOptions = {},
): Promise<CsvImportReport> {
  const { delimiter, records } = readFile(file);
  const [header, ...body] = records;
  if (!header || header.fields.every((f) => f.trim() === '')) {
    throw new AppError(
      'BAD_CSV',
      header ? 'The first row is empty; it must be the header.' : 'The file is empty.',
    );
  }
  const { columns, mapping } = planColumns(header.fields, options.mapping);
  if (!columns.some((c) => c.target === 'kind') && !options.defaultKind) {
    throw new AppError(
      'VALIDATION_FAILED',
      'The file has no kind column: choose the kind of the people in it.',
      [{ path: 'kind', message: 'Give a default kind (worker, employer or partner) or add a kind column.' }],
    );
  }

  const orgs = await listOrganizations(deps, partnershipId);
  const ctx = {
    country: deps.config.defaultCountry ?? 'US',
    orgByName: new Map(orgs.map((o) => [o.name.toLowerCase(), o.id])),
    orgById: new Set(orgs.map((o) => o.id)),
    delimiter,
  };
  const accepted: ReadRow[] = [];
  const rejected: RowIssue[] = [];
  let blank = 0;
  body.forEach((record, i) => {
    const read = readRow(record, columns, ctx);
    if (!read) blank++;
    else if (read.ok) accepted.push(read.row);
    else rejected.push(...read.issues);
    if (i % 2000 === 1999) options.onProgress?.({ phase: 'checking', done: i + 1, total: body.length });
  });
  const rows = body.length - blank;
  if (rows === 0) throw new AppError('BAD_CSV', 'The file has a header but no rows below it.');

  const merged = mergeRows(accepted);
  const matched = matchContacts(merged.groups, await contactsOfPartnership(deps, partnershipId), {
    kind: options.defaultKind,
    language: (await getPartnership(deps, partnershipId)).fallbackLanguage,
  });
  // The plan names only the field; the report names the column too, as for every other problem.
  const headerOf = new Map<string, string>(columns.map((c) => [c.target, c.header]));
  for (const r of [...merged.rejected, ...matched.rejected])
    rejected.push({ ...r, column: headerOf.get(r.field) ?? '' });
  rejected.sort((a, b) => a.row - b.row);
  const warnings = matched.warnings
    .map((w) => ({ ...w, column: headerOf.get(w.field) ?? '' }))
    .sort((a, b) => a.row - b.row);
  const actions = matched.actions;
  options.onProgress?.({ phase: 'checking', done: body.length, total: body.length });

  const now = deps.clock.now().toISOString();
  const newIds = new Map<Action, string>();
  let complete = true;
  if (!options.dryRun) {
    for (const a of actions) if (a.do === 'create') newIds.set(a, newId(deps.random));
    const all = writes(deps, partnershipId, actions, newIds, now);
    // A phone or address that opted out before its contact was erased stays opted out (contacts/marks.ts).
    const arrived = actions.flatMap((a) =>
      a.do === 'create' ? [a.contact] : a.do === 'update' ? [applied(a.existing, a.changes)] : [],
    );
    const optOuts = await optOutsOnArrival(
      deps,
      partnershipId,
      {
        phones: arrived.flatMap((c) => (c.phone ? [c.phone] : [])),
        emails: arrived.flatMap((c) => (c.email ? [c.email] : [])),
      },
      now,
    );
    // Each statement is whole contacts (an insert of up to 8, or one update), so a prefix is a
    // consistent part of the import; the rest is written by posting the file again.
    const budget = deps.statementBudget === undefined ? undefined : deps.statementBudget - (optOuts ? 1 : 0);
    const part = budget !== undefined && all.length > budget ? all.slice(0, budget) : all;
    complete = part.length === all.length;
    const statements = optOuts ? [...part, optOuts] : part;
    options.onProgress?.({ phase: 'writing', done: 0, total: all.length });
    await deps.atomic(statements).catch((err: unknown) => {
      // Someone added or changed one of these contacts between our read and this write.
      if (/UNIQUE constraint failed/i.test(String(err))) {
        throw new AppError(
          'CONFLICT',
          'Contacts of this partnership changed during the import; run it again.',
        );
      }
      throw err;
    });
    options.onProgress?.({ phase: 'writing', done: part.length, total: all.length });
    // Ids of contacts in the part not yet written would point at nobody.
    if (!complete) newIds.clear();
  }

  const count = (what: Action['do']) => actions.filter((a) => a.do === what).length;
  const said = complete ? notes(columns, body) : [...notes(columns, body), partlyWritten];
  const refused = new Set(rejected.map((r) => r.row)).size;
  return {
    dryRun: options.dryRun ?? false,
    delimiter,
    columns,
    mapping,
    summary: {
      rows,
      created: count('create'),
      updated: count('update'),
      unchanged: count('unchanged'),
      merged: actions.reduce((n, a) => n + a.merged.length, 0),
      rejected: refused,
      blank,
    },
    preview: actions.slice(0, options.previewRows ?? 20).map((a) => ({
      row: a.row,
      action: a.do,
      contact: preview(a, partnershipId, newIds.get(a) ?? null),
    })),
    rejected,
    warnings,
    merged: actions.flatMap((a) => a.merged),
    notes: said.map((n) => n.message),
    noteCodes: said.map(({ code, params }) => ({ code, params })),
    complete,
  };
}

function readFile(file: Uint8Array | string) {
  try {
    return readCsv(typeof file === 'string' ? file : decodeUtf8(file));
  } catch (err) {
    if (err instanceof CsvError)
      throw new AppError('BAD_CSV', `The file cannot be read: ${err.message}`, { line: err.line });
    throw err;
  }
}

function writes(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  actions: Action[],
  ids: Map<Action, string>,
  now: string,
): (Compilable<unknown> | CompiledQuery)[] {
  const statements: (Compilable<unknown> | CompiledQuery)[] = [];
  let rows: NewContactRow[] = [];
  for (const a of actions) {
    if (a.do === 'create') {
      const c = a.contact;
      rows.push({
        id: ids.get(a)!,
        partnership_id: partnershipId,
        organization_id: c.organizationId,
        kind: c.kind,
        first_name: c.firstName,
        last_name: c.lastName,
        email: c.email,
        phone: c.phone,
        language: c.language,
        attributes: JSON.stringify(c.attributes),
        sms_consent: c.smsConsent ? 1 : 0,
        created_at: now,
      });
      if (rows.length === contactsPerInsert) {
        statements.push(contactsInsert(deps.db, rows));
        rows = [];
      }
    } else if (a.do === 'update') {
      statements.push(contactUpdate(deps.db, partnershipId, a.existing.id, a.changes));
    }
  }
  if (rows.length > 0) statements.push(contactsInsert(deps.db, rows));
  return statements;
}

function preview(
  a: Action,
  partnershipId: string,
  id: string | null,
): CsvImportReport['preview'][number]['contact'] {
  if (a.do === 'create') return { id, partnershipId, ...a.contact };
  return a.do === 'update' ? applied(a.existing, a.changes) : a.existing;
}

type Said = ImportNote & { message: string };

const partlyWritten: Said = {
  code: 'PARTLY_WRITTEN',
  params: {},
  message:
    'The file is larger than one request may write here, so only part of it was written: post the same file again to continue (rows already written are matched, not added twice).',
};

function notes(columns: ImportColumn[], body: { fields: string[] }[]): Said[] {
  const out: Said[] = [];
  if (!columns.some((c) => c.target === 'smsConsent')) {
    out.push({
      code: 'NO_CONSENT_COLUMN',
      params: {},
      message:
        'The file has no SMS consent column, so nobody in it gets SMS consent (contacts already here keep theirs). ' +
        'To text people, add a column such as smsConsent with yes or no.',
    });
  }
  for (const c of columns) {
    if (c.header.trim() !== '' || c.target !== 'ignore') continue;
    const filled = body.filter((r) => (r.fields[c.index] ?? '').trim() !== '').length;
    if (filled === 0) continue;
    out.push({
      code: 'UNNAMED_COLUMN',
      params: { column: c.index + 1, rows: filled },
      message: `Column ${c.index + 1} has no header, so its values in ${filled} row(s) were not imported.`,
    });
  }
  return out;
}
