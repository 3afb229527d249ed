/**
 * `contacts erase`: a person's request to be forgotten, scripted. Found by email, phone or id within a
 * partnership; without --yes it only says what it would erase.
 */
import { auditedBy } from '../../audit/audited.ts';
import { removeContacts } from '../../distribution/contact-removal.ts';
import { contactsFoundBy } from '../../partnerships/contacts/removal.ts';
import { normalizePhone } from '../../partnerships/contacts/input.ts';
import { getPartnership } from '../../partnerships/partnerships.ts';
import { CliError, deps, out, type Command, type Values } from './shell.ts';

function selector(values: Values, country: Parameters<typeof normalizePhone>[1]) {
  const given = (['email', 'phone', 'id'] as const).filter((k) => typeof values[k] === 'string');
  if (given.length !== 1) throw new CliError('Name the person with exactly one of --email, --phone or --id.');
  const [k] = given;
  const value = (values[k!] as string).trim();
  if (k === 'phone') {
    const phone = normalizePhone(value, country);
    if (!phone) throw new CliError(`"${value}" is not a valid phone number.`);
    return { by: { phone }, said: `the phone ${phone}` };
  }
  return k === 'email'
    ? { by: { email: value }, said: `the email ${value}` }
    : { by: { id: value }, said: `the id ${value}` };
}

export const eraseCommands: Record<string, Command> = {
  contacts: {
    summary: 'Erase a contact on request (their details go; counts and anonymous answers stay)',
    usage:
      'contacts erase --partnership <id> (--email <address> | --phone <number> | --id <contactId>) [--yes]',
    details:
      'Finds the contacts of the partnership with that email, phone or id and erases them: name, phone,\n' +
      'email, organization and attributes go, the links they were sent stop working, and their messages lose\n' +
      'what a provider could trace back to them. Counts of invitations and answers stay identical, and the\n' +
      'anonymous answers stay (they never named anyone). A STOP or an unsubscribe is kept as a keyed code,\n' +
      'so importing them again later does not text or email them. Without --yes, it lists whom it would\n' +
      'erase and changes nothing. Exits 1 when nobody matches.',
    options: {
      partnership: { type: 'string' },
      email: { type: 'string' },
      phone: { type: 'string' },
      id: { type: 'string' },
      yes: { type: 'boolean' },
    },
    positionals: ['action'],
    async run(values, [action]) {
      if (action !== 'erase')
        throw new CliError(`Unknown action "${action}": the contacts command takes erase.`);
      if (typeof values.partnership !== 'string')
        throw new CliError('Name the partnership: --partnership <id>.');
      const d = deps();
      const { by, said } = selector(values, d.config.defaultCountry ?? 'US');
      const partnership = await getPartnership(d, values.partnership);
      const found = await contactsFoundBy(d, partnership.id, by);
      if (found.length === 0) throw new CliError(`No contact of ${partnership.name} has ${said}.`);
      for (const c of found) {
        const reach = [c.email, c.phone].filter(Boolean).join(', ');
        out(
          `${values.yes ? 'Erasing' : 'Would erase'} ${c.id}  ${`${c.firstName} ${c.lastName}`.trim()}  ${reach}`,
        );
      }
      if (!values.yes) {
        out('Nothing was changed. Run again with --yes to erase.');
        return 0;
      }
      const ids = found.map((c) => c.id);
      // The contacts' ids only, never what they were found by.
      const what =
        ids.length === 1
          ? {
              action: 'contact.erase',
              object: { kind: 'contact', id: ids[0]! },
              partnershipId: partnership.id,
            }
          : {
              action: 'contact.erase',
              partnershipId: partnership.id,
              detail: { count: ids.length, contactIds: ids },
            };
      const r = await auditedBy(d, { kind: 'cli' }, what, (dd) => removeContacts(dd, partnership.id, ids));
      out(
        `Erased ${r.erased} contact(s) from ${partnership.name}: ${r.invitationsAnonymized} invitation(s) kept ` +
          `for the counts with their links closed, ${r.messagesCleared} message(s) cleared of provider ids and ` +
          `addresses, ` +
          `${r.optOutsKept} opt-out(s) kept as keyed codes.`,
      );
      return 0;
    },
  },
};
