/**
 * A contact as staff type it and as it is stored: the input schema (phone numbers read into E.164) and
 * a stored row read back as a Contact. Contacts are personal data, used to send and for nothing else.
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { z } from 'zod';
import type { ContactsTable } from '../../db/schema.ts';
import { oneLine } from '../../fields/contract.ts';
import { contactKinds, type Contact } from '../contract.ts';
import { contactLanguage } from '../language-contract.ts';

/** E.164, or null: local numbers are read in `country` (DEFAULT_COUNTRY), anything with a + as international. */
export function normalizePhone(raw: string, country: CountryCode): string | null {
  const parsed = parsePhoneNumberFromString(raw, country);
  return parsed?.isValid() ? parsed.number : null;
}

const phoneIn = (country: CountryCode) =>
  z
    .string()
    .trim()
    .max(40)
    .transform((raw, ctx) => {
      const e164 = normalizePhone(raw, country);
      if (!e164) {
        ctx.addIssue({
          code: 'custom',
          message: `"${raw}" is not a valid phone number.`,
          params: { kind: 'phone' },
        });
        return z.NEVER;
      }
      return e164;
    });
const phone = phoneIn('US');

const fields = {
  firstName: oneLine(80),
  lastName: oneLine(80, 0).default(''),
  email: z.string().trim().toLowerCase().email().max(254).nullish(),
  phone: phone.nullish(),
  language: contactLanguage.default('en'),
  kind: z.enum(contactKinds),
  organizationId: z.string().min(1).max(64).nullish(),
  /** An organization by name, for imports written by hand. */
  organization: oneLine(160).nullish(),
  attributes: z
    .record(
      z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'Attribute names are lower_snake_case.'),
      z.string().trim().max(100),
    )
    .refine((a) => Object.keys(a).length <= 20, 'At most 20 attributes.')
    .default({}),
  smsConsent: z.boolean().default(false),
};

export const contactInput = z.object(fields).refine((c) => c.email || c.phone, {
  message: 'A contact needs an email or a phone number.',
  path: ['email'],
});
export type ContactInput = z.infer<typeof contactInput>;

/**
 * An edit's fields, by the same rules as a new contact's (an edit names only what changes, so no
 * defaults fill the rest in); whether an email or a phone remains is checked on the merged contact.
 */
export function contactChangesIn(country: CountryCode = 'US') {
  return z
    .object({
      firstName: fields.firstName,
      lastName: oneLine(80, 0),
      email: fields.email,
      phone: phoneIn(country).nullish(),
      language: contactLanguage,
      kind: fields.kind,
      organizationId: fields.organizationId,
      attributes: fields.attributes.unwrap(),
      smsConsent: z.boolean(),
    })
    .partial();
}

/** `contactInput` reading local phone numbers in another country than the US. */
export function contactInputIn(country: CountryCode = 'US'): typeof contactInput {
  return country === 'US' ? contactInput : contactInput.safeExtend({ phone: phoneIn(country).nullish() });
}

export type Row = {
  id: string;
  partnership_id: string;
  organization_id: string | null;
  kind: ContactsTable['kind'];
  first_name: string;
  last_name: string;
  email: string | null;
  phone: string | null;
  language: string;
  attributes: string;
  sms_consent: number;
  // Absent on rows being created; set only by an opt-out (server/distribution/opt-out.ts).
  sms_opted_out_at?: string | null;
  email_opted_out_at?: string | null;
  erased_on?: string | null;
};

export function toContact(row: Row): Contact {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    organizationId: row.organization_id,
    kind: row.kind,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    language: row.language,
    attributes: JSON.parse(row.attributes) as Record<string, string>,
    smsConsent: row.sms_consent === 1,
    smsOptedOut: row.sms_opted_out_at != null,
    emailOptedOut: row.email_opted_out_at != null,
  };
}
