/**
 * What the end-to-end scenario needs from a runtime, and nothing else: the Node build (app.request,
 * SQLite, nodemailer to an SMTP peer, the twilio SDK) and the Worker build (workerd, local D1, SES and
 * Twilio over fetch) each give one. The scenario never learns which it is talking to.
 */
import type { DispatchReport } from '../../server/distribution/dispatcher.ts';
import type { TestClient } from '../helpers/app.ts';
import type { PeerMessage, TwilioPeer } from '../helpers/twilio-peer.ts';

/** A message as the person received it, whichever peer took it. */
export interface Received {
  channel: 'sms' | 'email';
  /** The provider's id: Twilio's message sid, SES's MessageId, or the SMTP Message-ID. */
  id: string;
  to: string;
  from: string;
  subject: string | null;
  text: string;
  html: string | null;
  /** The survey links in the text, in order. */
  links: string[];
  /** Email headers by lower-case name (list-unsubscribe...); none for a text. */
  headers: Record<string, string>;
  statusCallback: string | null;
}

export interface Harness {
  /** The origin of every link in a message and of the webhook URLs Twilio is given. */
  publicUrl: string;
  /** A new API client (cookie session and CSRF token, as the admin app sends them), not signed in. */
  client(): TestClient;
  /** An anonymous request to an absolute URL: respondent pages, unsubscribe, webhooks. */
  fetch(url: string, init?: RequestInit): Promise<Response>;
  /**
   * One run of the dispatcher as production runs it (Node: dispatchDue; Worker: the Cron Trigger),
   * resolving once Twilio's status callbacks for what it sent have been answered.
   */
  dispatch(): Promise<DispatchReport>;
  /** Makes due what would be due `days` later (Node: the clock moves; Worker: queued rows' due_at). */
  advanceDays(days: number): Promise<void>;
  /** A calendar day relative to the runtime's today, as the API takes it. */
  day(offsetDays: number): string;
  /** Everything the SMS and email peers accepted so far: texts first, then emails, each in order. */
  received(): Received[];
  /** The Twilio peer: its credentials sign inbound webhooks, its callbacks show our answers. */
  twilio: TwilioPeer;
  /** Rows of one SQL statement on the runtime's database. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  stop(): Promise<void>;
}

export const surveyLinks = (text: string) => text.match(/https?:\/\/\S+\/s\/[A-Za-z0-9_-]{24}/g) ?? [];

export function receivedText(m: PeerMessage): Received {
  return {
    channel: 'sms',
    id: m.sid,
    to: m.to,
    from: m.from ?? '',
    subject: null,
    text: m.body,
    html: null,
    links: surveyLinks(m.body),
    headers: {},
    statusCallback: m.statusCallback,
  };
}

export const lowerCaseKeys = (headers: Record<string, string>) =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));

/** Where the fixed parts of a run sit: the sender's identity and the postal address in every email. */
export const sender = {
  sms: '+13125550000',
  mail: 'River Valley <surveys@rivervalley.example>',
  postalAddress: '100 Main St, Peoria, IL 61602',
} as const;
