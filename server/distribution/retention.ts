/**
 * Contact details that expire (issue 17). A partnership may keep a contact's details for a set number
 * of days after the last campaign they were invited to closes (after the day they were added, if they
 * were never invited); past that, the retention job erases them exactly as an erasure on request does
 * (contact-removal.ts's eraseContacts): the name, addresses, organization and attributes go, their
 * invitations lose their links and their messages what a provider could trace, and a STOP or an
 * unsubscribe stays as a keyed MAC. Every count is read from the invitation and message rows, which
 * stay, so every rate, response and review is unchanged.
 *
 * A contact invited to a campaign still open is never due: its close date is today or later, and the
 * period is at least 30 days. The work is bounded: a run erases at most `maxContacts`, in atomic
 * writes of `chunk` contacts (a handful of statements each, so a D1 batch stays small), and what is
 * left waits for the next run.
 *
 * This sits in distribution because it reaches the invitations (campaigns) and the messages; it reads
 * the contacts and their campaigns' close dates through the owners' subqueries.
 *
 * Not guarded against a launch landing between the read of who is due and the erasure (a few
 * milliseconds): such a contact is erased with the new invitation, counted as invited and never
 * reached, as with an erasure on request during a launch. They were due to go in any case.
 */
import { sql } from 'kysely';
import { recordAudit, type AuditActor } from '../audit/record.ts';
import { lastClosesOfContacts } from '../campaigns/invitations/store.ts';
import { localDay } from '../dates.ts';
import type { Deps } from '../deps.ts';
import type { Contact, Partnership } from '../partnerships/contract.ts';
import { toContact } from '../partnerships/contacts/input.ts';
import { liveContactsOf } from '../partnerships/contacts/removal.ts';
import { partnershipsWithRetention } from '../partnerships/partnerships.ts';
import { eraseContacts } from './contact-removal.ts';

/** One contact whose details are due to be erased, and the day they will be (in the partnership's zone). */
export interface DueContact {
  contact: Contact;
  dueOn: string;
}

type Kept = Pick<Partnership, 'id' | 'timeZone' | 'contactRetentionDays'>;

/** The partnership's day today, in its own zone: campaigns close on local days. */
const todayOf = (deps: Pick<Deps, 'clock'>, p: Kept) => localDay(deps.clock.now(), p.timeZone);

/** The partnership's live contacts with the day each is due, those due on or before `until`. */
function dueBy(deps: Pick<Deps, 'db'>, p: Kept, until: string) {
  const since = sql<string>`max(coalesce(last.last_closes_on, ''), substr(c.created_at, 1, 10))`;
  const dueOn = sql<string>`date(${since}, ${`+${p.contactRetentionDays} days`})`;
  return deps.db
    .selectFrom(liveContactsOf(deps, p.id).as('c'))
    .leftJoin(lastClosesOfContacts(deps, p.id).as('last'), 'last.contact_id', 'c.id')
    .where(sql<boolean>`${dueOn} <= ${until}`)
    .selectAll('c')
    .select(dueOn.as('due_on'));
}

/** Contacts due now, oldest due first: the ones the next erasure takes. */
async function dueNow(deps: Pick<Deps, 'db' | 'clock'>, p: Kept, limit: number): Promise<Contact[]> {
  const rows = await dueBy(deps, p, todayOf(deps, p))
    .orderBy('due_on')
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return rows.map(({ due_on: _, ...row }) => toContact(row));
}

/**
 * The contacts due to be erased within `days` days from today (0: due now), soonest first, a page at
 * a time. Empty with retention off.
 */
export async function contactsDue(
  deps: Pick<Deps, 'db' | 'clock'>,
  p: Kept,
  page: { days: number; limit: number; offset: number },
): Promise<{ total: number; contacts: DueContact[] }> {
  if (p.contactRetentionDays === null) return { total: 0, contacts: [] };
  const until = new Date(Date.parse(`${todayOf(deps, p)}T00:00:00Z`) + page.days * 86_400_000);
  const due = dueBy(deps, p, until.toISOString().slice(0, 10));
  const [count, rows] = await Promise.all([
    deps.db
      .selectFrom(due.as('due'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    due.orderBy('due_on').orderBy('c.id').limit(page.limit).offset(page.offset).execute(),
  ]);
  return {
    total: Number(count.n),
    contacts: rows.map(({ due_on, ...row }) => ({ contact: toContact(row), dueOn: due_on })),
  };
}

export interface RetentionOutcome {
  partnershipId: string;
  name: string;
  retentionDays: number;
  /** Erased in this run (0 on a dry run). */
  erased: number;
  /** Due now and not erased by this run: all of them on a dry run, what the limit left otherwise. */
  due: number;
}

export interface RetentionOptions {
  /** Who runs it, for the audit trail: the background job, or the command line. */
  actor: AuditActor;
  /** Only count what is due, erasing nothing. */
  dryRun?: boolean;
  /** Most contacts one run erases, over all partnerships; the rest wait for the next run. */
  maxContacts?: number;
  /** Contacts per atomic write. */
  chunk?: number;
  /** One partnership only. */
  partnershipId?: string;
}

/**
 * One run of the retention job over every partnership with retention on. A partnership it erased
 * anything of gets one audit entry, counts only: never whom.
 */
export async function runRetention(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  options: RetentionOptions,
): Promise<RetentionOutcome[]> {
  const chunk = options.chunk ?? 250;
  let budget = options.maxContacts ?? 1000;
  const out: RetentionOutcome[] = [];
  for (const p of await partnershipsWithRetention(deps)) {
    if (options.partnershipId && p.id !== options.partnershipId) continue;
    const outcome = {
      partnershipId: p.id,
      name: p.name,
      retentionDays: p.contactRetentionDays!,
      erased: 0,
      due: 0,
    };
    out.push(outcome);
    if (options.dryRun) {
      outcome.due = (await contactsDue(deps, p, { days: 0, limit: 0, offset: 0 })).total;
      continue;
    }
    while (budget > 0) {
      const due = await dueNow(deps, p, Math.min(chunk, budget));
      if (due.length === 0) break;
      const { erased } = await eraseContacts(deps, p.id, due);
      outcome.erased += erased;
      budget -= due.length;
      // Fewer than asked for: none are left (a contact erased by hand meanwhile is simply skipped).
      if (due.length < chunk) break;
    }
    if (budget <= 0) outcome.due = (await contactsDue(deps, p, { days: 0, limit: 0, offset: 0 })).total;
    if (outcome.erased > 0) {
      await recordAudit(deps, {
        actor: options.actor,
        action: 'retention.run',
        partnershipId: p.id,
        detail: { erased: outcome.erased },
      });
    }
  }
  return out;
}

// When each database last found nothing left to erase, by the clock: the due list groups every
// invitation of a partnership, too much for every 5-second tick of Node's loop or every minute's cron.
const quietSince = new WeakMap<object, number>();
const hourMs = 3_600_000;

/**
 * The job as the upkeep runs it: at most once an hour per database and process while nothing is
 * left, again on the next tick while a run stopped at its limit. With retention off everywhere it
 * costs one query and waits for nothing, so turning it on takes effect on the next tick.
 */
export async function retentionInUpkeep(
  deps: Pick<Deps, 'db' | 'atomic' | 'clock' | 'config'>,
  actor: AuditActor = { kind: 'system', job: 'retention' },
): Promise<RetentionOutcome[]> {
  const now = deps.clock.now().getTime();
  const last = quietSince.get(deps.db);
  if (last !== undefined && now - last < hourMs && now >= last) return [];
  const outcomes = await runRetention(deps, { actor });
  if (outcomes.length > 0 && outcomes.every((o) => o.due === 0)) quietSince.set(deps.db, now);
  return outcomes;
}
