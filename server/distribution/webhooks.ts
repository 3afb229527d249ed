/**
 * /webhooks/twilio: inbound SMS ("A message comes in") and message status callbacks. Both act only on
 * a form POST that carries a valid X-Twilio-Signature; anything else is refused with 403 before it
 * touches the database. Nothing of the payload is kept beyond its effect: no body, no location
 * fields (FromCity, FromZip...), no log line with a phone number.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { AppContext, AppEnv } from '../http.ts';
import { recordSmsStatus } from './delivery.ts';
import { classifyInbound } from './keywords.ts';
import { describePhone, optInPhone, optOutPhone } from './opt-out.ts';
import { helpReply, optInReply, optOutReply } from './replies.ts';
import { publicRequestUrl, verifyTwilioSignature } from './twilio-signature.ts';
import { escapeMarkup } from './escape.ts';

/** The form Twilio posted, once its signature is proven; throws FORBIDDEN otherwise. */
async function signedForm(c: AppContext): Promise<URLSearchParams> {
  const { config } = c.var.deps;
  const token = config.distribution.twilioAuthToken;
  if (!token) throw new AppError('FORBIDDEN', 'Twilio webhooks are off: TWILIO_AUTH_TOKEN is not set.');
  if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
    throw new AppError('FORBIDDEN', 'Twilio webhooks are form posts.');
  }
  const form = new URLSearchParams(await c.req.text());
  const url = publicRequestUrl(config.publicUrl, c.req.url);
  if (!(await verifyTwilioSignature(token, c.req.header('x-twilio-signature'), url, form))) {
    throw new AppError('FORBIDDEN', 'The request does not carry a valid X-Twilio-Signature.');
  }
  return form;
}

/** TwiML: one reply message, or an empty response (Twilio then sends nothing). */
function twiml(c: AppContext, message: string | null) {
  const body = message === null ? '' : `<Message>${escapeMarkup(message)}</Message>`;
  return c.body(`<?xml version="1.0" encoding="UTF-8"?><Response>${body}</Response>`, 200, {
    'content-type': 'text/xml; charset=utf-8',
  });
}

const e164 = /^\+[1-9]\d{6,14}$/;

const statusCallback = z.object({
  m: z.string().min(1).max(64),
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/),
  MessageStatus: z.string().max(32),
  ErrorCode: z
    .string()
    .regex(/^\d{1,6}$/)
    .nullish(),
});

export const twilioWebhooks = new Hono<AppEnv>()
  .post('/inbound', async (c) => {
    const form = await signedForm(c);
    const { deps } = c.var;
    const from = form.get('From') ?? '';
    const keyword = classifyInbound(form.get('Body') ?? '');
    // Not a keyword, or not a phone (a WhatsApp or short-code sender): no reply, nothing stored.
    if (keyword.action === 'none' || !e164.test(from)) return twiml(c, null);
    if (keyword.action === 'help') {
      const who = await describePhone(deps, from);
      return twiml(c, helpReply(keyword.language ?? who.language, who.partnershipName));
    }
    // One confirmation per opt-out or opt-in: a repeat, or a number we do not know, changes nothing
    // and gets no text. Someone who said STOP gets exactly one text about it, never a second.
    const result =
      keyword.action === 'opt_out' ? await optOutPhone(deps, from) : await optInPhone(deps, from);
    if (result.changed === 0) return twiml(c, null);
    const language = keyword.language ?? result.language;
    return twiml(c, keyword.action === 'opt_out' ? optOutReply(language) : optInReply(language));
  })
  .post('/status', async (c) => {
    const form = await signedForm(c);
    const parsed = statusCallback.safeParse({
      m: c.req.query('m'),
      MessageSid: form.get('MessageSid'),
      MessageStatus: form.get('MessageStatus') ?? form.get('SmsStatus'),
      ErrorCode: form.get('ErrorCode') || null,
    });
    // A signed callback we cannot use (no outbox id, an odd status) is still answered 2xx, so Twilio
    // does not report our endpoint as failing for something a retry cannot change.
    if (parsed.success) {
      const { m, MessageSid, MessageStatus, ErrorCode } = parsed.data;
      await recordSmsStatus(c.var.deps, {
        outboxId: m,
        messageSid: MessageSid,
        status: MessageStatus,
        errorCode: ErrorCode,
      });
    }
    return c.body(null, 204);
  });
