/**
 * The notice before a scheduled launch: to the partnership's admins and analysts (its members who may
 * change it; with none, every admin, who reach every partnership), saying what will launch, when, to
 * how many people, with the link to pause it. Staff mail like the staff invitation
 * (auth/invite-email.ts): plain text and HTML saying the same, no unsubscribe, sent through
 * `deps.mailer` (SMTP on Node, the HTTP email API on Workers). It names no contact, only counts.
 */
import { listUsers } from '../../auth/users.ts';
import type { Deps, EmailMessage } from '../../deps.ts';
import { escapeMarkup } from '../../escape.ts';
import type { AudienceCount } from '../../partnerships/contract.ts';
import { listMembers } from '../../partnerships/members.ts';

export async function noticeRecipients(
  deps: Pick<Deps, 'db'>,
  partnershipId: string,
): Promise<{ email: string; name: string }[]> {
  const members = (await listMembers(deps, partnershipId)).filter(
    (m) => (m.role === 'admin' || m.role === 'analyst') && m.organizationId === null,
  );
  if (members.length > 0) return members;
  return (await listUsers(deps)).filter((u) => u.role === 'admin');
}

export interface NoticeContext {
  to: string;
  name: string;
  partnershipName: string;
  campaignName: string;
  opensOn: string;
  closesOn: string;
  reach: AudienceCount;
  reminderDays: number[];
  /** The schedule's screen, where it can be paused. */
  url: string;
}

const longDay = (day: string) =>
  new Date(`${day}T12:00:00Z`).toLocaleDateString('en-US', {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });

const people = (n: number) => `${n.toLocaleString('en-US')} ${n === 1 ? 'person' : 'people'}`;

export function noticeEmail(ctx: NoticeContext): EmailMessage {
  const { reach } = ctx;
  const reachable = reach.sms + reach.email;
  const how = [reach.sms && `${people(reach.sms)} by text`, reach.email && `${people(reach.email)} by email`]
    .filter(Boolean)
    .join(' and ');
  const lead = `"${ctx.campaignName}" will launch on ${longDay(ctx.opensOn)} for ${ctx.partnershipName}, as its quarterly schedule says.`;
  const who =
    reachable === 0
      ? 'As the contacts stand today, nobody in its audience can be reached: the launch will fail unless contacts are added or the audience is changed.'
      : `As the contacts stand today, it will invite ${people(reachable)} (${how}).` +
        (reach.none ? ` ${people(reach.none)} in the audience cannot be reached by text or email.` : '');
  const when =
    `It stays open until ${longDay(ctx.closesOn)}` +
    (ctx.reminderDays.length
      ? `, with reminders ${ctx.reminderDays.join(', ')} days after launch to those who have not answered.`
      : '.');
  const pause = 'To change it or pause it before it launches, open the schedule:';
  const greeting = `Hi ${ctx.name},`;
  const text = [greeting, '', lead, '', who, '', when, '', pause, ctx.url, ''].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeMarkup(s)}</p>`;
  const html = `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:16px">
${p(greeting)}${p(lead)}${p(who)}${p(when)}${p(pause)}
<p style="margin:24px 0"><a href="${escapeMarkup(ctx.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">Open the schedule</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeMarkup(ctx.url)}</p>
</body></html>`;
  return {
    to: ctx.to,
    subject: `${ctx.campaignName} launches ${longDay(ctx.opensOn)}`,
    text,
    html,
    headers: {},
  };
}
