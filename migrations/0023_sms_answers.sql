-- Answering by text (issue 18).
--
-- A campaign's SMS invitations offer the survey as a link ('link', as before), as a conversation by
-- text ('text': "reply 1 to answer here"), or both. A campaign with an open link may also carry a
-- keyword that starts a conversation from a poster; two campaigns not yet closed never share one.
ALTER TABLE campaigns ADD COLUMN sms_answers TEXT NOT NULL DEFAULT 'link'
  CHECK (sms_answers IN ('link', 'text', 'both'));
ALTER TABLE campaigns ADD COLUMN text_keyword TEXT;
CREATE UNIQUE INDEX campaigns_text_keyword ON campaigns (text_keyword)
  WHERE text_keyword IS NOT NULL AND status <> 'closed';

-- A conversation under way: the position and answers so far, sealed under a key derived from
-- ANSWER_SECRET (never in the database) and padded to one size per survey version. `key` is a keyed
-- hash of the phone and the campaign under the same secret, so without it no row can be joined to a
-- contact or a phone. No message bodies, no times finer than the day. Deleted when the answers enter
-- the pending pool, when the worker says STOP, and when the campaign closes.
CREATE TABLE sms_conversations (
  key TEXT PRIMARY KEY,
  campaign_id TEXT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
  sealed TEXT NOT NULL,
  day TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sms_conversations_campaign ON sms_conversations (campaign_id, day);

-- Replies to a conversation waiting for the SMS sender: the phone and the texts sealed as above, the
-- row deleted once the provider takes it. They never wait for texting hours (the worker is answering
-- now) but share the SMS rate limit with the outbox, and are retried like it after a passing failure.
CREATE TABLE sms_replies (
  id TEXT PRIMARY KEY,
  sealed TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sending')),
  due_at TEXT NOT NULL,
  lease_until TEXT,
  attempts INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX sms_replies_due ON sms_replies (status, due_at);
