-- Replayed webhooks (issue 12). Twilio's signature covers the URL and the form but no time, so a
-- captured, correctly signed START could be posted again after a later STOP and re-subscribe the
-- number. Every inbound message we act on is recorded here by its MessageSid (SmsSid on older
-- callbacks), and one seen before changes nothing. Only a SHA-256 of the sid is kept (the sid itself
-- would let anyone with the Twilio account look the message and its sender up) and the day it came:
-- no number, no body. `lasting` marks the messages that changed consent (STOP, START and the like):
-- those are kept for good, since a replay of one months later is the very attack; the others (HELP,
-- an unclear reply) are pruned after 30 days. A few rows a person, ever.
CREATE TABLE webhook_events (
  sid_hash TEXT PRIMARY KEY,
  seen_on TEXT NOT NULL,
  lasting INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE INDEX webhook_events_prune ON webhook_events (lasting, seen_on);

-- The one clarifying text an unclear reply ("who is this?", "no") may get, per campaign whose text it
-- answers: a second unclear reply about the same campaign gets nothing. A day, no words.
CREATE TABLE sms_clarifications (
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
  asked_on TEXT NOT NULL,
  PRIMARY KEY (campaign_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX sms_clarifications_contact ON sms_clarifications (contact_id);
