/**
 * What the partnerships API takes and answers: a partnership's settings, its organizations, contacts
 * (their CSV import is import-contract.ts), the audience count before a launch, and its members. The routes validate
 * with these schemas and the dashboard checks its forms with them before sending. Pure, so the
 * dashboard may import it: zod and other contracts only.
 */
import { z } from 'zod';
import type { Role } from '../auth/contract.ts';
import type { Lang } from '../../surveys/languages.ts';
import { oneLine } from '../fields/contract.ts';
import { contactLanguage, pageLanguage } from './language-contract.ts';

function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

const e164 = /^\+[1-9]\d{7,14}$/;
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Where respondents send questions: a phone in E.164 (spaces, dashes, dots and brackets typed around
 * the digits are dropped, so "+1 (312) 555-0100" is stored as +13125550100) or an email address.
 * Either is printed on posters and pages as a tel: or mailto: link, so nothing else is accepted.
 */
export const helpContact = z
  .string()
  .max(254)
  .transform((raw, ctx) => {
    const text = raw.trim();
    if (text.includes('@')) {
      if (emailShape.test(text)) return text;
      ctx.addIssue({ code: 'custom', message: 'Use an email address such as help@example.org.' });
      return z.NEVER;
    }
    const phone = text.replace(/[\s().-]/g, '');
    if (e164.test(phone)) return phone;
    ctx.addIssue({
      code: 'custom',
      message: 'Use a phone number with its country code, such as +1 312 555 0100, or an email address.',
    });
    return z.NEVER;
  });

/**
 * The retention period for contact details, in whole days. At least 30, so a late question, a reply
 * or a STOP about a campaign just closed still finds its person; at most ten years.
 */
export const contactRetentionDays = z
  .number({ error: 'Give the number of days as a whole number, or null to keep contact details.' })
  .int('Give a whole number of days.')
  .min(30, 'Keep contact details at least 30 days after a campaign closes.')
  .max(3650, 'Keep contact details at most 3650 days (ten years); choose null to keep them until erased.');

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
const hhmmEnd = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const partnershipFields = {
  name: oneLine(160),
  sector: oneLine(80),
  region: oneLine(120),
  timeZone: z.string().refine(isValidTimeZone, 'Use an IANA time zone such as America/Chicago.'),
  reviewYear: z.enum(['calendar', 'program']),
  // Below 3, a "group" statistic can describe one or two people; the floor is not configurable.
  minGroupSize: z.number().int().min(3, 'The minimum group size is never below 3.').max(100),
  /** Local hours in which SMS may go out (end exclusive); texts due outside wait for the next window. */
  smsHours: z
    .object({
      start: z.string().regex(hhmm, 'Use a time such as 08:00.'),
      // 24:00 is the end of the day: a window of 00:00-24:00 never holds a text back.
      end: z.string().regex(hhmmEnd, 'Use a time such as 20:00 (24:00 for the end of the day).'),
    })
    .refine((h) => h.start < h.end, { message: 'The window must end after it starts.', path: ['end'] }),
  /** Shown to respondents for questions; null clears it. */
  helpContact: helpContact.nullable(),
  /** What a contact gets when a campaign's survey is not written in their language. */
  fallbackLanguage: pageLanguage,
  /** Days contact details are kept after their last campaign closes; null keeps them until erased. */
  contactRetentionDays: contactRetentionDays.nullable(),
};
export const createPartnershipBody = z.object({
  ...partnershipFields,
  reviewYear: partnershipFields.reviewYear.default('program'),
  minGroupSize: partnershipFields.minGroupSize.default(5),
  smsHours: partnershipFields.smsHours.default({ start: '08:00', end: '20:00' }),
  helpContact: partnershipFields.helpContact.optional(),
  fallbackLanguage: partnershipFields.fallbackLanguage.default('en'),
  contactRetentionDays: partnershipFields.contactRetentionDays.default(null),
});
/** What the API validated; callers inside the server may leave the SMS hours to their default. */
export type CreatePartnershipBody = Omit<
  z.infer<typeof createPartnershipBody>,
  'smsHours' | 'helpContact' | 'fallbackLanguage' | 'contactRetentionDays'
> & {
  contactRetentionDays?: number | null;
  smsHours?: { start: string; end: string };
  helpContact?: string | null;
  fallbackLanguage?: Lang;
};
// Built from the fields without their defaults: zod fills a default in even on a partial schema, so
// renaming a partnership would otherwise reset its minimum group size to 5.
export const updatePartnershipBody = z.object(partnershipFields).partial();
export type UpdatePartnershipBody = z.infer<typeof updatePartnershipBody>;

export interface Partnership {
  id: string;
  name: string;
  sector: string;
  region: string;
  timeZone: string;
  reviewYear: 'calendar' | 'program';
  minGroupSize: number;
  smsHours: { start: string; end: string };
  /** A phone (E.164) or an email respondents can ask questions at; null if none is set. */
  helpContact: string | null;
  /** A page language: what a contact gets when a campaign's survey lacks theirs (English by default). */
  fallbackLanguage: Lang;
  /** Days contact details are kept after the last campaign a contact was invited to closes; null: off. */
  contactRetentionDays: number | null;
  createdAt: string;
}

/** What a member may see of a partnership: all of it, or one organization's figures in its reviews. */
export interface Scope {
  organizationId: string;
  organizationName: string;
}

/**
 * A partnership as GET /api/partnerships lists it. `scope`: an employer's account sees only this
 * organization's reviews next to the whole sector; null sees all.
 */
export type PartnershipSummary = Partnership & { scope: Scope | null };

export const organizationKinds = [
  'employer',
  'education',
  'workforce_board',
  'community',
  'labor',
  'economic_development',
  'other',
] as const;

export const createOrganizationBody = z.object({
  name: oneLine(160),
  kind: z.enum(organizationKinds),
});
export type CreateOrganizationBody = z.infer<typeof createOrganizationBody>;

export interface Organization {
  id: string;
  partnershipId: string;
  name: string;
  kind: (typeof organizationKinds)[number];
}

/** PATCH /api/partnerships/:id/organizations/:orgId: a new name, a new kind, or both. */
export const updateOrganizationBody = z
  .object({ name: createOrganizationBody.shape.name, kind: createOrganizationBody.shape.kind })
  .partial()
  .refine((b) => b.name !== undefined || b.kind !== undefined, 'Give a new name, a new kind, or both.');
export type UpdateOrganizationBody = z.infer<typeof updateOrganizationBody>;

/**
 * What removing an organization would do (GET .../organizations/:orgId/impact), said before it is done.
 * Past reviews keep its name and figures: removal keeps the row, marked removed.
 */
export interface OrganizationImpact {
  organization: Organization;
  /** Contacts that stay, with their details and invitations, but without an organization. */
  contacts: number;
  /** Employer accounts limited to this organization: their membership ends, so they lose access. */
  members: { id: string; name: string; email: string }[];
  /** Ending memberships is an admin's decision, so only an admin may remove it while members remain. */
  adminOnly: boolean;
}

export const contactKinds = ['worker', 'employer', 'partner'] as const;
export type ContactKind = (typeof contactKinds)[number];

export interface Contact {
  id: string;
  partnershipId: string;
  organizationId: string | null;
  kind: ContactKind;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  /** A tag of surveys/language-list.ts: what they speak, whether or not a survey is written in it. */
  language: string;
  attributes: Record<string, string>;
  smsConsent: boolean;
  /** Replied STOP (or the carrier said so): no SMS, whatever the consent says. */
  smsOptedOut: boolean;
  /** Used an unsubscribe link: no email. */
  emailOptedOut: boolean;
}

export const maxContactsPerRequest = 1000;

/**
 * POST /api/partnerships/:id/contacts: a list, `{ contacts: [...] }` or one contact. Each item is
 * checked on its own when it is added (contacts/people.ts), so one bad item never blocks the good ones.
 */
export const addContactsBody = z.union([
  z
    .array(z.unknown())
    .max(maxContactsPerRequest, `Send at most ${maxContactsPerRequest} contacts at a time.`),
  z.object({ contacts: z.array(z.unknown()).max(maxContactsPerRequest) }).transform((b) => b.contacts),
  z.record(z.string(), z.unknown()).transform((one) => [one]),
]);

/** What adding contacts did: the contacts created, and each refused item with its problems. */
export interface AddContactsReport {
  created: Contact[];
  rejected: { index: number; errors: { path: string; message: string }[] }[];
}

export const contactPageSize = 50;
export const contactPageMost = 100;

/**
 * GET /api/partnerships/:id/contacts: one page of the list, searched and filtered on the server, by
 * last name, first name and id. `q` matches the name, the email, or the phone's digits. `cursor` (from
 * the previous page's nextCursor) goes on from a row; `page` (1-based) jumps, as a link or a reload does.
 */
export const contactQuery = z.object({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(contactKinds).optional(),
  /** An organization's id, or `none` for contacts without one. */
  organization: z.string().min(1).max(64).optional(),
  /** Older callers' name for `organization`. */
  organizationId: z.string().min(1).max(64).optional(),
  language: contactLanguage.optional(),
  /** SMS consent given or not. */
  consent: z.enum(['yes', 'no']).optional(),
  /** `sms`: replied STOP; `email`: unsubscribed; `any`: either; `none`: neither. */
  optedOut: z.enum(['sms', 'email', 'any', 'none']).optional(),
  cursor: z.string().max(400).optional(),
  page: z.coerce.number().int().min(1).max(100_000).optional(),
  limit: z.coerce.number().int().min(1).max(contactPageMost).default(contactPageSize),
});
export type ContactQuery = z.infer<typeof contactQuery>;

/** A page of contacts: `total` counts every match; `nextCursor` is null on the last page. */
export interface ContactPage {
  contacts: Contact[];
  total: number;
  page: number | null;
  limit: number;
  nextCursor: string | null;
}

/**
 * PATCH /api/partnerships/:id/contacts/:contactId: any of the fields, checked again on the server by
 * the same rules as adding a contact (contacts/input.ts: the phone read into E.164, the email
 * lower-cased, the organization of this partnership). `attributes` replaces them all. Opt-outs are
 * not fields: only the person can lift a STOP or an unsubscribe.
 */
export const updateContactBody = z
  .object({
    firstName: z.string().max(200),
    lastName: z.string().max(200),
    email: z.string().max(254).nullable(),
    phone: z.string().max(40).nullable(),
    language: contactLanguage,
    kind: z.enum(contactKinds),
    organizationId: z.string().min(1).max(64).nullable(),
    attributes: z.record(z.string().max(40), z.string().max(100)),
    smsConsent: z.boolean(),
  })
  .partial()
  .strict()
  .refine((b) => Object.keys(b).length > 0, 'Change at least one field.');
export type UpdateContactBody = z.infer<typeof updateContactBody>;

/** What an edit did, with what staff should know about the opt-outs it kept. */
export interface ContactUpdate {
  contact: Contact;
  notices: string[];
}

export const maxBulkContacts = 1000;

/** POST /api/partnerships/:id/contacts/bulk: one action on a selection, all of it or none. */
export const bulkContactsBody = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('delete'),
    ids: z.array(z.string().min(1).max(64)).min(1).max(maxBulkContacts),
  }),
  z.object({
    action: z.literal('setOrganization'),
    ids: z.array(z.string().min(1).max(64)).min(1).max(maxBulkContacts),
    /** null leaves them without an organization. */
    organizationId: z.string().min(1).max(64).nullable(),
  }),
]);
export type BulkContactsBody = z.infer<typeof bulkContactsBody>;

/**
 * What deleting (or erasing: the same act) contacts did: their details went, and their rows stay
 * empty, so the counts of their invitations and messages stay.
 */
export interface ContactRemoval {
  erased: number;
  /** Invitations kept for the counts, their links made unusable and their segment emptied. */
  invitationsAnonymized: number;
  /** Messages kept for the counts, their provider ids and any address in their error removed. */
  messagesCleared: number;
  /** STOPs and unsubscribes kept as keyed hashes, so a re-import stays opted out. */
  optOutsKept: number;
}

export const attributeSyntax = /^[a-z][a-z0-9_]{0,39}$/;

/** A contact attribute's name, as an audience or a campaign's segment attributes give it. */
export const attributeName = z.string().regex(attributeSyntax);

/**
 * The audience a campaign stores (campaigns/campaigns.ts). It is stated in contacts' terms (kinds,
 * organizations, attribute values), so it is defined with them; partnerships/audience.ts reads it.
 */
export const audience = z.object({
  kinds: z
    .array(z.enum(['worker', 'employer', 'partner']))
    .min(1)
    .optional(),
  organizationIds: z.array(z.string().min(1)).max(200).optional(),
  /** Contacts match when, for every attribute named, their value is one of those listed. */
  attributes: z.record(attributeName, z.array(z.string().max(100)).min(1).max(100)).optional(),
});
export type Audience = z.infer<typeof audience>;

const list = z
  .string()
  .max(20_000)
  .transform((s) =>
    s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean),
  );
/** A query parameter holding JSON, parsed, or refused with `message` (the schema after it says what shape). */
export const jsonParam = (message: string) =>
  z
    .string()
    .max(20_000)
    .transform((s, ctx) => {
      try {
        return JSON.parse(s) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message });
        return z.NEVER;
      }
    });
const json = jsonParam('Pass attributes as JSON, e.g. {"occupation":["welder"]}.');

/**
 * `?kinds=worker&organizationIds=a,b&attributes={"occupation":["welder"]}&channels=sms,email`: the
 * audience as a campaign states it (validated by the same schema) and the channels in order of
 * preference. No kinds or organizations: everyone; no `channels`: SMS, then email, as a campaign.
 */
export const audienceQuery = z
  .object({
    kinds: list.optional(),
    organizationIds: list.optional(),
    attributes: json.optional(),
    channels: list.optional(),
  })
  .transform((q): unknown => ({
    kinds: q.kinds?.length ? q.kinds : undefined,
    organizationIds: q.organizationIds?.length ? q.organizationIds : undefined,
    attributes: q.attributes,
    channels: q.channels ?? ['sms', 'email'],
  }))
  .pipe(
    audience.extend({
      channels: z
        .array(z.enum(['sms', 'email']))
        .max(2, 'Name each channel once: sms, email or both.')
        .transform((c) => [...new Set(c)]),
    }),
  );

/** How many contacts a launch would invite, and on which channel (GET /api/partnerships/:id/audience). */
export interface AudienceCount {
  total: number;
  sms: number;
  email: number;
  /** Reachable by no chosen channel: only a printed link reaches them. */
  none: number;
}

/** A membership as a staff account's form gives it (the staff contract's create and update bodies). */
export const membershipInput = z.object({
  partnershipId: z.string().min(1),
  /** Limits a viewer to this organization of the partnership; null or absent for the whole of it. */
  organizationId: z.string().min(1).nullable().optional(),
});
export type MembershipInput = z.infer<typeof membershipInput>;

export interface Membership {
  partnershipId: string;
  organizationId: string | null;
}

export const memberBody = z.object({
  userId: z.string().min(1),
  /** Limits a viewer to this organization's figures in the reviews. */
  organizationId: z.string().min(1).nullable().default(null),
});
export type MemberBody = z.infer<typeof memberBody>;

/** A staff member who belongs to a partnership, with the organization they are limited to, if any. */
export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
  organizationId: string | null;
  organizationName: string | null;
}

/** A contact as a list of people shows them: name, addresses, language and organization's name. */
export interface ContactListing {
  contactId: string;
  firstName: string;
  lastName: string;
  email: string | null;
  phone: string | null;
  language: string;
  organization: string | null;
}
