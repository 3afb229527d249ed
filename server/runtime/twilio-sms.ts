/**
 * SMS through the twilio SDK. Its answers are sorted into what a retry can fix (rate limits, Twilio's
 * own 5xx, timeouts, dropped connections) and what it cannot (a bad number, a STOP on Twilio's list),
 * so the dispatcher never hammers a number that will never take a message; the sorting itself is
 * shared with the fetch sender on Workers (server/distribution/send-errors.ts).
 */
import twilio from 'twilio';
import type { SendResult, SmsSender } from '../deps.ts';
import { classifyTwilio, type TwilioFailure } from '../distribution/send-errors.ts';
import type { TwilioSettings } from '../distribution/twilio-fetch.ts';

/** The same settings as the fetch sender's; `apiUrl` points the real SDK at a local peer in tests. */
export type TwilioSmsOptions = TwilioSettings;

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
        return classifyTwilio(err as TwilioFailure);
      }
    },
  };
}
