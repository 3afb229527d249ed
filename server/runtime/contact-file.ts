/**
 * Reads a contact list written by hand or exported from a spreadsheet into the items `addContacts`
 * accepts, each with the row number a person would look for when a row is rejected: the line of a
 * CSV record, the index of a JSON array item. Pure; the CLI reads the file.
 */
import { parseCsv } from './csv.ts';

export interface ContactRow {
  row: number;
  item: unknown;
}

export interface ContactFile {
  rows: ContactRow[];
  /** Rows refused before they reach `addContacts`, such as a CSV record longer than its header. */
  rejected: { row: number; path: string; message: string }[];
}

/** CSV headers (compared without case, spaces, dashes or underscores) and the contact field each fills. */
const fields: Record<string, string> = {
  firstname: 'firstName',
  lastname: 'lastName',
  email: 'email',
  phone: 'phone',
  language: 'language',
  kind: 'kind',
  organization: 'organization',
  organizationid: 'organizationId',
  smsconsent: 'smsConsent',
};

const languages: Record<string, string> = { english: 'en', spanish: 'es', español: 'es', espanol: 'es' };

/** "Job Title", "jobTitle" and "job-title" all become the attribute name job_title. */
export function toSnakeCase(header: string): string {
  return header
    .trim()
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

function consent(raw: string): boolean | string {
  if (/^(true|yes|y|1|x)$/i.test(raw)) return true;
  if (/^(false|no|n|0)$/i.test(raw)) return false;
  return raw; // left for validation to refuse with its own message
}

export function contactsFromCsv(text: string, defaults: { kind?: string } = {}): ContactFile {
  const [header, ...records] = parseCsv(text);
  if (!header) return { rows: [], rejected: [] };
  const columns = header.fields.map((name) => {
    const key = name.toLowerCase().replace(/[\s_-]+/g, '');
    return fields[key] ? { field: fields[key]! } : { attribute: toSnakeCase(name) };
  });
  const rows: ContactRow[] = [];
  const rejected: ContactFile['rejected'] = [];
  for (const record of records) {
    if (record.fields.every((f) => f.trim() === '')) continue;
    if (record.fields.length > columns.length) {
      const message = `has ${record.fields.length} cells but the header has ${columns.length}; quote cells that hold commas.`;
      rejected.push({ row: record.line, path: '', message });
      continue;
    }
    const item: Record<string, unknown> = {};
    const attributes: Record<string, string> = {};
    record.fields.forEach((raw, i) => {
      const value = raw.trim();
      const column = columns[i]!;
      if (value === '') return;
      if ('attribute' in column) {
        if (column.attribute) attributes[column.attribute] = value;
      } else if (column.field === 'smsConsent') item.smsConsent = consent(value);
      else if (column.field === 'language')
        item.language = languages[value.toLowerCase()] ?? value.toLowerCase();
      else if (column.field === 'kind') item.kind = value.toLowerCase();
      else item[column.field] = value;
    });
    if (item.kind === undefined && defaults.kind) item.kind = defaults.kind;
    if (Object.keys(attributes).length > 0) item.attributes = attributes;
    rows.push({ row: record.line, item });
  }
  return { rows, rejected };
}

/** A JSON array of contact objects, or `{ "contacts": [...] }` as the API also accepts. */
export function contactsFromJson(text: string, defaults: { kind?: string } = {}): ContactFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    throw new Error(`The file is not valid JSON (${err instanceof Error ? err.message : String(err)}).`);
  }
  const list = Array.isArray(parsed)
    ? parsed
    : parsed && typeof parsed === 'object' && Array.isArray((parsed as { contacts?: unknown }).contacts)
      ? (parsed as { contacts: unknown[] }).contacts
      : null;
  if (!list) throw new Error('The JSON file must hold an array of contacts.');
  const rows = list.map((item, row) => {
    const withKind =
      defaults.kind && item && typeof item === 'object' && !('kind' in item)
        ? { ...item, kind: defaults.kind }
        : item;
    return { row, item: withKind as unknown };
  });
  return { rows, rejected: [] };
}
