/** Builds the message a claimed row stands for, with the person's own links rebuilt from the secret. */
import { isLang } from '../../surveys/languages.ts';
import type { Deps, EmailMessage, SmsMessage } from '../deps.ts';
import type { DispatchRow } from './dispatch-context.ts';
import { linkToken } from '../campaigns/links.ts';
import { unsubscribeToken } from './links.ts';
import { emailMessage, smsText, type MessageContext } from './messages.ts';

export type Rendered = { channel: 'sms'; sms: SmsMessage } | { channel: 'email'; email: EmailMessage };

export async function render(deps: Pick<Deps, 'config'>, row: DispatchRow): Promise<Rendered> {
  const { publicUrl, distribution } = deps.config;
  const contact = row.contact!;
  const invitation = row.invitation!;
  const token = await linkToken(distribution.linkSecret, row.invitation_id, invitation.linkVersion);
  const ctx: MessageContext = {
    purpose: row.purpose,
    // The launch chose it among the survey's languages (the contact's, or the fallback), so the
    // message and the page it opens agree, and a reminder speaks as the invitation did.
    language: isLang(invitation.language) ? invitation.language : 'en',
    firstName: contact.firstName,
    partnershipName: row.partnership.name,
    link: `${publicUrl}/s/${token}`,
    closesOn: row.campaign.closesOn,
    minGroupSize: row.partnership.minGroupSize,
    smsAnswers: row.campaign.smsAnswers,
  };
  if (row.channel === 'sms') {
    // The outbox id rides on the callback URL: Twilio may report delivery before we stored its sid.
    const statusCallback = `${publicUrl}/webhooks/twilio/status?m=${encodeURIComponent(row.id)}`;
    return { channel: 'sms', sms: { to: contact.phone!, body: smsText(ctx), statusCallback } };
  }
  const unsubscribeUrl = `${publicUrl}/u/${await unsubscribeToken(distribution.linkSecret, contact.id)}`;
  return {
    channel: 'email',
    email: emailMessage(contact.email!, {
      ...ctx,
      unsubscribeUrl,
      postalAddress: distribution.postalAddress,
    }),
  };
}
