/**
 * What an import does with the rows it accepted, decided before anything is written. Rows that share
 * an email or a phone are one person: within the file they merge (a later row's cells win, blank cells
 * keep what earlier rows gave), and a person already in the partnership is updated with the fields the
 * file gives and keeps the rest. Where the file contradicts itself or points at two different people,
 * the row is refused with the reason instead of guessing.
 */
import { languageOf } from '../../surveys/language-list.ts';
import type { Lang } from '../../surveys/languages.ts';
import type { Contact } from './contract.ts';
import type { Merge, RowIssue } from './import-contract.ts';
import { problem, type Problem, type ReadRow, type RowValues } from './import-rows.ts';

interface Group {
  row: number;
  merged: Merge[];
  values: RowValues;
}

/** The columns an update may set: only those the file gave, so nothing else (opt-outs) is touched. */
export interface Changes {
  first_name?: string;
  last_name?: string;
  email?: string;
  phone?: string;
  language?: string;
  kind?: Contact['kind'];
  organization_id?: string | null;
  sms_consent?: number;
  /** Attribute keys to set, patched into the stored JSON so keys the file does not name stay. */
  attributes?: Record<string, string>;
}

export type Action =
  | { do: 'create'; row: number; merged: Merge[]; contact: Omit<Contact, 'id' | 'partnershipId'> }
  | { do: 'update'; row: number; merged: Merge[]; existing: Contact; changes: Changes }
  | { do: 'unchanged'; row: number; merged: Merge[]; existing: Contact };

const issue = (row: number, field: string, why: Problem): RowIssue => ({ row, column: '', field, ...why });

/** Folds rows that share an email or a phone into one person each, in file order. */
export function mergeRows(rows: ReadRow[]): { groups: Group[]; rejected: RowIssue[] } {
  const groups: Group[] = [];
  const rejected: RowIssue[] = [];
  const byEmail = new Map<string, Group>();
  const byPhone = new Map<string, Group>();
  for (const { row, values } of rows) {
    const ge = values.email ? byEmail.get(values.email) : undefined;
    const gp = values.phone ? byPhone.get(values.phone) : undefined;
    if (ge && gp && ge !== gp) {
      rejected.push(
        issue(
          row,
          'phone',
          problem(
            'TWO_PEOPLE',
            `The email is also on row ${ge.row} and the phone on row ${gp.row}, two different people.`,
            { emailRow: ge.row, phoneRow: gp.row },
          ),
        ),
      );
      continue;
    }
    const g = ge ?? gp;
    if (!g) {
      const group = { row, merged: [], values: { ...values } };
      groups.push(group);
      if (values.email) byEmail.set(values.email, group);
      if (values.phone) byPhone.set(values.phone, group);
      continue;
    }
    if (!ge && values.email && g.values.email && values.email !== g.values.email) {
      rejected.push(
        issue(
          row,
          'email',
          problem('EMAIL_DIFFERS', `Same phone as row ${g.row} but a different email; keep one of the two.`, {
            other: g.row,
          }),
        ),
      );
      continue;
    }
    if (!gp && values.phone && g.values.phone && values.phone !== g.values.phone) {
      rejected.push(
        issue(
          row,
          'phone',
          problem('PHONE_DIFFERS', `Same email as row ${g.row} but a different phone; keep one of the two.`, {
            other: g.row,
          }),
        ),
      );
      continue;
    }
    g.merged.push({ row, into: g.row, by: ge ? 'email' : 'phone' });
    // A later row's language cell wins, known or not, as every other cell does.
    if (values.language !== undefined) delete g.values.unknownLanguage;
    if (values.unknownLanguage !== undefined) delete g.values.language;
    const attributes = values.attributes
      ? { ...g.values.attributes, ...values.attributes }
      : g.values.attributes;
    Object.assign(g.values, values, attributes ? { attributes } : {});
    if (values.email) byEmail.set(values.email, g);
    if (values.phone) byPhone.set(values.phone, g);
  }
  return { groups, rejected };
}

const english = (tag: string) => languageOf(tag)?.english ?? tag;

/**
 * Each person of the file against the partnership's contacts: create, update or leave as it is.
 * `language` is the partnership's fallback language, for a new contact whose language cell names
 * none we know; such a row is kept and warned about, never refused.
 */
export function matchContacts(
  groups: Group[],
  existing: Contact[],
  defaults: { kind?: Contact['kind']; language?: Lang },
): { actions: Action[]; rejected: RowIssue[]; warnings: RowIssue[] } {
  const fallback = defaults.language ?? 'en';
  const byEmail = new Map<string, Contact>();
  const byPhone = new Map<string, Contact>();
  for (const c of existing) {
    if (c.email) byEmail.set(c.email.toLowerCase(), c);
    if (c.phone) byPhone.set(c.phone, c);
  }
  const claimedBy = new Map<string, number>();
  const actions: Action[] = [];
  const rejected: RowIssue[] = [];
  const warnings: RowIssue[] = [];
  // `kept`: the new contact gets the fallback language, or the existing one keeps its own.
  const unknown = (g: Group, kept: 'fallback' | 'existing', lang: string) => {
    const u = g.values.unknownLanguage!;
    const then =
      kept === 'fallback'
        ? `kept with the partnership's fallback language, ${english(lang)}`
        : `the contact keeps ${english(lang)}`;
    const message = `"${u.text}" is not a language we know (write a code, an English or a native name, such as vi, Vietnamese or Tiếng Việt); ${then}.`;
    warnings.push(
      issue(u.row, 'language', problem('LANGUAGE_UNKNOWN', message, { value: u.text, kept, lang })),
    );
  };
  const refuse = (g: Group, field: string, why: Problem) => {
    rejected.push(issue(g.row, field, why));
    for (const m of g.merged) {
      const message = `Same person as row ${g.row}, which was refused.`;
      rejected.push(issue(m.row, m.by, problem('SAME_AS_REFUSED', message, { other: g.row })));
    }
  };

  for (const g of groups) {
    const v = g.values;
    const ce = v.email ? byEmail.get(v.email) : undefined;
    const cp = v.phone ? byPhone.get(v.phone) : undefined;
    if (ce && cp && ce !== cp) {
      const message = 'The email belongs to one contact of this partnership and the phone to another.';
      refuse(g, 'phone', problem('TWO_CONTACTS', message));
      continue;
    }
    const c = ce ?? cp;
    if (!c) {
      const kind = v.kind ?? defaults.kind;
      if (!kind) {
        const message = 'No kind in this row and no default kind; write worker, employer or partner.';
        refuse(g, 'kind', problem('KIND_MISSING', message));
        continue;
      }
      if (v.unknownLanguage) unknown(g, 'fallback', fallback);
      const language = v.language ?? (v.unknownLanguage ? fallback : 'en');
      actions.push({ do: 'create', row: g.row, merged: g.merged, contact: newContact(v, kind, language) });
      continue;
    }
    const first = claimedBy.get(c.id);
    if (first !== undefined) {
      const why = problem('SAME_CONTACT', `Matches the same contact as row ${first}.`, { other: first });
      refuse(g, ce ? 'email' : 'phone', why);
      continue;
    }
    claimedBy.set(c.id, g.row);
    const changes = diff(c, v);
    if (changes.attributes && Object.keys({ ...c.attributes, ...changes.attributes }).length > 20) {
      const why = problem('TOO_MANY_ATTRIBUTES', 'The contact would have more than 20 attributes.', {
        max: 20,
      });
      refuse(g, 'attributes', why);
      continue;
    }
    // What we knew of them stands rather than a guess (a misspelt "Vietnamse" must not undo "vi").
    if (v.unknownLanguage) unknown(g, 'existing', c.language);
    actions.push(
      Object.keys(changes).length === 0
        ? { do: 'unchanged', row: g.row, merged: g.merged, existing: c }
        : { do: 'update', row: g.row, merged: g.merged, existing: c, changes },
    );
  }
  return { actions, rejected, warnings };
}

function newContact(
  v: RowValues,
  kind: Contact['kind'],
  language: string,
): Omit<Contact, 'id' | 'partnershipId'> {
  return {
    organizationId: v.organizationId ?? null,
    kind,
    firstName: v.firstName!,
    lastName: v.lastName ?? '',
    email: v.email ?? null,
    phone: v.phone ?? null,
    language,
    attributes: v.attributes ?? {},
    // Texting needs consent the file states; without a consent cell nobody new gets it.
    smsConsent: v.smsConsent ?? false,
    smsOptedOut: false,
    emailOptedOut: false,
  };
}

function diff(c: Contact, v: RowValues): Changes {
  const changes: Changes = {};
  if (v.firstName !== undefined && v.firstName !== c.firstName) changes.first_name = v.firstName;
  if (v.lastName !== undefined && v.lastName !== c.lastName) changes.last_name = v.lastName;
  if (v.email !== undefined && v.email !== c.email?.toLowerCase()) changes.email = v.email;
  if (v.phone !== undefined && v.phone !== c.phone) changes.phone = v.phone;
  if (v.language !== undefined && v.language !== c.language) changes.language = v.language;
  if (v.kind !== undefined && v.kind !== c.kind) changes.kind = v.kind;
  if (v.organizationId !== undefined && v.organizationId !== c.organizationId)
    changes.organization_id = v.organizationId;
  if (v.smsConsent !== undefined && v.smsConsent !== c.smsConsent) changes.sms_consent = v.smsConsent ? 1 : 0;
  const attributes = Object.entries(v.attributes ?? {}).filter(([k, val]) => c.attributes[k] !== val);
  if (attributes.length > 0) changes.attributes = Object.fromEntries(attributes);
  return changes;
}

/** A contact as it will read once the changes are written, for the preview. */
export function applied(c: Contact, changes: Changes): Contact {
  return {
    ...c,
    firstName: changes.first_name ?? c.firstName,
    lastName: changes.last_name ?? c.lastName,
    email: changes.email ?? c.email,
    phone: changes.phone ?? c.phone,
    language: changes.language ?? c.language,
    kind: changes.kind ?? c.kind,
    organizationId: changes.organization_id !== undefined ? changes.organization_id : c.organizationId,
    smsConsent: changes.sms_consent !== undefined ? changes.sms_consent === 1 : c.smsConsent,
    attributes: { ...c.attributes, ...changes.attributes },
  };
}
