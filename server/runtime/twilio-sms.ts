/**
 * SMS through the twilio SDK. Its answers are sorted into what a retry can fix (rate limits, Twilio's
 * own 5xx, timeouts, dropped connections) and what it cannot (a bad number, a STOP on Twilio's list),
 * so the dispatcher never hammers a number that will never take a message.
 */
import twilio from 'twilio';
import type { SendResult, SmsSender } from '../deps.ts';

export interface TwilioSmsOptions {
  accountSid: string;
  authToken: string;
  /** Our number in E.164; ignored when a Messaging Service is given. */
  from?: string;
  /** MG...: Twilio picks the sender from the service's pool (and applies its Advanced Opt-Out). */
  messagingServiceSid?: string;
  /**
   * For tests only (TWILIO_API_URL): an origin such as http://127.0.0.1:4010 that receives the
   * requests meant for https://api.twilio.com, so the real SDK talks to a local peer.
   */
  apiUrl?: string;
  /** Milliseconds before a request is abandoned (and retried later as a transient failure). */
  timeoutMs?: number;
}

/**
 * The SDK's documented extension point for transport is a custom `httpClient`; this one only moves
 * the origin of each request and leaves auth, encoding and parsing to the SDK's own client.
 */
type RequestOptions<TData> = Parameters<typeof twilio.RequestClient.prototype.request<TData>>[0];

class RedirectingClient extends twilio.RequestClient {
  constructor(
    private readonly origin: string,
    options: ConstructorParameters<typeof twilio.RequestClient>[0],
  ) {
    super(options);
  }
  override request<TData>(opts: RequestOptions<TData>) {
    return super.request<TData>({ ...opts, uri: opts.uri.replace(/^https:\/\/[^/]+/, this.origin) });
  }
}

export function twilioSms(options: TwilioSmsOptions): SmsSender {
  if (!options.from && !options.messagingServiceSid)
    throw new Error('Twilio needs TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID.');
  const timeout = options.timeoutMs ?? 15_000;
  const client = twilio(options.accountSid, options.authToken, {
    timeout,
    // Retries are the dispatcher's job (with its backoff and attempt limit), not the SDK's.
    autoRetry: false,
    ...(options.apiUrl
      ? { httpClient: new RedirectingClient(options.apiUrl.replace(/\/+$/, ''), { timeout }) }
      : {}),
  });
  const sender = options.messagingServiceSid
    ? { messagingServiceSid: options.messagingServiceSid }
    : { from: options.from! };
  return {
    async send(message): Promise<SendResult> {
      try {
        const sent = await client.messages.create({
          ...sender,
          to: message.to,
          body: message.body,
          ...(message.statusCallback ? { statusCallback: message.statusCallback } : {}),
        });
        return { ok: true, providerId: sent.sid };
      } catch (err) {
        return classify(err as TwilioFailure);
      }
    },
  };
}

/** What the SDK throws: a RestException (status, Twilio's code) or an axios network error (code only). */
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
export function classify(err: TwilioFailure): SendResult {
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
