/** Kysely table types of the SMS side: inbound webhooks, clarifications and conversations by text. */
import type { Generated } from 'kysely';

/** Inbound webhooks seen, by a SHA-256 of Twilio's sid (migrations/0012_webhook_events.sql). */
export interface WebhookEventsTable {
  sid_hash: string;
  /** YYYY-MM-DD. */
  seen_on: string;
  /** 1: changed consent, kept for good; 0: pruned after 30 days. */
  lasting: Generated<number>;
}

/** The one clarifying text per number and campaign (migrations/0012_webhook_events.sql). */
export interface SmsClarificationsTable {
  campaign_id: string;
  contact_id: string;
  asked_on: string;
}

/** A conversation by text under way (migrations/0023): keyed hash of phone and campaign, sealed state. */
export interface SmsConversationsTable {
  key: string;
  campaign_id: string;
  sealed: string;
  /** YYYY-MM-DD of the last step. */
  day: string;
}

/** Replies to conversations waiting for the SMS sender, sealed (migrations/0023). */
export interface SmsRepliesTable {
  id: string;
  sealed: string;
  status: Generated<'queued' | 'sending'>;
  due_at: string;
  lease_until: string | null;
  attempts: Generated<number>;
}
