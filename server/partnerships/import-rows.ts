/**
 * One CSV record into the contact fields it gives. A blank cell gives nothing (so merging never
 * erases what is already known); every cell that cannot be used becomes an issue naming the row as a
 * spreadsheet shows it, the column and the reason.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { findLanguage } from '../../surveys/language-list.ts';
import type { CsvRecord } from './import-csv.ts';
import { contactInput, normalizePhone } from './contacts/input.ts';
import { contactKinds, type Contact } from './contract.ts';
import {
  type ImportColumn,
  type ImportField,
  type ImportParams,
  type RowIssue,
  type RowIssueCode,
} from './import-contract.ts';

export interface RowValues {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  /** A tag of surveys/language-list.ts. */
  language?: string;
  /** A language cell no spelling of a known language matches: the row is kept, with a warning. */
  unknownLanguage?: { text: string; row: number };
  kind?: Contact['kind'];
  organizationId?: string | null;
  smsConsent?: boolean;
  attributes?: Record<string, string>;
}

export interface ReadRow {
  row: number;
  values: RowValues;
}

export interface RowContext {
  country: CountryCode;
  /** Lower-cased organization name → id, and id → id, for this partnership. */
  orgByName: Map<string, string>;
  orgById: Set<string>;
  delimiter: string;
}

const yes = new Set(['yes', 'y', 'true', '1', 'x', 'si', 'sí', 'opted in', 'opt-in', 'opt in']);
const no = new Set(['no', 'n', 'false', '0', 'opted out', 'opt-out', 'opt out']);
const shape = contactInput.shape;

/** Why a cell or a row cannot be used: the English, and the code and params the dashboard words. */
export type Problem = Pick<RowIssue, 'code' | 'message' | 'params'>;
export const problem = (code: RowIssueCode, message: string, params: ImportParams = {}): Problem => ({
  code,
  message,
  params,
});

/** A name's longest, as contactInput's (only a name longer than that can fail once it is one line). */
const nameMax = 80;

function text(
  schema: typeof shape.firstName | typeof shape.lastName,
  raw: string,
): { value?: string; problem?: Problem } {
  const r = schema.safeParse(raw);
  if (r.success) return { value: r.data };
  return raw.length > nameMax
    ? { problem: problem('TOO_LONG', `At most ${nameMax} characters.`, { max: nameMax }) }
    : { problem: problem('NAME_INVALID', r.error.issues[0]!.message) };
}

/** Sets the field a cell gives on `v`, or returns why the cell cannot be used. */
function cell(
  field: ImportField,
  raw: string,
  ctx: RowContext,
  v: RowValues,
  row: number,
): Problem | undefined {
  switch (field) {
    case 'firstName':
    case 'lastName': {
      const t = text(shape[field], raw);
      v[field] = t.value;
      return t.problem;
    }
    case 'name': {
      // The first word is the first name (messages greet people by it); the rest is kept as the last.
      const [first = '', ...rest] = raw.split(/\s+/);
      const f = text(shape.firstName, first);
      const l = text(shape.lastName, rest.join(' '));
      v.firstName = f.value;
      v.lastName = l.value;
      return f.problem ?? l.problem;
    }
    case 'email': {
      const r = shape.email.safeParse(raw);
      if (!r.success || !r.data)
        return problem('EMAIL_INVALID', `"${raw}" is not a valid email address.`, { value: raw });
      v.email = r.data;
      return;
    }
    case 'phone': {
      const e164 = raw.length <= 40 ? normalizePhone(raw, ctx.country) : null;
      if (!e164) return problem('PHONE_INVALID', `"${raw}" is not a valid phone number.`, { value: raw });
      v.phone = e164;
      return;
    }
    case 'language': {
      // Codes, English and native names in any case or accents ("vi", "Tiếng Việt", "kreyol"). A
      // language we do not know never costs the row: the plan gives the fallback and warns.
      const tag = findLanguage(raw);
      if (tag) v.language = tag;
      else v.unknownLanguage = { text: raw, row };
      return;
    }
    case 'kind': {
      v.kind = contactKinds.find((k) => k === raw.toLowerCase());
      if (v.kind) return;
      const kinds = contactKinds.join(', ');
      return problem('KIND_UNKNOWN', `"${raw}" is not a kind; write ${kinds}.`, { value: raw, kinds });
    }
    case 'organization':
    case 'organizationId': {
      v.organizationId =
        field === 'organization'
          ? ctx.orgByName.get(raw.toLowerCase())
          : ctx.orgById.has(raw)
            ? raw
            : undefined;
      if (v.organizationId) return;
      return problem('ORGANIZATION_UNKNOWN', `No organization "${raw}" in this partnership.`, { value: raw });
    }
    case 'smsConsent': {
      const answer = raw.toLowerCase();
      if (!yes.has(answer) && !no.has(answer))
        return problem('CONSENT_UNCLEAR', `"${raw}" is not yes or no.`, { value: raw });
      v.smsConsent = yes.has(answer);
      return;
    }
  }
}

/** The values a record gives, its issues, or null for a blank row (which a spreadsheet shows empty). */
export function readRow(
  record: CsvRecord,
  columns: ImportColumn[],
  ctx: RowContext,
): { ok: true; row: ReadRow } | { ok: false; issues: RowIssue[] } | null {
  const cells = record.fields;
  if (cells.every((c) => c.trim() === '')) return null;
  const row = record.row;
  const issues: RowIssue[] = [];
  const extra = cells.slice(columns.length).filter((c) => c.trim() !== '').length;
  if (extra > 0) {
    const message = `The row has ${extra} filled cell(s) beyond the ${columns.length} columns of the header; quote cells that hold "${ctx.delimiter}".`;
    const params = { extra, columns: columns.length, delimiter: ctx.delimiter };
    issues.push({ row, column: '', field: '', ...problem('EXTRA_CELLS', message, params) });
  }
  const values: RowValues = {};
  for (const column of columns) {
    const raw = (cells[column.index] ?? '').trim();
    if (raw === '' || column.target === 'ignore') continue;
    if (column.target.startsWith('attributes.')) {
      const name = column.target.slice('attributes.'.length);
      if (raw.length > 100) {
        const tooLong = problem('TOO_LONG', 'At most 100 characters.', { max: 100 });
        issues.push({ row, column: column.header, field: column.target, ...tooLong });
      } else (values.attributes ??= {})[name] = raw;
      continue;
    }
    const field = column.target as ImportField;
    const refused = cell(field, raw, ctx, values, row);
    if (refused) issues.push({ row, column: column.header, field, ...refused });
  }
  const columnOf = (...fields: string[]) => columns.find((c) => fields.includes(c.target))?.header ?? '';
  if (!values.firstName && !issues.some((i) => i.field === 'firstName' || i.field === 'name')) {
    issues.push({
      row,
      column: columnOf('firstName', 'name'),
      field: 'firstName',
      ...problem('FIRST_NAME_REQUIRED', 'A first name is required.'),
    });
  }
  if (!values.email && !values.phone && !issues.some((i) => i.field === 'email' || i.field === 'phone')) {
    issues.push({
      row,
      column: columnOf('email', 'phone'),
      field: 'email',
      ...problem('EMAIL_OR_PHONE_REQUIRED', 'A contact needs an email or a phone number.'),
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, row: { row, values } };
}
