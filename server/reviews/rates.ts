/**
 * Invitations and the response rate. A rate divides the answers to personal invitations (SMS, email,
 * a printed link) by those invitations; the poster's open link invites nobody, so its visits never
 * enter the denominator and its answers never the numerator.
 */
import { reachChannels, type ReachChannel } from './contract.ts';
import type { TemplatePeriod } from './period-figures.ts';
import { shareStat, type Stat } from './stats.ts';

export type Invitations = Record<ReachChannel, { invited: number; completed: number }>;

export const noInvitations = (): Invitations =>
  Object.fromEntries(reachChannels.map((c) => [c, { invited: 0, completed: 0 }])) as Invitations;

export const invitedTotal = (inv: Invitations) => reachChannels.reduce((sum, c) => sum + inv[c].invited, 0);

/** Channels that carry an invitation to a person; the poster's open link invites nobody. */
export const personalChannels = ['sms', 'email', 'printed'] as const satisfies readonly ReachChannel[];

/** What a response rate divides by: invitations sent to people, never poster visits. */
export const invitedPersonally = (inv: Invitations) =>
  personalChannels.reduce((sum, c) => sum + inv[c].invited, 0);

/**
 * Responses through the poster and through personal invitations, as releases recorded the channel;
 * null when they could not (a release left a channel too small to record "not recorded"), since the
 * split would then be a guess.
 */
export function responseSplit(
  inv: Invitations,
  n: number,
): { poster: number | null; personal: number | null } {
  if (inv.open_link.invited === 0 && inv.open_link.completed === 0) return { poster: 0, personal: n };
  const recorded = reachChannels.reduce((sum, c) => sum + inv[c].completed, 0);
  if (recorded !== n) return { poster: null, personal: null };
  return { poster: inv.open_link.completed, personal: n - inv.open_link.completed };
}

/** Personal responses over personal invitations; null without invitations or a known split. */
export function responseRate(inv: Invitations, n: number): Stat | null {
  const invited = invitedPersonally(inv);
  const { personal } = responseSplit(inv, n);
  if (invited === 0 || personal === null) return null;
  return shareStat(Math.min(personal, invited), invited);
}

/**
 * Invitations as a model stored them: reviews made final before the split by channel held
 * `personal` and `openLink`; a missing channel counts none.
 */
export function storedInvitations(raw: unknown): Invitations {
  const out = noInvitations();
  if (!raw || typeof raw !== 'object') return out;
  const old = raw as { personal?: Invitations['sms']; openLink?: Invitations['sms'] };
  if (old.personal) return { ...out, printed: old.personal, open_link: old.openLink ?? out.open_link };
  for (const c of reachChannels) {
    const v = (raw as Partial<Invitations>)[c];
    if (v) out[c] = { invited: Number(v.invited) || 0, completed: Number(v.completed) || 0 };
  }
  return out;
}

/**
 * The template with its response rate drawn from its invitations by today's rule. Reviews made final
 * keep their frozen counts; only the rate is derived again from them, as the old rule divided by poster
 * visits too, which no frozen figure needs to repeat.
 */
export function withResponseRate(t: TemplatePeriod): TemplatePeriod {
  const invitations = storedInvitations(t.invitations);
  const { response_rate: _old, ...measures } = t.overall.measures;
  const rate = responseRate(invitations, t.overall.n);
  if (rate) measures.response_rate = rate;
  return { ...t, invitations, overall: { ...t.overall, measures } };
}
