/**
 * X-Twilio-Signature, checked with WebCrypto so the same code runs on Node and Workers. Twilio signs
 * the URL it requested (as configured in its console or sent as StatusCallback) followed by every
 * POST parameter, sorted by name, as name+value: base64(HMAC-SHA1(auth token, that string)).
 * https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
import { safeEqual } from '../ids.ts';

const encoder = new TextEncoder();

function base64(bytes: ArrayBuffer): string {
  let s = '';
  for (const b of new Uint8Array(bytes)) s += String.fromCharCode(b);
  return btoa(s);
}

/**
 * The string Twilio signs. A name sent more than once contributes each distinct value in sorted
 * order, as Twilio's own helper library does (inbound SMS never repeats a name, but a form may).
 */
function signedData(url: string, params: Iterable<[string, string]>): string {
  const byName = new Map<string, string[]>();
  for (const [name, value] of params) byName.set(name, [...(byName.get(name) ?? []), value]);
  let data = url;
  // Plain code-unit order: the "case-sensitive, Unix-style" sort Twilio documents.
  for (const name of [...byName.keys()].sort()) {
    for (const value of [...new Set(byName.get(name))].sort()) data += name + value;
  }
  return data;
}

export async function twilioSignature(
  authToken: string,
  url: string,
  params: Iterable<[string, string]>,
): Promise<string> {
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(authToken),
    { name: 'HMAC', hash: 'SHA-1' },
    false,
    ['sign'],
  );
  return base64(await crypto.subtle.sign('HMAC', key, encoder.encode(signedData(url, params))));
}

/**
 * The same URL with and without the scheme's default port: Twilio may sign either form depending on
 * how the URL was configured, and its helper libraries accept both.
 */
function portVariants(url: string): string[] {
  const match = /^(https?):\/\/([^/?#]*)(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme = '', authority = '', rest = ''] = match;
  const defaultPort = scheme.toLowerCase() === 'https' ? '443' : '80';
  const portAt = authority.lastIndexOf(':');
  const hasPort = portAt > authority.lastIndexOf(']');
  if (!hasPort) return [url, `${scheme}://${authority}:${defaultPort}${rest}`];
  if (authority.slice(portAt + 1) === defaultPort)
    return [url, `${scheme}://${authority.slice(0, portAt)}${rest}`];
  return [url];
}

/** True only for a signature Twilio made with this token over this URL and these parameters. */
export async function verifyTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  params: Iterable<[string, string]>,
): Promise<boolean> {
  if (!authToken || !signature) return false;
  const list = [...params];
  let valid = false;
  // Check every variant, so the time taken does not tell which one matched.
  for (const candidate of portVariants(url)) {
    if (safeEqual(await twilioSignature(authToken, candidate, list), signature)) valid = true;
  }
  return valid;
}

/**
 * The URL as Twilio requested it: our public origin (behind a proxy the app sees another host and
 * often plain http) plus the path and query string of the request that reached us.
 */
export function publicRequestUrl(publicUrl: string, requestUrl: string): string {
  const url = new URL(requestUrl);
  return publicUrl.replace(/\/+$/, '') + url.pathname + url.search;
}
