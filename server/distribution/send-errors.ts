/**
 * How a provider's refusal is sorted into what a retry can fix and what it cannot, in one place for
 * every sender: the twilio SDK on Node and Twilio over fetch on Workers read Twilio's answers through
 * the same function, so a number is treated the same whichever runtime sends to it.
 */
import type { SendResult } from '../deps.ts';

/** A Twilio failure: an HTTP status and Twilio's error code, or no answer at all (code only). */
export interface TwilioFailure {
  status?: number;
  code?: number | string;
  message?: string;
}

/**
 * A 4xx about the message (21211 invalid To, 21610 STOP, 21614 not mobile, 21408 region, 21612 no
 * route...) is final. 429 and 5xx are Twilio's load, and pass. 401 and 404 on the Messages endpoint
 * mean our account SID or token is wrong: every message would fail, so they are retried like SMTP's
 * login errors, letting the queue drain once the configuration is fixed.
 */
export function classifyTwilio(err: TwilioFailure): SendResult {
  const message = (err.message ?? 'Twilio error').slice(0, 300);
  if (typeof err.status !== 'number') {
    // No HTTP answer at all: refused, reset, timed out, DNS.
    return {
      ok: false,
      permanent: false,
      code: typeof err.code === 'string' ? err.code : 'NO_RESPONSE',
      message,
    };
  }
  const code = typeof err.code === 'number' ? String(err.code) : `HTTP_${err.status}`;
  const transient = err.status === 429 || err.status >= 500 || err.status === 401 || err.status === 404;
  return { ok: false, permanent: !transient, code, message };
}

/** An Amazon SES API v2 failure: the HTTP status and the error type from `x-amzn-ErrorType` or the body. */
export interface SesFailure {
  status?: number;
  type?: string;
  message?: string;
}

/**
 * SES types that are about our account or its setup, not the message: sending paused or suspended,
 * an unverified From identity, a missing configuration set, bad credentials. Retried like an SMTP
 * login error, so the queue drains once the account is fixed instead of failing every message.
 */
const sesAccountTypes = new Set([
  'AccountSuspendedException',
  'SendingPausedException',
  'MailFromDomainNotVerifiedException',
  'NotFoundException',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'UnrecognizedClientException',
  'IncompleteSignatureException',
  'AccessDeniedException',
  'ExpiredTokenException',
]);

/**
 * 429 (TooManyRequests, LimitExceeded) and 5xx pass; an account or credential problem is retried (see
 * above); what is left of 4xx is about this message (MessageRejected: a bad or suppressed address,
 * BadRequest: a malformed one) and final.
 */
export function classifySes(err: SesFailure): SendResult {
  const message = (err.message ?? 'SES error').slice(0, 300);
  if (typeof err.status !== 'number') {
    return { ok: false, permanent: false, code: err.type ?? 'NO_RESPONSE', message };
  }
  const type = err.type?.replace(/:.*$/, '').replace(/^.*#/, '');
  const code = type ? `SES_${type}` : `HTTP_${err.status}`;
  const transient =
    err.status === 429 ||
    err.status >= 500 ||
    err.status === 401 ||
    err.status === 403 ||
    (type !== undefined && sesAccountTypes.has(type));
  return { ok: false, permanent: !transient, code, message };
}
