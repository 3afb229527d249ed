/**
 * SMS through Twilio's REST API over `fetch`, for Workers (where the twilio SDK cannot run): the same
 * Messages request the SDK makes, the same status callback, and the same sorting of failures
 * (send-errors.ts), so a message behaves the same whichever runtime sends it.
 * https://www.twilio.com/docs/messaging/api/message-resource#create-a-message-resource
 */
import type { SendResult, SmsSender } from '../deps.ts';
import { classifyTwilio } from './send-errors.ts';

export interface TwilioSettings {
  accountSid: string;
  authToken: string;
  /** Our number in E.164; ignored when a Messaging Service is given. */
  from?: string;
  /** MG...: Twilio picks the sender from the service's pool (and applies its Advanced Opt-Out). */
  messagingServiceSid?: string;
  /** For tests only (TWILIO_API_URL): an origin that stands in for https://api.twilio.com. */
  apiUrl?: string;
  /** Milliseconds before a request is abandoned (and retried later as a transient failure). */
  timeoutMs?: number;
}

type Env = Record<string, string | undefined>;

/**
 * Twilio when both credentials are set, read the same way on Node and Workers. Half a configuration is
 * refused at start, not discovered when the first invitations quietly land in the development log.
 */
export function twilioSettings(env: Env): TwilioSettings | null {
  const { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken } = env;
  if (accountSid && !authToken) throw new Error('TWILIO_ACCOUNT_SID is set but TWILIO_AUTH_TOKEN is not.');
  if (!accountSid || !authToken) return null;
  const from = env.TWILIO_FROM || undefined;
  const messagingServiceSid = env.TWILIO_MESSAGING_SERVICE_SID || undefined;
  if (!from && !messagingServiceSid) {
    throw new Error(
      'Twilio is configured but has no sender: set TWILIO_FROM (a number in E.164) or TWILIO_MESSAGING_SERVICE_SID.',
    );
  }
  return { accountSid, authToken, from, messagingServiceSid, apiUrl: env.TWILIO_API_URL || undefined };
}

export function twilioFetchSms(settings: TwilioSettings, fetcher: typeof fetch = fetch): SmsSender {
  if (!settings.from && !settings.messagingServiceSid)
    throw new Error('Twilio needs TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID.');
  const origin = (settings.apiUrl ?? 'https://api.twilio.com').replace(/\/+$/, '');
  const url = `${origin}/2010-04-01/Accounts/${encodeURIComponent(settings.accountSid)}/Messages.json`;
  const authorization = `Basic ${btoa(`${settings.accountSid}:${settings.authToken}`)}`;
  const timeoutMs = settings.timeoutMs ?? 15_000;
  return {
    async send(message): Promise<SendResult> {
      const form = new URLSearchParams({ To: message.to, Body: message.body });
      if (settings.messagingServiceSid) form.set('MessagingServiceSid', settings.messagingServiceSid);
      else form.set('From', settings.from!);
      if (message.statusCallback) form.set('StatusCallback', message.statusCallback);
      let res: Response;
      try {
        res = await fetcher(url, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: form.toString(),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (err) {
        const name = err instanceof Error ? err.name : '';
        return classifyTwilio({
          code: name === 'TimeoutError' ? 'TIMEOUT' : 'NO_RESPONSE',
          message: err instanceof Error ? err.message : String(err),
        });
      }
      const text = await res.text();
      let body: { sid?: unknown; code?: unknown; message?: unknown } = {};
      try {
        body = JSON.parse(text) as typeof body;
      } catch {
        // A proxy's HTML error page: the status alone decides.
      }
      if (res.ok && typeof body.sid === 'string') return { ok: true, providerId: body.sid };
      return classifyTwilio({
        status: res.ok ? 502 : res.status,
        code: typeof body.code === 'number' ? body.code : undefined,
        message: typeof body.message === 'string' ? body.message : `HTTP ${res.status} from Twilio`,
      });
    },
  };
}
