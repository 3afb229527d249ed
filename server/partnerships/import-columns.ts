/**
 * Which contact field each column of an imported file fills: read from the header (many spellings,
 * English and Spanish), or named by an explicit mapping (header → target) that overrides it. A file
 * that cannot be read as a contact list stops here, before any row is looked at.
 */
import { AppError } from '../errors.ts';
import type { ColumnMapping, ColumnTarget, ImportColumn, ImportField } from './import-contract.ts';

const attributeName = /^[a-z][a-z0-9_]{0,39}$/;
const maxAttributes = 20;

/** Header spellings, compared on letters and digits only ("E-mail", "Phone #"), without case or accents. */
const spellings: Record<string, ImportField> = {};
for (const [field, names] of Object.entries({
  firstName: ['firstname', 'first', 'givenname', 'nombre', 'primernombre'],
  lastName: ['lastname', 'last', 'surname', 'familyname', 'apellido', 'apellidos'],
  name: ['name', 'fullname', 'contactname', 'nombrecompleto'],
  email: ['email', 'emailaddress', 'mail', 'correo', 'correoelectronico'],
  phone: [
    'phone',
    'phonenumber',
    'mobile',
    'mobilephone',
    'cell',
    'cellphone',
    'telephone',
    'tel',
    'telefono',
    'celular',
  ],
  language: ['language', 'lang', 'preferredlanguage', 'idioma'],
  kind: ['kind', 'contactkind', 'contacttype'],
  organization: ['organization', 'organisation', 'org', 'organizationname', 'employer', 'company', 'empresa'],
  organizationId: ['organizationid', 'orgid'],
  smsConsent: ['smsconsent', 'consent', 'smsoptin', 'textconsent', 'oktotext', 'consentimientosms'],
} satisfies Record<ImportField, string[]>)) {
  for (const name of names) spellings[name] = field as ImportField;
}

const squash = (header: string) =>
  header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');

/** "Job Title", "jobTitle" and "job-title" all become the attribute name job_title; "Línea", linea. */
export function toSnakeCase(header: string): string {
  return header
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function fromHeader(header: string): ColumnTarget {
  if (header.trim() === '') return 'ignore';
  return spellings[squash(header)] ?? `attributes.${toSnakeCase(header)}`;
}

export interface ColumnPlan {
  columns: ImportColumn[];
  /** The mapping as used, complete: what a client shows and may send back edited. */
  mapping: Record<string, ColumnTarget>;
}

/**
 * Maps a header row. Structural problems (nothing to build a contact from) are BAD_CSV, 400;
 * problems the caller can fix with a mapping are VALIDATION_FAILED, 422, one detail per column.
 */
export function planColumns(header: string[], mapping: ColumnMapping = {}): ColumnPlan {
  const problems: { path: string; message: string }[] = [];
  const seen = new Map<string, number>();
  header.forEach((h, i) => {
    const name = h.trim();
    if (name !== '' && seen.has(name)) {
      problems.push({
        path: `columns.${i}`,
        message: `Two columns are named "${name}"; rename one of them.`,
      });
    }
    seen.set(name, i);
  });
  for (const key of Object.keys(mapping)) {
    if (!seen.has(key.trim()))
      problems.push({ path: `mapping.${key}`, message: `The file has no column "${key}".` });
  }
  const given = new Map(Object.entries(mapping).map(([k, v]) => [k.trim(), v]));
  const columns: ImportColumn[] = header.map((h, index) => {
    const named = given.get(h.trim());
    return named
      ? { index, header: h, target: named, source: 'mapping' }
      : { index, header: h, target: fromHeader(h), source: 'header' };
  });

  const byTarget = new Map<ColumnTarget, ImportColumn>();
  for (const c of columns) {
    if (c.target === 'ignore') continue;
    if (c.target.startsWith('attributes.') && !attributeName.test(c.target.slice('attributes.'.length))) {
      problems.push({
        path: `columns.${c.index}`,
        message: `"${c.header}" cannot name an attribute (lower_snake_case, starting with a letter); map it to a field, an attribute or ignore.`,
      });
      continue;
    }
    const other = byTarget.get(c.target);
    if (other) {
      problems.push({
        path: `columns.${c.index}`,
        message: `"${other.header}" and "${c.header}" both fill ${c.target}; map one of them to ignore.`,
      });
    }
    byTarget.set(c.target, c);
  }
  if (byTarget.has('name') && (byTarget.has('firstName') || byTarget.has('lastName'))) {
    problems.push({
      path: 'columns',
      message: 'Give either a full name column or first and last name columns, not both.',
    });
  }
  const attributes = columns.filter((c) => c.target.startsWith('attributes.')).length;
  if (attributes > maxAttributes) {
    problems.push({
      path: 'columns',
      message: `${attributes} columns become attributes; at most ${maxAttributes} can. Map the others to ignore.`,
    });
  }

  const missing = [
    ...(byTarget.has('firstName') || byTarget.has('name') ? [] : ['name column (firstName or name)']),
    ...(byTarget.has('email') || byTarget.has('phone') ? [] : ['email or phone column']),
  ];
  if (missing.length > 0) {
    const message = `The file has ${missing.map((m) => `no ${m}`).join(' and ')}`;
    // Without a mapping the file itself is the problem; with one, the mapping may be what left them out.
    if (Object.keys(mapping).length === 0)
      throw new AppError('BAD_CSV', `${message}${looksLikeData(header)}.`);
    problems.push({ path: 'mapping', message: `${message} once mapped.` });
  }
  if (problems.length > 0) {
    throw new AppError('VALIDATION_FAILED', 'Some columns cannot be imported as they are mapped.', problems);
  }
  return { columns, mapping: Object.fromEntries(columns.map((c) => [c.header, c.target])) };
}

/** A hint for the two usual causes: no header row at all, or a delimiter we did not recognise. */
function looksLikeData(header: string[]): string {
  if (header.length === 1 && /\t/.test(header[0]!)) return '; the file looks tab-separated: save it as CSV';
  if (header.some((h) => /@|\d{3}/.test(h))) return '; the first row looks like data: add a header row';
  return `; its first row reads: ${header.slice(0, 8).join(', ')}`;
}
