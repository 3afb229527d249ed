/**
 * The email that invites a new staff member to choose their password: plain text and HTML saying the
 * same, like the survey messages (server/distribution/messages.ts). Staff work in English, and this is
 * a message they asked for through their employer, so it carries no unsubscribe link.
 */
import type { EmailMessage } from '../deps.ts';
import { escapeMarkup } from '../escape.ts';
import type { Role } from './contract.ts';

export interface InviteEmailContext {
  to: string;
  name: string;
  role: Role;
  /** The admin who sent it. */
  invitedBy: string;
  url: string;
  /** When the link stops working, ISO. */
  expiresAt: string;
}

const asRole: Record<Role, string> = { admin: 'an admin', analyst: 'an analyst', viewer: 'a viewer' };

export function inviteEmail(ctx: InviteEmailContext): EmailMessage {
  const lead = `${ctx.invitedBy} has made you a Sector Voice account as ${asRole[ctx.role]}. Sector Voice runs your workforce partnership's surveys and reviews.`;
  const ask = 'Choose your password to sign in:';
  const button = 'Choose my password';
  const once = `The link works once, until ${ctx.expiresAt.slice(0, 10)}. If it has expired, ask ${ctx.invitedBy} to send the invitation again.`;
  const ignore =
    'If you did not expect this email, you can ignore it: nobody can sign in to the account until a password is chosen with this link.';
  const greeting = `Hi ${ctx.name},`;
  const text = [greeting, '', lead, '', ask, ctx.url, '', once, '', ignore, ''].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escapeMarkup(s)}</p>`;
  const html = `<!doctype html><html lang="en"><body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:560px;margin:0 auto;padding:16px">
${p(greeting)}${p(lead)}${p(ask)}
<p style="margin:24px 0"><a href="${escapeMarkup(ctx.url)}" style="background:#1d4ed8;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold;display:inline-block">${escapeMarkup(button)}</a></p>
<p style="margin:0 0 16px;font-size:14px">${escapeMarkup(ctx.url)}</p>
${p(once)}<p style="margin:0;font-size:13px;color:#555">${escapeMarkup(ignore)}</p>
</body></html>`;
  return {
    to: ctx.to,
    subject: `${ctx.invitedBy} invited you to Sector Voice`,
    text,
    html,
    headers: {},
  };
}
