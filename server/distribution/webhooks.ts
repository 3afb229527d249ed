/**
 * /webhooks/twilio: inbound SMS ("A message comes in") and message status callbacks. Both act only on
 * a form POST that carries a valid X-Twilio-Signature; anything else is refused with 403 before it
 * touches the database. Nothing of the payload is kept beyond its effect: no body, no location
 * fields (FromCity, FromZip...), no log line with a phone number.
 *
 * The signature covers no time, so a captured request stays valid for good. A replay is answered
 * 200 like any other (Twilio retries anything else) and changes nothing: an inbound message is
 * acted on once by its sid (inbound.ts), and a status callback only ever moves its row forward
 * (delivery.ts), so a replayed one finds the row past it.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import type { AppContext, AppEnv } from '../http.ts';
import { recordSmsStatus } from './delivery.ts';
import { answerInbound, type Texting } from './inbound.ts';
import { publicRequestUrl, verifyTwilioSignature } from './twilio-signature.ts';
import { escapeMarkup } from '../escape.ts';
import { sendDueReplies } from './conversations/send.ts';

/**
 * Work that goes on after the answer: handed to the Worker's waitUntil, so the isolate lives until it
 * ends; on Node (no execution context) the promise simply runs on.
 */
function afterResponse(c: AppContext, work: Promise<unknown>): void {
  let ctx: { waitUntil(p: Promise<unknown>): void } | null = null;
  try {
    ctx = c.executionCtx;
  } catch {
    // Node: Hono has no execution context to give.
  }
  ctx?.waitUntil(work);
}

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

const statusCallback = z.object({
  m: z.string().min(1).max(64),
  MessageSid: z.string().regex(/^[A-Z]{2}[0-9a-fA-F]{32}$/),
  MessageStatus: z.string().max(32),
  ErrorCode: z
    .string()
    .regex(/^\d{1,6}$/)
    .nullish(),
});

/** The routes, with conversations by text as the app hands them in (inbound.ts `Texting`). */
export const twilioWebhooks = (texting?: Texting) =>
  new Hono<AppEnv>()
    .post('/inbound', async (c) => {
      const form = await signedForm(c);
      const { deps } = c.var;
      const reply = await answerInbound(
        deps,
        {
          sid: form.get('MessageSid') ?? form.get('SmsSid'),
          from: form.get('From') ?? '',
          body: form.get('Body') ?? '',
        },
        texting,
      );
      // A step of a conversation by text queued its replies: send them now, after the answer.
      afterResponse(
        c,
        sendDueReplies(deps).catch((error: unknown) =>
          deps.log.error('Replies by text could not be sent now; the dispatcher will retry them.', {
            error: error instanceof Error ? error.message : String(error),
          }),
        ),
      );
      return twiml(c, reply);
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
