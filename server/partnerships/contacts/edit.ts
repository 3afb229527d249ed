/**
 * One contact read and corrected by staff. An edit is checked by the rules a new contact meets
 * (input.ts), and it never lifts an opt-out: a STOP or an unsubscribe is the person's to undo, so a
 * new phone or address keeps the contact's opt-out, the old one is kept as a mark (marks.ts), and a
 * phone or address already marked starts opted out.
 */
import { sql } from 'kysely';
import { type CountryCode } from 'libphonenumber-js/min';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../errors.ts';
import { zodDetails } from '../../http.ts';
import type { Contact, ContactUpdate, UpdateContactBody } from '../contract.ts';
import { listOrganizations } from '../organizations.ts';
import { contactChangesIn, toContact } from './input.ts';
import { markedOptOuts, optOutMarksInsert, type MarkChannel } from './marks.ts';

/** A contact of this partnership (never an erased one), or NOT_FOUND. */
export async function getContact(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  contactId: string,
): Promise<Contact> {
  const row = await deps.db
    .selectFrom('contacts')
    .selectAll()
    .where('id', '=', contactId)
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null)
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', 'No such contact in this partnership.');
  return toContact(row);
}

const invalid = (path: string, message: string) =>
  new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', [{ path, message }]);

async function takenBy(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
  contactId: string,
  field: 'email' | 'phone',
  value: string,
) {
  const row = await deps.db
    .selectFrom('contacts')
    .select('id')
    .where('partnership_id', '=', partnershipId)
    .where('id', '!=', contactId)
    // As the unique indexes compare them: emails without case.
    .where(field === 'email' ? sql<boolean>`email = ${value} COLLATE NOCASE` : sql<boolean>`phone = ${value}`)
    .executeTakeFirst();
  return row !== undefined;
}

export async function updateContact(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  partnershipId: string,
  contactId: string,
  body: UpdateContactBody,
  country: CountryCode = 'US',
): Promise<ContactUpdate> {
  const current = await getContact(deps, partnershipId, contactId);
  const parsed = contactChangesIn(country).safeParse(body);
  if (!parsed.success) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', zodDetails(parsed.error));
  }
  const c = parsed.data;
  const email = c.email === undefined ? current.email : c.email;
  const phone = c.phone === undefined ? current.phone : c.phone;
  if (!email && !phone) throw invalid('email', 'A contact needs an email or a phone number.');
  if (c.organizationId) {
    const orgs = await listOrganizations(deps, partnershipId);
    if (!orgs.some((o) => o.id === c.organizationId))
      throw invalid('organizationId', 'No such organization in this partnership.');
  }
  if (email && email !== current.email && (await takenBy(deps, partnershipId, contactId, 'email', email)))
    throw new AppError('CONFLICT', 'Another contact already has this email.', [
      { path: 'email', message: 'Another contact already has this email.', kind: 'taken' },
    ]);
  if (phone && phone !== current.phone && (await takenBy(deps, partnershipId, contactId, 'phone', phone)))
    throw new AppError('CONFLICT', 'Another contact already has this phone.', [
      { path: 'phone', message: 'Another contact already has this phone.', kind: 'taken' },
    ]);

  const now = deps.clock.now().toISOString();
  const notices: string[] = [];
  const keep: { channel: MarkChannel; value: string }[] = [];
  const marked = await markedOptOuts(deps, { phones: phone ? [phone] : [], emails: email ? [email] : [] });
  let smsOptedOutAt: string | null | undefined;
  let emailOptedOutAt: string | null | undefined;
  if (phone !== current.phone) {
    if (current.smsOptedOut && current.phone) {
      keep.push({ channel: 'sms', value: current.phone });
      notices.push(
        'This person replied STOP, so texts stay off with the new number too, until they text START.',
      );
    } else if (phone && marked.phones.has(phone)) {
      smsOptedOutAt = now;
      notices.push('This number replied STOP before, so no texts will go to it.');
    }
  }
  if (email !== current.email) {
    if (current.emailOptedOut && current.email) {
      keep.push({ channel: 'email', value: current.email });
      notices.push('This person unsubscribed, so emails stay off with the new address too.');
    } else if (email && marked.emails.has(email)) {
      emailOptedOutAt = now;
      notices.push('This address unsubscribed before, so no emails will go to it.');
    }
  }

  const marks = await optOutMarksInsert(deps, keep);
  const update = deps.db
    .updateTable('contacts')
    .set({
      ...(c.firstName !== undefined && { first_name: c.firstName }),
      ...(c.lastName !== undefined && { last_name: c.lastName }),
      ...(c.email !== undefined && { email: c.email ?? null }),
      ...(c.phone !== undefined && { phone: c.phone ?? null }),
      ...(c.language !== undefined && { language: c.language }),
      ...(c.kind !== undefined && { kind: c.kind }),
      ...(c.organizationId !== undefined && { organization_id: c.organizationId ?? null }),
      ...(c.attributes !== undefined && { attributes: JSON.stringify(c.attributes) }),
      ...(c.smsConsent !== undefined && { sms_consent: c.smsConsent ? 1 : 0 }),
      ...(smsOptedOutAt && { sms_opted_out_at: smsOptedOutAt }),
      ...(emailOptedOutAt && { email_opted_out_at: emailOptedOutAt }),
    })
    .where('id', '=', contactId)
    .where('partnership_id', '=', partnershipId)
    .where('erased_on', 'is', null);
  await deps.atomic(marks ? [marks, update] : [update]).catch((err: unknown) => {
    // Another edit or an import took the phone or email between the check above and this write.
    if (/UNIQUE constraint failed/i.test(String(err)))
      throw new AppError('CONFLICT', 'Another contact took this phone or email meanwhile; try again.');
    throw err;
  });
  return { contact: await getContact(deps, partnershipId, contactId), notices };
}
