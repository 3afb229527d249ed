-- Distribution: opt-outs on contacts, per-partnership SMS hours, per-campaign channels and reminders,
-- and the outbox, the single source of truth for every message we send.

-- Opt-outs are recorded for good and checked at send time. NULL: not opted out.
ALTER TABLE contacts ADD COLUMN sms_opted_out_at TEXT;
ALTER TABLE contacts ADD COLUMN email_opted_out_at TEXT;
-- STOP replies arrive with only a phone number, whatever partnership it belongs to.
CREATE INDEX contacts_by_phone ON contacts (phone) WHERE phone IS NOT NULL;

-- Links are derived, not stored: token = HMAC(link secret, invitation id and this version), so a
-- message can carry the link at send time while the database keeps only its hash. Handing out new
-- links (the `links` command) bumps the version, which retires the old ones.
ALTER TABLE invitations ADD COLUMN link_version INTEGER NOT NULL DEFAULT 0;

-- Local daytime hours for SMS, 'HH:MM' in the partnership's time zone; the end is exclusive.
ALTER TABLE partnerships ADD COLUMN sms_window_start TEXT NOT NULL DEFAULT '08:00';
ALTER TABLE partnerships ADD COLUMN sms_window_end TEXT NOT NULL DEFAULT '20:00';

-- Channels a campaign may use (JSON array of 'sms' and 'email') and its reminder schedule (JSON
-- array of whole days after launch, ascending).
ALTER TABLE campaigns ADD COLUMN channels TEXT NOT NULL DEFAULT '["sms","email"]';
ALTER TABLE campaigns ADD COLUMN reminder_days TEXT NOT NULL DEFAULT '[]';

-- One row per message. Written in the same atomic write as the invitations it announces; claimed by
-- the dispatcher with a lease, so a dispatcher that dies mid-send leaves its rows to be claimed
-- again once the lease runs out (at most those in flight can go twice).
-- No created/updated/sent timestamps: the time a reminder was skipped would tell when its contact
-- answered, which responses must never reveal. due_at is fixed when the row is written.
CREATE TABLE outbox (
  id TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  invitation_id TEXT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  channel TEXT NOT NULL CHECK (channel IN ('sms', 'email')),
  purpose TEXT NOT NULL CHECK (purpose IN ('invitation', 'reminder')),
  -- 0 for the invitation, 1..N for reminders.
  sequence INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN (
    'queued', 'sending', 'sent', 'delivered', 'undelivered', 'failed', 'opted_out', 'skipped')),
  due_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  lease_until TEXT,
  provider_id TEXT,
  error_code TEXT,
  error_message TEXT,
  UNIQUE (invitation_id, purpose, sequence)
);
CREATE INDEX outbox_due ON outbox (status, due_at);
CREATE INDEX outbox_campaign ON outbox (campaign_id, channel, status);
CREATE INDEX outbox_provider ON outbox (provider_id) WHERE provider_id IS NOT NULL;
