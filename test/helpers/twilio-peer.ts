/**
 * A local stand-in for api.twilio.com: the Messages endpoint over real HTTP, so the real twilio SDK
 * can be pointed at it (TWILIO_API_URL), and signed status callbacks posted back the way Twilio posts
 * them. Signatures come from the twilio SDK's own helper, so our verifier is tested against Twilio's
 * code rather than against itself.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import twilio from 'twilio';
import { listenLocal, readBody } from './http-peer.ts';

export type Deliver = (url: string, init: RequestInit) => Response | Promise<Response>;

/**
 * Numbers that behave specially. The first five are Twilio's own magic test numbers, with the
 * errors Twilio's test credentials give for them; the rest are this peer's.
 */
export const peerNumbers = {
  invalid: '+15005550001', // 400, 21211
  cannotRoute: '+15005550002', // 400, 21612
  regionDisabled: '+15005550003', // 400, 21408
  unsubscribed: '+15005550004', // 400, 21610
  notMobile: '+15005550009', // 400, 21614
  flaky: '+15005550010', // 500 on the first try, accepted on the next
  hangs: '+15005550011', // never answered until the peer closes (a timeout)
  undelivered: '+15005550020', // accepted, then undelivered with 30003
  filtered: '+15005550021', // accepted, then failed with 30007
  stoppedLater: '+15005550022', // accepted, then failed with 21610
} as const;

const refusals: Record<string, { code: number; message: string }> = {
  [peerNumbers.invalid]: {
    code: 21211,
    message: "The 'To' number +15005550001 is not a valid phone number.",
  },
  [peerNumbers.cannotRoute]: {
    code: 21612,
    message: "The 'To' phone number is not currently reachable via SMS.",
  },
  [peerNumbers.regionDisabled]: {
    code: 21408,
    message: 'Permission to send an SMS has not been enabled for the region.',
  },
  [peerNumbers.unsubscribed]: { code: 21610, message: 'Attempt to send to unsubscribed recipient' },
  [peerNumbers.notMobile]: { code: 21614, message: "'To' number is not a valid mobile number" },
};

const finalStatus: Record<string, { status: 'undelivered' | 'failed'; errorCode: string }> = {
  [peerNumbers.undelivered]: { status: 'undelivered', errorCode: '30003' },
  [peerNumbers.filtered]: { status: 'failed', errorCode: '30007' },
  [peerNumbers.stoppedLater]: { status: 'failed', errorCode: '21610' },
};

export interface PeerMessage {
  sid: string;
  to: string;
  from: string | null;
  messagingServiceSid: string | null;
  body: string;
  statusCallback: string | null;
}

export interface DeliveredCallback {
  url: string;
  messageStatus: string;
  /** Our app's HTTP answer. */
  status: number;
}

export interface TwilioPeer {
  /** Origin to give the SDK as apiUrl. */
  url: string;
  accountSid: string;
  authToken: string;
  /** Every message accepted, in order. */
  messages: PeerMessage[];
  /** Every status callback posted and how our app answered. */
  callbacks: DeliveredCallback[];
  /** Answers the next `n` message requests with 503 (Twilio under load). */
  failNext(n: number): void;
  /** Resolves once every status callback started so far has been answered. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

/** The X-Twilio-Signature header and body Twilio would send with these parameters to this URL. */
export function signedRequest(authToken: string, url: string, params: Record<string, string>): RequestInit {
  return {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-twilio-signature': twilio.getExpectedTwilioSignature(authToken, url, params),
    },
    body: new URLSearchParams(params).toString(),
  };
}

const fetchDeliver: Deliver = (url, init) => fetch(url, init);

function twilioError(res: ServerResponse, status: number, code: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status }));
}

export async function startTwilioPeer(
  options: { accountSid?: string; authToken?: string; deliver?: Deliver } = {},
): Promise<TwilioPeer> {
  const accountSid = options.accountSid ?? `AC${randomBytes(16).toString('hex')}`;
  const authToken = options.authToken ?? randomBytes(16).toString('hex');
  const deliver = options.deliver ?? fetchDeliver;
  const messages: PeerMessage[] = [];
  const callbacks: DeliveredCallback[] = [];
  const pending = new Set<Promise<void>>();
  const hanging = new Set<ServerResponse>();
  const triedOnce = new Set<string>();
  let failures = 0;

  async function postStatus(message: PeerMessage, messageStatus: string, errorCode?: string) {
    const url = message.statusCallback!;
    const params: Record<string, string> = {
      AccountSid: accountSid,
      ApiVersion: '2010-04-01',
      MessageSid: message.sid,
      MessageStatus: messageStatus,
      SmsSid: message.sid,
      SmsStatus: messageStatus,
      To: message.to,
      ...(message.from ? { From: message.from } : {}),
      ...(message.messagingServiceSid ? { MessagingServiceSid: message.messagingServiceSid } : {}),
      ...(errorCode ? { ErrorCode: errorCode } : {}),
    };
    const res = await deliver(url, signedRequest(authToken, url, params));
    await res.arrayBuffer();
    callbacks.push({ url, messageStatus, status: res.status });
  }

  /** Twilio's sequence for a message: sent, then the carrier's verdict. */
  function scheduleCallbacks(message: PeerMessage) {
    if (!message.statusCallback) return;
    const final = finalStatus[message.to];
    const run = (async () => {
      await postStatus(message, 'sent');
      await postStatus(message, final?.status ?? 'delivered', final?.errorCode);
    })().catch(() => {
      // Our app was unreachable: Twilio gives up on a callback too; the test sees it as status 0.
      callbacks.push({ url: message.statusCallback!, messageStatus: 'unreachable', status: 0 });
    });
    const tracked = run.finally(() => pending.delete(tracked));
    pending.add(tracked);
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const path = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !path)
      return twilioError(res, 404, 20404, 'The requested resource was not found');
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (req.headers.authorization !== expected) return twilioError(res, 401, 20003, 'Authenticate');
    if (path[1] !== accountSid) return twilioError(res, 404, 20404, 'The requested resource was not found');
    const form = new URLSearchParams(await readBody(req));
    if (failures > 0) {
      failures--;
      res.writeHead(503, { 'content-type': 'text/html' });
      return res.end('<html><body>Service Unavailable</body></html>');
    }
    const to = form.get('To') ?? '';
    if (!to) return twilioError(res, 400, 21604, "A 'To' phone number is required.");
    if (!form.get('From') && !form.get('MessagingServiceSid'))
      return twilioError(res, 400, 21603, "A 'From' phone number is required.");
    const refusal = refusals[to];
    if (refusal) return twilioError(res, 400, refusal.code, refusal.message);
    if (to === peerNumbers.flaky && !triedOnce.has(to)) {
      triedOnce.add(to);
      return twilioError(res, 500, 20500, 'An internal server error has occurred');
    }
    if (to === peerNumbers.hangs) return void hanging.add(res);
    const message: PeerMessage = {
      sid: `SM${randomBytes(16).toString('hex')}`,
      to,
      from: form.get('From'),
      messagingServiceSid: form.get('MessagingServiceSid'),
      body: form.get('Body') ?? '',
      statusCallback: form.get('StatusCallback'),
    };
    messages.push(message);
    res.writeHead(201, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        sid: message.sid,
        account_sid: accountSid,
        api_version: '2010-04-01',
        to: message.to,
        from: message.from,
        messaging_service_sid: message.messagingServiceSid,
        body: message.body,
        status: message.messagingServiceSid ? 'accepted' : 'queued',
        direction: 'outbound-api',
        num_segments: '1',
        num_media: '0',
        price: null,
        error_code: null,
        error_message: null,
        date_created: new Date().toUTCString(),
        uri: `/2010-04-01/Accounts/${accountSid}/Messages/${message.sid}.json`,
      }),
    );
    scheduleCallbacks(message);
  }

  const peer = await listenLocal(handle);

  return {
    url: peer.url,
    accountSid,
    authToken,
    messages,
    callbacks,
    failNext: (n) => void (failures = n),
    async idle() {
      while (pending.size > 0) await Promise.all([...pending]);
    },
    async close() {
      for (const res of hanging) res.destroy();
      await peer.close();
    },
  };
}

/**
 * An inbound SMS as Twilio posts it to "A message comes in", location fields included (Twilio
 * derives them from the numbers), signed with the SDK's helper.
 */
export function inboundSms(
  deliver: Deliver,
  input: { url: string; authToken: string; accountSid?: string; from: string; to?: string; body: string },
): Promise<Response> {
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const params: Record<string, string> = {
    ToCountry: 'US',
    ToState: 'IL',
    SmsMessageSid: sid,
    NumMedia: '0',
    ToCity: 'CHICAGO',
    FromZip: '60629',
    SmsSid: sid,
    FromState: 'IL',
    SmsStatus: 'received',
    FromCity: 'BERWYN',
    Body: input.body,
    FromCountry: 'US',
    To: input.to ?? '+13125550000',
    ToZip: '60601',
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: input.accountSid ?? `AC${'0'.repeat(32)}`,
    From: input.from,
    ApiVersion: '2010-04-01',
  };
  return Promise.resolve(deliver(input.url, signedRequest(input.authToken, input.url, params)));
}

/** The location values `inboundSms` sends, for tests that check none of them is stored. */
export const inboundLocationValues = ['CHICAGO', 'BERWYN', '60629', '60601'];
