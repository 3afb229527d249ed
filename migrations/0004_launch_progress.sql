-- Launches too large for one Cloudflare D1 invocation (1,000 queries) are written in chunks; this row is
-- such a launch's progress. It is written in the same atomic write that opens the campaign (so a launch
-- that lost the race has none), and each later chunk writes invitations with their outbox rows and
-- moves `done` on in one atomic write. On SQLite a launch is one transaction and writes no row here.
CREATE TABLE campaign_launches (
  campaign_id TEXT PRIMARY KEY REFERENCES campaigns (id) ON DELETE CASCADE,
  -- The launch that owns it: equal to campaigns.launched_at, and the guard of every chunk.
  launched_at TEXT NOT NULL,
  -- Contacts in the audience when the launch began, and how many have their invitation so far.
  total INTEGER NOT NULL,
  done INTEGER NOT NULL DEFAULT 0,
  finished INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX campaign_launches_unfinished ON campaign_launches (finished);
