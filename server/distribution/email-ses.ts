/**
 * Email through Amazon SES (API v2, SendEmail) over `fetch`, signed with SigV4 by aws4fetch (WebCrypto
 * alone; the AWS SDK pulls in Node modules): the Mailer for Workers, where SMTP cannot run. SES is
 * FedRAMP High and in AWS GovCloud, which many state agencies already buy through; see the README's
 * Workers section. The message is SES's "Simple" content with our List-Unsubscribe headers, so the
 * text, HTML and one-click unsubscribe are the ones the SMTP mailer sends.
 * https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SendEmail.html
 */
import { AwsV4Signer } from 'aws4fetch';
import type { Clock, Mailer, SendResult } from '../deps.ts';
import { classifySes } from './send-errors.ts';

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  /** For temporary credentials (STS); sent as x-amz-security-token and signed. */
  sessionToken?: string;
}

export interface SignInput {
  method: string;
  url: string;
  /** Headers to send and sign (e.g. content-type); x-amz-date is added and host signed. */
  headers: Record<string, string>;
  body: string;
  region: string;
  service: string;
  now: Date;
}

/**
 * The headers to send, Authorization included. Every header given is signed, content-type too, as the
 * AWS SDKs and AWS's published examples do (aws4fetch leaves it out unless told). Host is signed but
 * not returned: fetch sets it from the URL, and some runtimes refuse it.
 */
export async function signAws(
  input: SignInput,
  credentials: AwsCredentials,
): Promise<Record<string, string>> {
  const signer = new AwsV4Signer({
    method: input.method,
    url: input.url,
    headers: input.headers,
    body: input.body,
    accessKeyId: credentials.accessKeyId,
    secretAccessKey: credentials.secretAccessKey,
    sessionToken: credentials.sessionToken,
    region: input.region,
    service: input.service,
    datetime: input.now.toISOString().replace(/[:-]|\.\d{3}/g, ''),
    allHeaders: true,
  });
  const { headers } = await signer.sign();
  return Object.fromEntries(headers);
}

export interface SesSettings extends AwsCredentials {
  /** e.g. us-east-1, or us-gov-west-1 in GovCloud. */
  region: string;
  /** The From header, e.g. "River Valley Partnership <surveys@rivervalley.org>" (a verified identity). */
  from: string;
  /** A configuration set for SES's bounce, complaint and delivery events. */
  configurationSet?: string;
  /** For tests only (SES_API_URL): an origin that stands in for https://email.<region>.amazonaws.com. */
  apiUrl?: string;
  timeoutMs?: number;
}

type Env = Record<string, string | undefined>;

/** SES when its key is set; half a configuration is refused at start, as for Twilio. */
export function sesSettings(env: Env): SesSettings | null {
  const accessKeyId = env.SES_ACCESS_KEY_ID;
  if (!accessKeyId) return null;
  const secretAccessKey = env.SES_SECRET_ACCESS_KEY;
  const region = env.SES_REGION;
  if (!secretAccessKey || !region)
    throw new Error('SES_ACCESS_KEY_ID is set: SES_SECRET_ACCESS_KEY and SES_REGION are needed too.');
  return {
    accessKeyId,
    secretAccessKey,
    sessionToken: env.SES_SESSION_TOKEN || undefined,
    region,
    from: env.MAIL_FROM || 'Sector Voice <surveys@localhost>',
    configurationSet: env.SES_CONFIGURATION_SET || undefined,
    apiUrl: env.SES_API_URL || undefined,
  };
}

const utf8 = (Data: string) => ({ Data, Charset: 'UTF-8' });

export function sesMailer(settings: SesSettings, clock: Clock, fetcher: typeof fetch = fetch): Mailer {
  const origin = (settings.apiUrl ?? `https://email.${settings.region}.amazonaws.com`).replace(/\/+$/, '');
  const url = `${origin}/v2/email/outbound-emails`;
  return {
    async send(message): Promise<SendResult> {
      const body = JSON.stringify({
        FromEmailAddress: settings.from,
        Destination: { ToAddresses: [message.to] },
        Content: {
          Simple: {
            Subject: utf8(message.subject),
            Body: { Text: utf8(message.text), Html: utf8(message.html) },
            Headers: Object.entries(message.headers).map(([Name, Value]) => ({ Name, Value })),
          },
        },
        ...(settings.configurationSet ? { ConfigurationSetName: settings.configurationSet } : {}),
      });
      let res: Response;
      try {
        const headers = await signAws(
          {
            method: 'POST',
            url,
            headers: { 'content-type': 'application/json' },
            body,
            region: settings.region,
            service: 'ses',
            now: clock.now(),
          },
          settings,
        );
        res = await fetcher(url, {
          method: 'POST',
          headers,
          body,
          signal: AbortSignal.timeout(settings.timeoutMs ?? 15_000),
        });
      } catch (err) {
        const name = err instanceof Error ? err.name : '';
        return classifySes({
          type: name === 'TimeoutError' ? 'TIMEOUT' : 'NO_RESPONSE',
          message: err instanceof Error ? err.message : String(err),
        });
      }
      const text = await res.text();
      let parsed: { MessageId?: unknown; message?: unknown; Message?: unknown; __type?: unknown } = {};
      try {
        parsed = JSON.parse(text) as typeof parsed;
      } catch {
        // Not JSON (a proxy's page): the status alone decides.
      }
      if (res.ok && typeof parsed.MessageId === 'string') return { ok: true, providerId: parsed.MessageId };
      const type =
        res.headers.get('x-amzn-errortype') ??
        (typeof parsed.__type === 'string' ? parsed.__type : undefined);
      const reason =
        typeof parsed.message === 'string'
          ? parsed.message
          : typeof parsed.Message === 'string'
            ? parsed.Message
            : `HTTP ${res.status} from SES`;
      return classifySes({ status: res.ok ? 502 : res.status, type: type ?? undefined, message: reason });
    },
  };
}
