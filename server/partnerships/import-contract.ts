/**
 * What the CSV import of contacts takes and answers (POST /api/partnerships/:id/contacts/import and
 * `npm run cli -- import`): the fields a column may fill, the explicit mapping, the query, and the
 * per-row report. Pure, so the dashboard may import it: zod and other contracts only.
 */
import { z } from 'zod';
import { attributeSyntax, contactKinds, jsonParam, type Contact } from './contract.ts';

export const importFields = [
  'firstName',
  'lastName',
  'name',
  'email',
  'phone',
  'language',
  'kind',
  'organization',
  'organizationId',
  'smsConsent',
] as const;
export type ImportField = (typeof importFields)[number];

/** A field, `attributes.<lower_snake_case>`, or `ignore` to leave the column out. */
export type ColumnTarget = ImportField | `attributes.${string}` | 'ignore';

export interface ImportColumn {
  index: number;
  header: string;
  target: ColumnTarget;
  /** `header`: recognised from its name; `mapping`: named by the caller. */
  source: 'header' | 'mapping';
}

/** The explicit mapping the API and CLI accept: header as written in the file → target. */
export const columnMapping = z.record(
  z.string().min(1).max(200),
  z
    .string()
    .refine(
      (t) => t === 'ignore' || (importFields as readonly string[]).includes(t) || isAttribute(t),
      'Use a contact field, attributes.<lower_snake_case name>, or ignore.',
    )
    .transform((t) => t as ColumnTarget),
);
export type ColumnMapping = z.infer<typeof columnMapping>;

function isAttribute(t: string) {
  return t.startsWith('attributes.') && attributeSyntax.test(t.slice('attributes.'.length));
}

const flag = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

/** The query of POST /api/partnerships/:id/contacts/import, whose body is the CSV file itself. */
export const importQuery = z.object({
  dryRun: flag,
  kind: z.enum(contactKinds).optional(),
  /** JSON object, header as written in the file → field, `attributes.<name>` or `ignore`. */
  mapping: jsonParam('mapping must be a JSON object such as {"Cell":"phone"}.')
    .pipe(columnMapping)
    .optional(),
  preview: z.coerce.number().int().min(0).max(100).default(20),
});
export type ImportQuery = z.infer<typeof importQuery>;

export type Delimiter = ',' | ';';

/**
 * Every reason a row is refused or kept with a warning. The dashboard words each from the code and
 * `params` in the staff member's language (the contacts area); a test fails when one has no words.
 */
export const rowIssueCodes = [
  'EXTRA_CELLS',
  'TOO_LONG',
  'NAME_INVALID',
  'EMAIL_INVALID',
  'PHONE_INVALID',
  'KIND_UNKNOWN',
  'ORGANIZATION_UNKNOWN',
  'CONSENT_UNCLEAR',
  'FIRST_NAME_REQUIRED',
  'EMAIL_OR_PHONE_REQUIRED',
  'TWO_PEOPLE',
  'EMAIL_DIFFERS',
  'PHONE_DIFFERS',
  'SAME_AS_REFUSED',
  'TWO_CONTACTS',
  'KIND_MISSING',
  'SAME_CONTACT',
  'TOO_MANY_ATTRIBUTES',
  'LANGUAGE_UNKNOWN',
] as const;
export type RowIssueCode = (typeof rowIssueCodes)[number];

/** The notes on a whole file, worded from code and params like row issues. */
export const importNoteCodes = ['NO_CONSENT_COLUMN', 'UNNAMED_COLUMN', 'PARTLY_WRITTEN'] as const;
export type ImportNoteCode = (typeof importNoteCodes)[number];

/** Values a sentence is filled with: a cell as written, a row number, a language tag (`lang`). */
export type ImportParams = Record<string, string | number>;

export interface RowIssue {
  row: number;
  /** The header of the column, or '' for a problem with the whole row. */
  column: string;
  field: string;
  /** In English, for API clients and the CLI. */
  message: string;
  code: RowIssueCode;
  params: ImportParams;
}

export interface ImportNote {
  code: ImportNoteCode;
  params: ImportParams;
}

/** A row of the file folded into an earlier row for the same person. */
export interface Merge {
  row: number;
  into: number;
  by: 'email' | 'phone';
}

export interface CsvImportReport {
  dryRun: boolean;
  delimiter: Delimiter;
  columns: ImportColumn[];
  mapping: Record<string, ColumnTarget>;
  summary: {
    rows: number;
    created: number;
    updated: number;
    unchanged: number;
    merged: number;
    rejected: number;
    blank: number;
  };
  /** The first contacts as they are (or, in a dry run, would be) stored; `id` is null for new ones. */
  preview: {
    row: number;
    action: 'create' | 'update' | 'unchanged';
    contact: Omit<Contact, 'id'> & { id: string | null };
  }[];
  /** Every problem of every refused row; a row may have several. */
  rejected: RowIssue[];
  /** What was kept with a guess, such as a language we do not know given the fallback language. */
  warnings: RowIssue[];
  /** Rows folded into an earlier row of the file for the same person. */
  merged: Merge[];
  /** In English, for API clients and the CLI. */
  notes: string[];
  /** The same notes in the same order, as code and params for the dashboard to word. */
  noteCodes: ImportNote[];
  /** Whether every accepted row is written; false only on D1 for a file over one request's budget. */
  complete: boolean;
}
