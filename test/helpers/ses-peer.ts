/**
 * A local stand-in for Amazon SES's API v2 (POST /v2/email/outbound-emails) over real HTTP. It checks
 * every request's SigV4 signature by re-signing the request as received (method, path, the headers it
 * names as signed, body) with aws4fetch, and answers as SES does: 200 `{ MessageId }`, or an error
 * status with `x-amzn-ErrorType` and `{ message }`. That the signer itself is right is checked apart,
 * against AWS's published vectors (test/distribution/email-ses.test.ts).
 */
import { AwsV4Signer } from 'aws4fetch';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { listenLocal, readBody, waitForCount } from './http-peer.ts';

/** Addresses that behave specially, as SES's mailbox simulator does. */
export const sesAddresses = {
  bounce: 'bounce@simulator.amazonses.com', // 400 MessageRejected (final)
  throttled: 'throttled@ses.test', // 429 TooManyRequestsException once, then accepted
} as const;

export interface SesPeerMessage {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  configurationSet: string | null;
}

export interface SesPeer {
  url: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  messages: SesPeerMessage[];
  /** Requests refused for a bad signature, with the reason. */
  refused: string[];
  waitFor(n: number, timeoutMs?: number): Promise<SesPeerMessage[]>;
  close(): Promise<void>;
}

/** The signature AWS expects for this request, computed from the raw request as received. */
export function expectedSignature(
  req: { method: string; path: string; headers: Record<string, string | string[] | undefined>; body: string },
  signedHeaders: string[],
  secret: string,
  scope: { date: string; region: string; service: string },
  amzDate: string,
): Promise<string> {
  return new AwsV4Signer({
    method: req.method,
    // The signer takes host from the URL, the rest from exactly the headers the request says it signed.
    url: `http://${String(req.headers.host ?? '')}${req.path}`,
    headers: Object.fromEntries(
      signedHeaders.filter((h) => h !== 'host').map((h) => [h, String(req.headers[h] ?? '')]),
    ),
    body: req.body,
    accessKeyId: 'unused',
    secretAccessKey: secret,
    region: scope.region,
    service: scope.service,
    datetime: amzDate,
    allHeaders: true,
  }).signature();
}

function sesError(res: ServerResponse, status: number, type: string, message: string) {
  res.writeHead(status, {
    'content-type': 'application/json',
    'x-amzn-errortype': `${type}:http://internal.amazon.com/coral/com.amazonaws.sesv2/`,
  });
  res.end(JSON.stringify({ message }));
}

export async function startSesPeer(options: { region?: string } = {}): Promise<SesPeer> {
  const region = options.region ?? 'us-gov-west-1';
  const accessKeyId = `AKIA${randomBytes(8).toString('hex').toUpperCase()}`;
  const secretAccessKey = randomBytes(30).toString('base64');
  const messages: SesPeerMessage[] = [];
  const refused: string[] = [];
  const throttledOnce = new Set<string>();

  /** Null when the signature holds; otherwise why not. */
  async function checkSignature(req: IncomingMessage, body: string): Promise<string | null> {
    const auth =
      /^AWS4-HMAC-SHA256 Credential=([^/]+)\/(\d{8})\/([^/]+)\/([^/]+)\/aws4_request, SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})$/.exec(
        String(req.headers.authorization ?? ''),
      );
    if (!auth) return 'no SigV4 Authorization header';
    const [, keyId, date, signedRegion, service, signed, signature] = auth;
    if (keyId !== accessKeyId) return 'unknown access key';
    if (signedRegion !== region || service !== 'ses') return `signed for ${signedRegion}/${service}`;
    const amzDate = String(req.headers['x-amz-date'] ?? '');
    if (!amzDate.startsWith(date!)) return 'x-amz-date does not match the credential scope';
    const headers = signed!.split(';');
    if (!headers.includes('host') || !headers.includes('x-amz-date'))
      return 'host and x-amz-date must be signed';
    const expected = await expectedSignature(
      { method: req.method!, path: req.url!, headers: req.headers, body },
      headers,
      secretAccessKey,
      { date: date!, region, service: 'ses' },
      amzDate,
    );
    return expected === signature ? null : 'SignatureDoesNotMatch';
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    if (req.method !== 'POST' || req.url !== '/v2/email/outbound-emails')
      return sesError(res, 404, 'NotFoundException', 'Not found');
    const body = await readBody(req);
    const problem = await checkSignature(req, body);
    if (problem) {
      refused.push(problem);
      return sesError(
        res,
        403,
        problem === 'unknown access key' ? 'UnrecognizedClientException' : 'InvalidSignatureException',
        problem,
      );
    }
    const input = JSON.parse(body) as {
      FromEmailAddress?: string;
      Destination?: { ToAddresses?: string[] };
      Content?: {
        Simple?: {
          Subject?: { Data: string };
          Body?: { Text?: { Data: string }; Html?: { Data: string } };
          Headers?: { Name: string; Value: string }[];
        };
      };
      ConfigurationSetName?: string;
    };
    const simple = input.Content?.Simple;
    const to = input.Destination?.ToAddresses ?? [];
    if (!input.FromEmailAddress || to.length === 0 || !simple?.Subject)
      return sesError(res, 400, 'BadRequestException', 'Missing From, To or Subject');
    if (to.includes(sesAddresses.bounce))
      return sesError(res, 400, 'MessageRejected', 'Email address is on the suppression list');
    if (to.includes(sesAddresses.throttled) && !throttledOnce.has(to[0]!)) {
      throttledOnce.add(to[0]!);
      return sesError(res, 429, 'TooManyRequestsException', 'Maximum sending rate exceeded.');
    }
    const messageId = `0100${randomBytes(16).toString('hex')}-000000`;
    messages.push({
      messageId,
      from: input.FromEmailAddress,
      to,
      subject: simple.Subject.Data,
      text: simple.Body?.Text?.Data ?? '',
      html: simple.Body?.Html?.Data ?? '',
      headers: Object.fromEntries((simple.Headers ?? []).map((h) => [h.Name, h.Value])),
      configurationSet: input.ConfigurationSetName ?? null,
    });
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ MessageId: messageId }));
  }

  const peer = await listenLocal(handle);
  return {
    url: peer.url,
    region,
    accessKeyId,
    secretAccessKey,
    messages,
    refused,
    async waitFor(n, timeoutMs) {
      await waitForCount(() => messages.length, n, 'SES messages', timeoutMs);
      return messages;
    },
    close: peer.close,
  };
}
